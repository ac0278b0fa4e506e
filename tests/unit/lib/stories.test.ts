import { describe, expect, it } from 'vitest';
import { embedStep, refsInOrder, renderStepText, resolveStory, sortStories } from '../../../src/lib/stories';
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
  it('resolveStory fails when embed names a missing step', () => {
    expect(() => resolveStory(story({ embed: 'six' }), articles, indicators)).toThrow('Story "thu": embed names step "six", which does not exist');
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
