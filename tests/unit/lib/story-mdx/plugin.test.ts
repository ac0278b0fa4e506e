import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isStoryFile, OUTLINE_KEY, storyMdxPlugin } from '../../../../src/lib/story-mdx/plugin';
import type { StoryOutline } from '../../../../src/lib/story-mdx/outline';

const FRONT = `order: 1
names: [ "Đề án 06" ]
refs:
  cards: { indicator: cards, article: a }
  eid:
    indicator: eid
    article: a
`;

/** A step with a chart of `refs` and prose `vi` / `en`. */
const step = (id: string, vi: string, en = 'Words.', chart = '<Chart kind="bars" refs="cards eid" title-vi="Thẻ" title-en="Cards" />') =>
  `<Step id="${id}">\n${chart}\n\n<Vi>\n${vi}\n</Vi>\n\n<En>\n${en}\n</En>\n</Step>\n`;

/** Compiles a story file (frontmatter + body) through the plugin in the real MDX pipeline, the
 * file written to a temporary content/stories folder; returns the outline or throws. */
async function compile(body: string, front = FRONT): Promise<StoryOutline> {
  const dir = join(mkdtempSync(join(tmpdir(), 'story-')), 'content', 'stories');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'thu.mdx');
  const source = `---\n${front}---\n${body}`;
  writeFileSync(file, source);
  // As Astro does: the frontmatter is parsed apart and blanked (lines kept) in the MDX source.
  const lines = front.split('\n').length + 1;
  const content = `${'\n'.repeat(lines)}${body}`;
  const data = { astro: { frontmatter: parse(front) as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const res = await mdxToJs(content, { mdastPlugins: [storyMdxPlugin()], fileURL: pathToFileURL(file), data });
  return (res.data as typeof data).astro.frontmatter[OUTLINE_KEY] as StoryOutline;
}

/** The line (1-based, in the whole file) of the first line of `body` containing `needle`. */
const lineOf = (body: string, needle: string, front = FRONT) => front.split('\n').length + 1 + body.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('story MDX plugin: a good story', () => {
  it('reads the hook and the steps, prose flattened with {ref} placeholders, charts from <Chart>', async () => {
    const body = `\n<Hook ref="cards">\n<Vi>thẻ theo Đề án 06, đến <Period ref="cards" /></Vi>\n<En>cards issued</En>\n</Hook>\n\n${step('one', 'Đã cấp <Value ref="cards" /> thẻ, **kích hoạt** <Value ref="eid" />.', 'Issued <Value ref="cards" />.')}`;
    const out = await compile(body);
    expect(out.hook).toEqual({ ref: 'cards', vi: 'thẻ theo Đề án 06, đến {cards:period}', en: 'cards issued' });
    expect(out.steps).toEqual([{
      id: 'one', vi: 'Đã cấp {cards} thẻ, kích hoạt {eid}.', en: 'Issued {cards}.', line: lineOf(body, '<Step id="one">'),
      chart: { kind: 'bars', rows: ['cards', 'eid'], highlight: [], title: { vi: 'Thẻ', en: 'Cards' } },
    }]);
  });

  it('the complete example of content/stories/README.md passes, comments included', async () => {
    const readme = readFileSync(join(process.cwd(), 'content/stories/README.md'), 'utf8');
    const [, front = '', body = ''] = /```mdx\n---\n([\s\S]*?)---\n([\s\S]*?)```/.exec(readme) ?? [];
    const out = await compile(body, front);
    expect(out.hook?.ref).toBe('cards');
    expect(out.steps.map((s) => s.id)).toEqual(['cards', 'accounts']);
    expect(out.steps[1]!.chart).toMatchObject({ highlight: ['eid'], note: { vi: 'Số tài khoản tính đến cùng thời điểm.' } });
  });

  it('leaves MDX files outside content/stories alone', () => {
    expect(isStoryFile('/x/content/stories/a.mdx')).toBe(true);
    expect(isStoryFile('/x/content/articles/a.mdx')).toBe(false);
    expect(isStoryFile('/x/content/stories/README.md')).toBe(false);
    expect(storyMdxPlugin()({ fileURL: pathToFileURL('/x/content/articles/a.mdx'), sourceFormat: 'mdx', source: '', data: {} })).toBeNull();
  });
});

describe('story MDX plugin: fails naming file and line', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['a digit typed in prose', step('one', 'Đã cấp <Value ref="cards" /> thẻ.\n\nCòn 39 nhiệm vụ.'), 'Còn 39', /number typed by hand \(39\)/],
    ['a digit in English prose', step('one', 'Chữ.', 'Over 2,000 services.'), 'Over 2,000', /number typed by hand \(2,000\)/],
    ['a digit in emphasis', step('one', 'Có *gấp 3 lần* thẻ.'), 'gấp 3', /number typed by hand \(3\)/],
    ['a digit in a chart title', step('one', 'Chữ.', 'Words.', '<Chart kind="bars" refs="cards" title-vi="Năm 2024" title-en="Cards" />'), 'title-vi', /title-vi has a number typed by hand \(2024\)/],
    ['an unknown reference', step('one', 'Đã cấp <Value ref="card" /> thẻ.'), 'ref="card"', /unknown reference "card"/],
    ['an unknown chart row', step('one', 'Chữ.', 'Words.', '<Chart kind="bars" refs="cards tasks" title-vi="Thẻ" title-en="Cards" />'), 'refs="cards tasks"', /unknown reference "tasks"/],
    ['an empty reference', step('one', 'Đã cấp <Value ref="" /> thẻ.'), 'ref=""', /<Value> has an empty reference/],
    ['a missing reference', step('one', 'Đã cấp <Value /> thẻ.'), '<Value />', /<Value> has an empty reference/],
    ['an empty chart', step('one', 'Chữ.', 'Words.', '<Chart kind="bars" refs=" " title-vi="Thẻ" title-en="Cards" />'), '<Chart', /<Chart> has empty refs/],
    ['an expression', step('one', 'Có {1 + 2} thẻ.'), '{1 + 2}', /an expression \{…\} in prose/],
    ['an expression attribute', step('one', 'Có <Value ref={"cards"} /> thẻ.'), '<Value ref={', /write the value in quotes/],
    ['prose outside a step', `\nMột đoạn văn.\n\n${step('one', 'Chữ.')}`, 'Một đoạn', /prose outside a <Step>/],
    ['a step without English', '\n<Step id="one">\n<Chart kind="bars" refs="cards" title-vi="Thẻ" title-en="Cards" />\n<Vi>Chữ.</Vi>\n</Step>\n', '<Step id="one">', /has no <En>/],
    ['a duplicate step id', `\n${step('one', 'Chữ.')}\n${step('one', 'Chữ.')}`, '', /duplicate step id "one"/],
  ];
  for (const [what, body, needle, message] of cases) {
    it(what, async () => {
      const err = await compile(body).then(() => undefined, (e: Error) => e);
      expect(err?.message).toMatch(message);
      const line = needle ? lineOf(body, needle) : body.split('\n').lastIndexOf('<Step id="one">') + FRONT.split('\n').length + 2;
      expect(err?.message).toMatch(new RegExp(`content/stories/thu\\.mdx:${line}:\\d+: `));
    });
  }

  it('a proper name with digits declared under names is not a typed number', async () => {
    await expect(compile(step('one', 'Theo Đề án 06, <Value ref="cards" /> thẻ.'))).resolves.toBeTruthy();
  });

  it('a reference that names no article is ambiguous, at its line in the frontmatter', async () => {
    const front = `${FRONT}  loose: { indicator: cards }\n`;
    const err = await compile(step('one', 'Chữ.'), front).then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/content\/stories\/thu\.mdx:9: reference "loose" is ambiguous: it names no article/);
  });

  it('an empty reference in the frontmatter, at its line', async () => {
    const front = `${FRONT}  nothing:\n`;
    const err = await compile(step('one', 'Chữ.'), front).then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/content\/stories\/thu\.mdx:9: reference "nothing" is empty/);
  });
});
