import { en } from './en';
import { fill } from './fill';
import type { Lang } from './lang';
import { vi } from './vi';

/** Every interface string, by language: one dictionary per locale (vi.ts, en.ts). */
export const dictionaries: Record<Lang, Record<UiKey, string>> = { vi, en };

/** A key of the dictionaries. */
export type UiKey = keyof typeof vi;

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], vars);
}

/** The nouns `tn` counts (keys `<noun>.one` and `<noun>.other` in the dictionaries). */
export type CountKey = 'count.values' | 'count.reports' | 'count.figures' | 'count.indicators';

const pluralRules = { vi: new Intl.PluralRules('vi'), en: new Intl.PluralRules('en') };

/** "1 value" / "2 values" (vi "1 giá trị" / "2 giá trị"): `t()` of `key.one` or `key.other`, the
 * plural form `n` takes in `lang`, with `{n}` filled. */
export function tn(lang: Lang, key: CountKey, n: number): string {
  const form = pluralRules[lang].select(n) === 'one' ? 'one' : 'other';
  return t(lang, `${key}.${form}`, { n });
}
