/**
 * Session 19: the catalogue an English-language page is read with. Each indicator of content/indicators.yaml that has
 * an `en:` block takes part with its English forms in place of the Vietnamese ones (concepts, optional words, without
 * words, counted nouns); every other rule of the indicator (units, kinds, totals, subject) stays as it is, so the
 * matcher (`lexicon.ts`) stays one piece and a Vietnamese page never reads an English form. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';

/** The English view of each catalogue, built once per catalogue (every number of an English page asks). */
const ENGLISH = new WeakMap<readonly Indicator[], Indicator[]>();

/** `ind` read with its English forms, or undefined when it has none. */
export function inEnglish(ind: Indicator): Indicator | undefined {
  if (!ind.en) return undefined;
  const { en, counts: _vietnameseCounts, ...rest } = ind;
  return { ...rest, concepts: en.concepts, optional: en.optional, without: en.without, ...(en.counts ? { counts: en.counts } : {}) };
}

/** The indicators of `indicators` that an English page can name, each read with its English forms, in catalogue order. */
export function englishCatalogue(indicators: readonly Indicator[]): Indicator[] {
  let english = ENGLISH.get(indicators);
  if (!english) {
    english = indicators.map(inEnglish).filter((x): x is Indicator => x !== undefined);
    ENGLISH.set(indicators, english);
  }
  return english;
}
