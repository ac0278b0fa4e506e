/** Loads Pagefind once: its classic-script build (pagefind-classic.js, written by
 * scripts/build/search-runtime.ts), and on file:// the offline copy's index script
 * (search-data.<lang>.js, scripts/build/offline-search.ts) that Pagefind's requests are served from. */
import { PAIR_IDS_FILE, PAIRED_LANGUAGES } from '../../lib/pairs';
import { RANKING } from './rank';
import type { PairIndex, Pagefind } from './types';


/** Globals shared with the generated scripts (names in scripts/build/search-runtime.ts and offline-search.ts). */
interface Globals {
  CdsPagefind?: { createInstance(options: object): Pagefind };
  /** The word-pair index's own copy of the runtime (its own worker and WebAssembly). */
  CdsPagefindPairs?: { createInstance(options: object): Pagefind };
  CdsPagefindFetch?: (url: string) => Promise<Response>;
  CdsSearchData?: Record<string, string>;
}

/** Error message when the offline copy lacks its search data. */
export const OFFLINE_MISSING = 'offline-data';

const g = globalThis as unknown as Globals;

/** Adds a classic script to the page; resolves when it has run. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(OFFLINE_MISSING));
    document.head.appendChild(s);
  });
}

/** Serves one of Pagefind's files from the offline copy's search data (base64 strings). */
function offlineFetch(url: string): Promise<Response> {
  const key = (String(url).split('/pagefind/').pop() ?? '').split('?')[0] ?? '';
  const b64 = g.CdsSearchData?.[key];
  if (typeof b64 !== 'string') return Promise.resolve(new Response('', { status: 404 }));
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return Promise.resolve(new Response(bytes));
}

/** Where Pagefind is and how to load it. */
export interface BackendOptions {
  /** URL of the site's pagefind/ folder, ending in "/". */
  base: string;
  /** Page language ("vi", "en"): which offline search data to load. */
  lang: string;
  /** Whether the page runs from file:// (no worker, offline data). */
  offline: boolean;
}

/** A started Pagefind instance of the index in `base`, from the runtime `runtime`. */
async function instance(o: BackendOptions, base: string, runtime: Globals['CdsPagefind']): Promise<Pagefind> {
  if (typeof WebAssembly !== 'object' || !runtime) throw new Error('unavailable');
  const pf = runtime.createInstance({
    basePath: base, baseUrl: '/', noWorker: o.offline, ranking: RANKING, excerptLength: 28, excerptEllipsis: '…',
  });
  await pf.init();
  return pf;
}

/** Loads and starts Pagefind. Its filter chunks are not loaded (see loadFilterCounts): with them,
 * every search counts each filter value over all its hits, which at thousands of hits costs more
 * than the search itself. */
export async function startPagefind(o: BackendOptions): Promise<Pagefind> {
  if (o.offline) {
    await loadScript(`${o.base}search-data.${o.lang}.js`);
    g.CdsPagefindFetch = offlineFetch;
  }
  await loadScript(`${o.base}pagefind-classic.js`);
  return instance(o, o.base, g.CdsPagefind);
}

/** Loads the filter chunks of the word index `pf` and of the pair index beside it: from then on
 * their searches count each filter value (Pagefind counts only the filters it has loaded).
 * Resolves with every filter value of the word index. */
export async function loadFilterCounts(pf: Pagefind, pairs: PairIndex | null): Promise<Record<string, Record<string, number>>> {
  const [all] = await Promise.all([pf.filters(), pairs?.pf.filters()]);
  return all;
}

/** Starts the word-pair index (src/lib/pairs.ts) in `pairsBase`, the folder beside `o.base`: null
 * on file:// (the offline copy has none), for a language without pairs, or when it cannot load
 * (the word index answers alone). */
export async function startPairs(o: BackendOptions, pairsBase: string): Promise<PairIndex | null> {
  if (o.offline || !PAIRED_LANGUAGES.has(o.lang)) return null;
  try {
    await loadScript(`${pairsBase}pagefind-classic.js`);
    const pf = await instance(o, pairsBase, g.CdsPagefindPairs);
    let ids: Promise<Record<string, string>> | undefined;
    const wordIds = () => (ids ??= fetch(`${pairsBase}${PAIR_IDS_FILE}`).then((r) => r.json() as Promise<Record<string, string>>));
    return { pf, wordIds };
  } catch {
    return null;
  }
}
