/**
 * Which topics a text is about: the topics whose terms it mentions, most mentions first (see
 * content/topics.yaml). Memoised per text, since a paragraph is asked again for each of its numbers. Pure.
 */
import type { Topic } from '../../src/schemas/lexicon';

/** Topic matches already made, per topic list and text (a paragraph is asked again for each of its numbers). */
const TOPIC_MATCHES = new WeakMap<Topic[], Map<string, string[]>>();

/** Topic ids whose terms appear in `text` (lowercased), most mentions first, ties in file order. */
export function matchTopics(text: string, topics: Topic[]): string[] {
  let seen = TOPIC_MATCHES.get(topics);
  if (!seen) TOPIC_MATCHES.set(topics, (seen = new Map()));
  let ids = seen.get(text);
  if (!ids) {
    if (seen.size >= 512) seen.clear();
    ids = topicsIn(text, topics);
    seen.set(text, ids);
  }
  return [...ids];
}

/** `matchTopics`, computed. */
function topicsIn(text: string, topics: Topic[]): string[] {
  const lower = text.toLowerCase();
  const counts = topics.map((topic, order) => ({
    id: topic.id,
    order,
    n: topic.terms.reduce((sum, term) => sum + countOccurrences(lower, term), 0),
  }));
  return counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n || a.order - b.order).map((c) => c.id);
}

/** How many times `term` occurs in `text`. */
export function countOccurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

