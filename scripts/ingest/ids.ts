/**
 * Stable metric ids, derived from content and not from position (contract in docs/architecture.md):
 * "m-" + 8 lowercase hex digits of SHA-256 of the sentence (NFC, whitespace folded), U+0001, the
 * number as written, U+0001 and which occurrence of that text in the sentence it is (1, 2 …). Two
 * equal ids in one article (a sentence repeated) get "-2", "-3". Editing another sentence, or adding
 * one, leaves every id unchanged.
 */
import { hash } from 'node:crypto';

/** The sentence as hashed: NFC, runs of whitespace folded to one space, trimmed. */
export function foldSentence(sentence: string): string {
  return sentence.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The id of the `nth` (1-based) occurrence of number text `text` in `sentence`, before clash suffixes. */
export function metricId(sentence: string, text: string, nth: number): string {
  const digest = hash('sha256', `${foldSentence(sentence)}\u0001${text.normalize('NFC')}\u0001${nth}`, 'hex');
  return `m-${digest.slice(0, 8)}`;
}

/** Makes ids unique in reading order: a repeated id gets "-2", "-3" … (the first keeps it). */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
