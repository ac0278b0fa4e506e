/** The parts of Pagefind's JavaScript API the search client uses (pagefind.js 1.x). */

/** A section of a page that holds hits: its heading or anchored element, with its own excerpt. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; location: number };
}

/** A result's data (`await hit.data()`). */
export interface PageData {
  url: string;
  raw_url?: string;
  content: string;
  /** Word positions (in `content` split on white space) where Pagefind found the query's words. */
  locations?: number[];
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}

/** One hit of a search, its data loaded on demand. */
export interface Hit {
  id: string;
  score: number;
  /** Word positions where Pagefind found the query's words (known before `data()` loads). */
  words?: number[];
  data: () => Promise<PageData>;
}

/** Filter values chosen: Pagefind's `{ kind: { any: [...] } }`. */
export type Filters = Record<string, { any: string[] }>;

/** A search's answer. */
export interface SearchResponse {
  results: Hit[];
  filters?: Record<string, Record<string, number>>;
}

/** A Pagefind instance (`createInstance(options)`). */
export interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Filters }): Promise<SearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The word-pair index (src/lib/pairs.ts, scripts/build/search-pairs.ts): its Pagefind instance,
 * whose hits read as the word index's pages, and its page ids mapped to the word index's. */
export interface PairIndex {
  pf: Pagefind;
  wordIds: () => Promise<Record<string, string>>;
}
