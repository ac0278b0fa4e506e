import { describe, expect, it } from 'vitest';
import { countOccurrences, matchIndicator, matchTopics, termDistance, type IndicatorQuery } from '../../../scripts/ingest/lexicon';
import { indicatorSchema, type Indicator, type Topic } from '../../../src/schemas/lexicon';

const ind = (o: Partial<Indicator> & Pick<Indicator, 'id' | 'units' | 'terms'>): Indicator =>
  indicatorSchema.parse({ vi: o.id, en: o.id, topic: 't', ...o });

const LEX: Indicator[] = [
  ind({ id: 'tasks-plan', units: ['count'], terms: ['nhiệm vụ'], counts: ['nhiệm vụ'], with: [['kế hoạch']] }),
  ind({ id: 'tasks-project', units: ['count'], terms: ['nhiệm vụ'], counts: ['nhiệm vụ'], with: [['đề án']] }),
  ind({ id: 'rank-un', units: ['rank'], kinds: ['rank'], terms: ['xếp hạng'], totals: [193] }),
  ind({ id: 'growth', units: ['percent'], kinds: ['growth'], terms: ['kinh tế số'], without: ['chỉ số'] }),
  ind({ id: 'share', units: ['percent'], kinds: ['share'], terms: ['hồ sơ trực tuyến'] }),
  ind({ id: 'users', units: ['percent'], kinds: ['share'], terms: ['người dùng'] }),
];

/** A query for the number written `n` in the clause `c` (the sentence is the clause unless given). */
function q(c: string, n: string, o: Partial<IndicatorQuery> = {}): IndicatorQuery {
  const clause = c.toLowerCase();
  const at = clause.indexOf(n.toLowerCase());
  return { clause, sentence: clause, at, unit: 'count', kind: 'count', noun: clause.slice(at + n.length).trimStart(), ...o };
}
const id = (query: IndicatorQuery) => matchIndicator(query, LEX)?.id;

describe('termDistance', () => {
  it('termDistance counts a term before the number by its end and one after it with a penalty', () => {
    expect(termDistance('doanh thu đạt 5', 'doanh thu', 14)).toBe(5);
    expect(termDistance('5 doanh thu', 'doanh thu', 0)).toBe(8);
    expect(termDistance('không có', 'doanh thu', 0)).toBe(Infinity);
  });
});

describe('matchIndicator', () => {
  it('matchIndicator checks unit, kind and the size of a ranked field', () => {
    expect(id(q('xếp hạng 40/193', '40/193', { unit: 'rank', kind: 'rank', total: 193 }))).toBe('rank-un');
    expect(id(q('xếp hạng 4/11', '4/11', { unit: 'rank', kind: 'rank', total: 11 }))).toBeUndefined();
    expect(id(q('xếp hạng tăng 3 bậc', '3 bậc', { unit: 'rank', kind: 'growth' }))).toBeUndefined();
  });

  it('matchIndicator needs a count to count what `counts` names', () => {
    expect(id(q('hoàn thành 12/15 nhiệm vụ của Kế hoạch', '12/15'))).toBe('tasks-plan');
    expect(id(q('giao nhiệm vụ cho 33 sở theo Kế hoạch', '33'))).toBeUndefined();
  });

  it('matchIndicator prefers the indicator whose `with` words are in the number\'s own clause', () => {
    const sentence = 'hoàn thành 12/15 nhiệm vụ của kế hoạch và 30/40 nhiệm vụ của đề án';
    expect(id(q('hoàn thành 12/15 nhiệm vụ của kế hoạch', '12/15', { sentence }))).toBe('tasks-plan');
    expect(id(q('30/40 nhiệm vụ của đề án', '30/40', { sentence }))).toBe('tasks-project');
    expect(id(q('30/40 nhiệm vụ', '30/40', { sentence }))).toBe('tasks-plan');
  });

  it('matchIndicator applies `without` to the clause and picks the nearest term', () => {
    expect(id(q('chỉ số kinh tế số tăng 12%', '12%', { unit: 'percent', kind: 'growth' }))).toBeUndefined();
    expect(id(q('kinh tế số tăng 12%', '12%', { unit: 'percent', kind: 'growth' }))).toBe('growth');
    expect(id(q('hồ sơ trực tuyến của tỉnh được quan tâm, có 40% người dùng', '40%', { unit: 'percent', kind: 'share' }))).toBe('users');
    expect(id(q('hồ sơ trực tuyến đạt 40% người dùng', '40%', { unit: 'percent', kind: 'share' }))).toBe('share');
  });

  it('matchIndicator gives nothing for "chưa" (not yet) or another country', () => {
    expect(id(q('12/15 nhiệm vụ của Kế hoạch chưa hoàn thành', '12/15'))).toBeUndefined();
    expect(id(q('xếp hạng 40/193', '40/193', { unit: 'rank', kind: 'rank', total: 193, foreign: true }))).toBeUndefined();
  });
});

describe('matchTopics / countOccurrences', () => {
  const topics: Topic[] = [
    { id: 'a', vi: 'A', en: 'A', terms: ['dữ liệu'] },
    { id: 'b', vi: 'B', en: 'B', terms: ['kinh tế số', 'doanh thu'] },
  ];
  it('matchTopics orders topics by mentions, ties in file order', () => {
    expect(matchTopics('Doanh thu kinh tế số và dữ liệu', topics)).toEqual(['b', 'a']);
    expect(matchTopics('dữ liệu, doanh thu', topics)).toEqual(['a', 'b']);
    expect(matchTopics('không gì', topics)).toEqual([]);
  });

  it('countOccurrences counts non-overlapping occurrences', () => {
    expect(countOccurrences('aaa', 'aa')).toBe(1);
    expect(countOccurrences('số số', 'số')).toBe(2);
  });
});
