import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../../src/lib/stories';
import { embedSnippet, storyCitation, storyCsv, storyPaths, storyRows, storySources, STORY_COLUMNS } from '../../../src/lib/stories-data';
import { articles, indicators, story } from './stories-fixtures';

const r = resolveStory(story(), articles, indicators);
const SITE = new URL('https://example.org/');

describe('storyRows', () => {
  it('storyRows(resolved, site) gives one row per reference with the steps using it and its source url', () => {
    const rows = storyRows(r, SITE);
    expect(rows.map((x) => [x.ref, x.steps])).toEqual([['cards', 'one two five'], ['eid', 'one two'], ['vn', 'three four'], ['sg', 'three four']]);
    expect(rows[0]).toMatchObject({ story: 'thu', article: 'a', metric_id: 'm-00000001', value: 84_700_000, url: 'https://example.org/articles/a/#m-00000001' });
  });
});

describe('storyCsv', () => {
  it('storyCsv(rows) writes the story columns, then the dataset columns', () => {
    const parsed = csvParse(storyCsv(storyRows(r, SITE)));
    expect(parsed.columns.slice(0, STORY_COLUMNS.length)).toEqual([...STORY_COLUMNS]);
    expect(parsed.columns).toContain('quote');
    expect(parsed).toHaveLength(4);
    expect(parsed[3]).toMatchObject({ ref: 'sg', label_en: 'Singapore', value: '2', unit: 'rank' });
  });
});

describe('storySources', () => {
  it('storySources(resolved) lists each report once', () => {
    expect(storySources(r).map((a) => a.slug)).toEqual(['a']);
  });
});

describe('storyPaths', () => {
  it('storyPaths(slug, lang) gives the page, embed, step and download paths', () => {
    const p = storyPaths('thu', 'en');
    expect([p.page, p.embed, p.csv, p.json, p.step('two')]).toEqual(['/en/stories/thu/', '/en/embed/thu/', '/data/stories/thu.csv', '/data/stories/thu.json', '/en/stories/thu/#step-two']);
  });
});

describe('embedSnippet', () => {
  it('embedSnippet(url, title) escapes the title into an iframe', () => {
    expect(embedSnippet('https://x.org/embed/a/', 'A "b" <c>')).toBe('<iframe src="https://x.org/embed/a/" title="A &quot;b&quot; &lt;c>" width="100%" height="560" loading="lazy"></iframe>');
  });
});

describe('storyCitation', () => {
  it('storyCitation(title, site, permalink, lang) names the site, title, kind and link', () => {
    expect(storyCitation('Kinh tế số', 'CĐS', 'https://x.org/stories/a/', 'vi')).toBe('CĐS. (n.d.). Kinh tế số [Câu chuyện]. https://x.org/stories/a/');
  });
});
