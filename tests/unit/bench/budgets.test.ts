import { describe, expect, it } from 'vitest';
import { BUDGETS, HTML_BUDGET, formatOverrun, overBudget } from '../../../scripts/bench/budgets';
import { PAGE_KINDS } from '../../../scripts/bench/pages';

describe('BUDGETS', () => {
  it('BUDGETS has a budget for every page kind: 3 KB JS on text pages, 40 KB on stories, 15 KB CSS', () => {
    expect(Object.keys(BUDGETS).sort()).toEqual([...PAGE_KINDS].sort());
    for (const kind of ['home', 'timeline', 'article', 'topic', 'indicator', 'data'] as const) expect(BUDGETS[kind].js).toBe(3 * 1024);
    expect(BUDGETS.story.js).toBe(40 * 1024);
    for (const kind of PAGE_KINDS) expect(BUDGETS[kind].css).toBe(15 * 1024);
  });
  it('BUDGETS allows every page kind 60 KB of gzipped HTML (HTML_BUDGET)', () => {
    for (const kind of PAGE_KINDS) expect(BUDGETS[kind].html).toBe(HTML_BUDGET);
    expect(HTML_BUDGET).toBe(60 * 1024);
  });
});

describe('overBudget', () => {
  it('overBudget is empty for a page within budget, including exactly at the limit', () => {
    expect(overBudget('article', { file: 'a', js: 3 * 1024, css: 100 })).toEqual([]);
  });
  it('overBudget reports JS and CSS overruns separately', () => {
    const out = overBudget('home', { file: 'index.html', js: 4000, css: 20_000 });
    expect(out.map((o) => o.resource)).toEqual(['js', 'css']);
    expect(out[0]).toEqual({ file: 'index.html', kind: 'home', resource: 'js', bytes: 4000, budget: 3072 });
  });
  it('overBudget checks the HTML when the weight has it, at the limit included', () => {
    expect(overBudget('timeline', { file: 't', js: 0, css: 0, html: HTML_BUDGET })).toEqual([]);
    expect(overBudget('timeline', { file: 't', js: 0, css: 0, html: HTML_BUDGET + 1 })).toEqual([{ file: 't', kind: 'timeline', resource: 'html', bytes: HTML_BUDGET + 1, budget: HTML_BUDGET }]);
  });
  it('overBudget allows a story more JavaScript than a text page', () => {
    expect(overBudget('story', { file: 's', js: 30_000, css: 0 })).toEqual([]);
    expect(overBudget('timeline', { file: 't', js: 30_000, css: 0 })).toHaveLength(1);
  });
});

describe('formatOverrun', () => {
  it('formatOverrun names the page, kind, resource, size and budget', () => {
    expect(formatOverrun({ file: 'articles/x/index.html', kind: 'article', resource: 'js', bytes: 4198, budget: 3072 }))
      .toBe('articles/x/index.html (article): js 4.1 KB gzipped > budget 3.0 KB');
  });
});
