import { describe, expect, it } from 'vitest';
import { embedStep, refsInOrder, renderStepText, resolveStory, sortStories } from '../../../src/lib/stories';
import { locateRefError } from '../../../src/lib/story-mdx/nodes';
import { articles, indicators, story } from './stories-fixtures';

describe('resolveStory', () => {
  it('resolveStory(story, articles, indicators) resolves every reference', () => {
    const r = resolveStory(story(), articles, indicators);
    expect([...r.refs.keys()]).toEqual(['cards', 'eid', 'vn', 'sg']);
    expect(r.refs.get('sg')!.metric.value).toBe(2);
    expect(r.refs.get('cards')!.label).toEqual({ vi: 'Chỉ số cards', en: 'Indicator cards' });
  });
  it('resolveStory fails, naming story and reference, when an indicator does not exist', () => {
    expect(() => resolveStory(story({ refs: { cards: 'chip-cards@2023-12' } }), articles, indicators))
      .toThrow(/^Story "thu": reference "cards" .*names indicator "chip-cards", which is not in content\/indicators.yaml/);
  });
  it('resolveStory fails when a selector matches no metric', () => {
    expect(() => resolveStory(story({ refs: { ...story().refs, cards: { indicator: 'cards', period: '2019', article: 'a', when: 'period' } } }), articles, indicators))
      .toThrow(/Story "thu": reference "cards" .*matches no metric of the dataset/);
  });
  it('resolveStory fails when step text quotes an undeclared reference', () => {
    const s = story();
    s.steps[1] = { ...s.steps[1]!, en: 'Activated {accounts}.' };
    expect(() => resolveStory(s, articles, indicators)).toThrow('Story "thu", step "two" (en): text quotes reference "{accounts}", which the story does not declare under refs');
  });
  it('resolveStory fails when step text types a number by hand', () => {
    const s = story();
    s.steps[4] = { ...s.steps[4]!, vi: 'Còn 39 nhiệm vụ.' };
    expect(() => resolveStory(s, articles, indicators)).toThrow(/step "five" \(vi\): number typed by hand \(39\)/);
  });
  it('resolveStory fails when a chart puts ranks and counts on one axis', () => {
    const s = story();
    s.steps[2] = { ...s.steps[2]!, chart: { ...s.steps[2]!.chart, kind: 'bars', rows: ['vn', 'cards'] } };
    expect(() => resolveStory(s, articles, indicators)).toThrow(/step "three": chart mixes units \(rank, count\) on one axis/);
  });
  it('resolveStory fails when {ref:period} names a metric without a period', () => {
    const s = story();
    s.steps[1] = { ...s.steps[1]!, vi: 'Năm {eid:period}.' };
    expect(() => resolveStory(s, articles, indicators)).toThrow(/"\{eid:period\}" but a#m-00000002 has no period/);
  });
  it('resolveStory reads the hook: its reference comes first in the data table', () => {
    const r = resolveStory(story({ hook: { ref: 'eid', vi: 'tài khoản đến {cards:period}', en: 'accounts' } }), articles, indicators);
    expect(refsInOrder(r).map((ref) => ref.name)[0]).toBe('eid');
  });
  it('resolveStory fails when the hook quotes an undeclared reference or types a number', () => {
    expect(() => resolveStory(story({ hook: { ref: 'tasks', vi: 'nhiệm vụ', en: 'tasks' } }), articles, indicators))
      .toThrow('Story "thu", hook: quotes reference "tasks", which the story does not declare under refs');
    expect(() => resolveStory(story({ hook: { ref: 'cards', vi: 'thẻ', en: 'cards in 2023' } }), articles, indicators))
      .toThrow(/hook \(en\): number typed by hand \(2023\)/);
  });
  it('resolveStory fails when embed names a missing step', () => {
    expect(() => resolveStory(story({ embed: 'six' }), articles, indicators)).toThrow('Story "thu": embed names step "six", which does not exist');
  });
});

describe('locateRefError', () => {
  const source = '---\norder: 1\nrefs:\n  eid:\n    indicator: eid\n  eid-2: a#m-01\n---\n';
  it('prefixes the story file and the line of the reference the error names', () => {
    const e = locateRefError(new Error('Story "thu": reference "eid-2" { id: "m-01" } matches 2 metrics'), 'content/stories/thu.mdx', () => source, ['eid', 'eid-2']);
    expect(e.message).toBe('content/stories/thu.mdx:6: Story "thu": reference "eid-2" { id: "m-01" } matches 2 metrics');
    expect(locateRefError(new Error('Story "thu": reference "eid" matches no metric'), 'x.mdx', () => source, ['eid', 'eid-2']).message).toMatch(/^x\.mdx:4: /);
  });
  it('names the file alone when the error names no reference or the file cannot be read', () => {
    expect(locateRefError(new Error('Story "thu": embed names step "six"'), 'x.mdx', () => source, ['eid']).message).toBe('x.mdx: Story "thu": embed names step "six"');
    expect(locateRefError(new Error('reference "eid" bad'), 'x.mdx', () => { throw new Error('ENOENT'); }, ['eid']).message).toBe('x.mdx: reference "eid" bad');
  });
});

describe('renderStepText', () => {
  const r = resolveStory(story(), articles, indicators);
  it('renderStepText(step, vi) formats numbers the Vietnamese way and links their source sentence', () => {
    expect(renderStepText(r.story.steps[0]!, 'vi', r)).toEqual([
      { kind: 'text', text: 'Đến ' },
      { kind: 'ref', field: 'period', text: 'tháng 12/2023', href: '/articles/a/#m-00000001', title: articles[0]!.metrics[0]!.quote },
      { kind: 'text', text: ', đã cấp ' },
      { kind: 'ref', field: 'value', text: 'trên 84,7 triệu', href: '/articles/a/#m-00000001', title: articles[0]!.metrics[0]!.quote },
      { kind: 'text', text: ' thẻ theo Đề án 06.' },
    ]);
  });
  it('renderStepText(step, en) formats numbers the English way under /en/', () => {
    const parts = renderStepText(r.story.steps[0]!, 'en', r).filter((p) => p.kind === 'ref');
    expect(parts.map((p) => [p.text, p.href])).toEqual([['December 2023', '/en/articles/a/#m-00000001'], ['over 84.7 million', '/en/articles/a/#m-00000001']]);
    expect(renderStepText(r.story.steps[3]!, 'en', r)[1]).toMatchObject({ text: '2nd' });
  });
});

describe('refsInOrder', () => {
  it('refsInOrder(resolved) lists references by first use', () => {
    expect(refsInOrder(resolveStory(story(), articles, indicators)).map((x) => x.name)).toEqual(['cards', 'eid', 'vn', 'sg']);
  });
});

describe('embedStep', () => {
  it('embedStep(story) is the named step, else the last', () => {
    expect(embedStep(story()).id).toBe('five');
    expect(embedStep(story({ embed: 'two' })).id).toBe('two');
  });
});

describe('sortStories', () => {
  it('sortStories(stories) orders by order, then slug', () => {
    expect(sortStories([{ order: 2, slug: 'a' }, { order: 1, slug: 'z' }, { order: 1, slug: 'b' }]).map((s) => s.slug)).toEqual(['b', 'z', 'a']);
  });
});
