/** scripts/build/print.ts gives byte for byte what hast-util-to-html gave (its default options,
 * upper-case doctype) on parsed HTML: edge cases here, and every page of the fixture sites. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../scripts/build/files';
import { parseHtml } from '../../../scripts/build/html';
import { printTree } from '../../../scripts/build/print';

const same = (html: string) => {
  const tree = parseHtml(html);
  expect(printTree(tree)).toBe(toHtml(tree, { upperDoctype: true }));
  return printTree(tree);
};

describe('printTree', () => {
  it.each([
    ['doctype and void elements', '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"></head><body><img src="x.png" alt=""><br><hr><input type="text" value="a&amp;b"></body></html>'],
    ['text that needs escaping', '<p>a &lt; b &amp;&amp; c &gt; d, "q" \'s\' `t` &nbsp;x</p>'],
    ['attribute values with quotes, ampersands and backticks', '<a title="say &quot;hi&quot; &amp; \'bye\' `x`" href="/?a=1&amp;b=2">x</a>'],
    ['boolean and overloaded boolean attributes', '<details open><summary hidden>x</summary></details><input disabled checked><a download href="/f.csv">f</a><a download="n.csv" href="/f.csv">g</a>'],
    ['class lists and comma-separated attributes', '<p class="a  b c">x</p><input accept="image/png, image/jpeg" type="file"><img srcset="a.png 1x, b.png 2x" alt="">'],
    ['data, aria and numeric attributes', '<div data-pagefind-body data-key="m-1" aria-hidden="true" tabindex="0" data-value="84.7">x</div><td colspan="2" rowspan=3>y</td>'],
    ['inline SVG with its own attribute names and HTML inside', '<svg viewBox="0 0 10 10" aria-labelledby="t"><title id="t">A &lt;b&gt;</title><desc>d &amp; e</desc><g stroke-width="2" class="mark"><path d="M0 0L1 1"/><rect x="1" y="2" width="3" height="4" fill-opacity=".5"></rect></g><foreignObject><p>p</p></foreignObject><text x="1" xml:space="preserve">t</text></svg>'],
    ['script and style keep their text raw', '<script type="application/json">{"a":"<b>&amp;"}</script><style>a>b{content:"&"}</style>'],
    ['comments, including ones a parser would end early', '<!-- a --><p>x<!--b--c--></p><!---->'],
    ['Vietnamese text and non-breaking spaces', '<p>Chuyển đổi số: 84,7&nbsp;triệu tài khoản — “định danh”</p>'],
  ])('prints %s as hast-util-to-html does', (_, html) => {
    same(html);
  });

  it('keeps the content of a <template> (the parser puts it in children, where hast-util-to-html never looked)', () => {
    expect(printTree(parseHtml('<template><p>a &amp; b</p></template>'))).toBe('<template><p>a &#x26; b</p></template>');
  });

  it('prints fragments and elements alike', () => {
    expect(same('<p>a</p><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('prints every page of the fixture sites as hast-util-to-html does', () => {
    let pages = 0;
    for (const site of ['tests/fixtures/good-site', 'tests/fixtures/bad-site']) {
      for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
        same(readFileSync(join(site, file), 'utf8'));
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(3);
  });
});
