import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeCss, relativizeHtml } from '../../../scripts/build/relativize';

describe('relativeUrl', () => {
  it.each([
    ['index.html', '/', './'],
    ['index.html', '/timeline/', './timeline/'],
    ['timeline/index.html', '/', '../'],
    ['timeline/2024/index.html', '/en/timeline/2024/', '../../en/timeline/2024/'],
    ['articles/a/index.html', '/articles/a/#m-01', './#m-01'],
    ['en/index.html', '/_astro/site.css', '../_astro/site.css'],
    ['index.html', '/search/?q=x', './search/?q=x'],
  ])('relativeUrl(%s, %s) is %s', (from, to, out) => {
    expect(relativeUrl(from, to)).toBe(out);
  });
  it('relativeUrl with indexFiles adds index.html for file://', () => {
    expect(relativeUrl('timeline/index.html', '/', true)).toBe('../index.html');
    expect(relativeUrl('index.html', '/articles/a/#m-01', true)).toBe('./articles/a/index.html#m-01');
    expect(relativeUrl('index.html', '/data/metrics.csv', true)).toBe('./data/metrics.csv');
  });
});

describe('relativizeHtml', () => {
  it('relativizeHtml rewrites site-root href and src but not absolute or protocol-relative URLs', () => {
    const html = '<a href="/timeline/">t</a><script src="/js/site.js"></script><link rel="canonical" href="https://x.org/a/"><img src="//cdn/x.png">';
    expect(relativizeHtml(html, 'en/index.html')).toBe('<a href="../timeline/">t</a><script src="../js/site.js"></script><link rel="canonical" href="https://x.org/a/"><img src="//cdn/x.png">');
  });
  it('relativizeHtml leaves hash-only and relative links alone', () => {
    expect(relativizeHtml('<a href="#m-01">x</a><a href="./y/">y</a>', 'a/index.html')).toBe('<a href="#m-01">x</a><a href="./y/">y</a>');
  });
});

describe('relativizeCss', () => {
  it('relativizeCss rewrites url(/…) from the stylesheet folder', () => {
    expect(relativizeCss('a{background:url(/img/x.svg)}', '_astro/site.css')).toBe('a{background:url(../img/x.svg)}');
  });
});
