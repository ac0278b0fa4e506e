import { describe, expect, it } from 'vitest';
import { matchTopics } from '../../../scripts/ingest/topics';
import type { Topic } from '../../../src/schemas/lexicon';

const topics = [{ id: 'kinh-te-so', terms: ['kinh tế số'] }, { id: 'de-an-06', terms: ['đề án 06', 'vneid'] }] as unknown as Topic[];

describe('matchTopics (memoised)', () => {
  it('gives the same answer when asked again, as a fresh list the caller may change', () => {
    const text = 'đề án 06 và vneid; kinh tế số';
    const first = matchTopics(text, topics);
    expect(first).toEqual(['de-an-06', 'kinh-te-so']);
    first.push('x');
    expect(matchTopics(text, topics)).toEqual(['de-an-06', 'kinh-te-so']);
    expect(matchTopics('không có gì', topics)).toEqual([]);
  });
});
