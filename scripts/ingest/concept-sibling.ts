/**
 * A sibling of a concept (issue 11, round 9): a sentence that names the head of an indicator's concept with
 * another complement ("cơ sở dữ liệu quốc gia về cán bộ, công chức" beside the concept "cơ sở dữ liệu quốc
 * gia về dân cư") names its own subject, so an indicator read from the sentence before does not reach its
 * numbers. Pure; `lexicon.ts` asks it before lending a sentence the indicator of the one before.
 */
import { findPhrase, type Token } from './folded-text';

/** Fewest words a concept's head needs to say what kind of thing it is ("cơ sở dữ liệu quốc gia về"). */
const HEAD_WORDS = 4;

/**
 * True when `tokens` (from `from` on) hold the head of one of the concept's forms (all its words but the
 * last two) and none of its full forms: the sentence names a sibling of the concept.
 */
export function namesSibling(tokens: Token[], forms: string[][], from = 0): boolean {
  const here = (words: string[]) => findPhrase(tokens, words).some((h) => tokens[h.first]!.start >= from);
  if (forms.some(here)) return false;
  return forms.some((f) => f.length - 2 >= HEAD_WORDS && here(f.slice(0, f.length - 2)));
}
