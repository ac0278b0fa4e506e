import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';

/** Strings the search script shows, passed to it as JSON in the panel's data-strings (keys
 * `search.client.*` of the dictionaries). `{n}` and `{q}` are filled in by the script. */
export interface SearchClientStrings {
  loading: string;
  /** No query yet. */
  idle: string;
  none: string;
  one: string;
  many: string;
  /** Shown with the count when filters are on. */
  filtered: string;
  more: string;
  /** Summary of the collapsed filters, with none on and with `{n}` on. */
  filter: string;
  filterOn: string;
  /** Legends of the filter groups. */
  filters: { kind: string; topic: string; year: string };
  clear: string;
  /** Before the link to the section of a page that holds the match. */
  section: string;
  /** In place of an excerpt that a result above already shows (a page quoting the same sentence). */
  repeat: string;
  /** Search could not start (a browser that refuses scripts or WebAssembly from files). */
  unavailable: string;
  /** The offline copy opened without its search data. */
  offlineMissing: string;
}

/** The search script's strings in `lang`. */
export function searchClientStrings(lang: Lang): SearchClientStrings {
  return {
    loading: t(lang, 'search.client.loading'),
    idle: t(lang, 'search.client.idle'),
    none: t(lang, 'search.client.none'),
    one: t(lang, 'search.client.one'),
    many: t(lang, 'search.client.many'),
    filtered: t(lang, 'search.client.filtered'),
    more: t(lang, 'search.client.more'),
    filter: t(lang, 'search.client.filter'),
    filterOn: t(lang, 'search.client.filterOn'),
    filters: {
      kind: t(lang, 'search.client.filters.kind'),
      topic: t(lang, 'search.client.filters.topic'),
      year: t(lang, 'search.client.filters.year'),
    },
    clear: t(lang, 'search.client.clear'),
    section: t(lang, 'search.client.section'),
    repeat: t(lang, 'search.client.repeat'),
    unavailable: t(lang, 'search.client.unavailable'),
    offlineMissing: t(lang, 'search.client.offlineMissing'),
  };
}
