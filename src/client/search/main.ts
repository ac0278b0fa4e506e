/** The search page's script (bundled by scripts/build/bundle-search.ts into js/search.js, a classic
 * script, so it runs from file:// too). Pagefind loads when a reader starts a search (focus or
 * typing in the box, or a ?q= in the address); results show as the reader types. */
import { loadFilterCounts, OFFLINE_MISSING, startPagefind, startPairs } from './backend';
import { say, type Strings } from './dom';
import { anyChosen, buildFilters, clearChecks, FILTERS, pagefindFilters, updateFilters, type Chosen } from './filters';
import { normalizeQuery, queryKeys, type QueryKeys } from './match';
import { insertions, RERANK, runSearch, type Assessed, type Entry, type Found } from './rank';
import { searchHits } from './hits';
import { renderResult, type RenderContext } from './render';
import { PAIRS_FOLDER } from '../../lib/pairs';
import type { PairIndex, Pagefind } from './types';

/** Results shown at a time. */
const PAGE = 10;

/** The search page's elements (SearchPanel.astro); null when one is missing. */
function elements() {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const found = {
    panel: byId('search'), form: byId<HTMLFormElement>('search-form'), input: byId<HTMLInputElement>('q'),
    status: byId('search-status'), list: byId('search-results'), tools: byId('search-tools'),
    filters: byId<HTMLDetailsElement>('search-filters'), groups: byId('search-filter-groups'),
    summary: byId('search-filters-summary'), clear: byId<HTMLAnchorElement>('search-clear'), more: byId<HTMLButtonElement>('search-more'),
  };
  return Object.values(found).every(Boolean) ? (found as { [K in keyof typeof found]: NonNullable<(typeof found)[K]> }) : null;
}

/** The search page's elements. */
type Elements = NonNullable<ReturnType<typeof elements>>;

/** Wires the search page: `script` is this script's element (its URL gives the site root). */
function wire(ui: Elements, script: HTMLScriptElement): void {
  const strings = JSON.parse(ui.panel.dataset.strings || '{}') as Strings;
  const ctx: RenderContext = {
    root: script.src.replace(/js\/[^/]*$/, ''),
    offline: location.protocol === 'file:',
    lang: (document.documentElement.lang || 'vi').slice(0, 2),
    strings,
  };
  const chosen: Chosen = Object.fromEntries(FILTERS.map((f) => [f, []]));
  let backend: Promise<{ pf: Pagefind; pairs: PairIndex | null }> | null = null;
  /** The filters' values, loaded once (see countFilters); `counted` once they are shown. */
  let counting: Promise<void> | null = null;
  let counted = false;
  let seq = 0;
  let current: { query: string; entries: Entry[]; q: QueryKeys; shown: number; seen: Set<string>; more?: Found['more'] } = { query: '', entries: [], q: queryKeys(''), shown: 0, seen: new Set() };

  /** The word index, and the word-pair index beside it (null where there is none), loaded at once. */
  const getBackend = () => (backend ??= (async () => {
    const o = { base: `${ctx.root}pagefind/`, lang: ctx.lang, offline: ctx.offline };
    const [pf, pairs] = await Promise.all([startPagefind(o), startPairs(o, `${ctx.root}${PAIRS_FOLDER}/`)]);
    return { pf, pairs };
  })());

  /** Loads the filters (a checkbox per value) the first time a reader opens them, or at once when
   * the address chooses some: until then no search counts its filter values, which at thousands of
   * hits costs more than the search itself. */
  const countFilters = () => (counting ??= (async () => {
    const { pf, pairs } = await getBackend();
    buildFilters(ui.groups, await loadFilterCounts(pf, pairs), chosen, strings, ctx.lang);
    counted = true;
  })().catch((err: unknown) => {
    counting = null; // tried again when the filters are opened next; searches go on without counts
    throw err;
  }));

  /** Keeps the query and filters in the address, so a search can be shared or reloaded; the
   * clear-filters link points to the same search without them. */
  function syncUrl(query: string): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    ui.clear.href = `?${params}`;
    for (const f of FILTERS) for (const v of chosen[f] ?? []) params.append(f, v);
    const qs = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (qs ? `?${qs}` : '') + location.hash);
    } catch { /* some browsers refuse replaceState on file:// */ }
  }

  /** Says how many results there are (the status line is a live region). */
  function sayCount(query: string, n: number): void {
    const count = say(strings, n === 0 ? 'none' : n === 1 ? 'one' : 'many', { n, q: query });
    ui.status.textContent = count + (anyChosen(chosen) ? ` ${say(strings, 'filtered')}` : '');
  }

  /** Shows the next page of results after the first; `focus` moves focus to the first new one. When
   * the results found through the query's word pairs run out, its word search adds the others. */
  async function showMore(token: number, focus: boolean): Promise<void> {
    if (current.more && current.shown + PAGE > current.entries.length) {
      const searchWords = current.more;
      current.more = undefined;
      const more = await searchWords();
      if (token !== seq) return;
      current.entries.push(...more);
      sayCount(current.query, ui.list.childElementCount - current.shown + current.entries.length);
    }
    const slice = current.entries.slice(current.shown, current.shown + PAGE);
    const loaded = await Promise.all(slice.map((e) => e.load()));
    if (token !== seq) return;
    const items = loaded.map((r) => ui.list.appendChild(renderResult(r, current.q, ctx, current.seen)));
    if (focus) items[0]?.querySelector('a')?.focus();
    current.shown += slice.length;
    ui.more.hidden = current.shown >= current.entries.length && !current.more;
  }

  /** Shows the first page: its first results as soon as they are read, then the others of the
   * re-ranked head inserted in their places (nothing shown moves); false when a newer search started. */
  async function showFirstPage(found: Found, query: string, token: number): Promise<boolean> {
    const q = queryKeys(query);
    const early = await found.early;
    if (token !== seq) return false;
    current = { query, entries: found.rest, q, shown: 0, seen: new Set(), ...(found.more ? { more: found.more } : {}) };
    const items = new Map<Assessed, HTMLLIElement>();
    const render = (r: Assessed) => { const li = renderResult(r, current.q, ctx, current.seen); items.set(r, li); return li; };
    // The previous results stay until these replace them (no empty list in between).
    ui.list.replaceChildren(...early.map(render));
    ui.more.hidden = true;
    const head = await found.head();
    if (token !== seq) return false;
    for (const { item, after } of insertions(early, head)) {
      const li = render(item);
      if (after) items.get(after)!.after(li);
      else ui.list.prepend(li);
    }
    return true;
  }

  /** Shows the filters with this search's counts; before they are loaded, offers them (collapsed)
   * whenever the search found something (`found` results). */
  function showFilters(counts: Record<string, Record<string, number>>, found: number): void {
    const shown = counted ? updateFilters(ui.groups, counts) : found;
    const active = FILTERS.reduce((n, f) => n + (chosen[f] ?? []).length, 0);
    ui.summary.textContent = active ? say(strings, 'filterOn', { n: active }) : say(strings, 'filter');
    ui.filters.hidden = shown === 0;
    ui.clear.hidden = active === 0;
    ui.tools.hidden = ui.filters.hidden && ui.clear.hidden;
  }

  /** Counts the current search's filter values once the filters are loaded (the results stay). */
  async function recount(): Promise<void> {
    const query = normalizeQuery(ui.input.value);
    const token = seq;
    if (!query) return;
    const { pf, pairs } = await getBackend();
    const { hits, counts } = await searchHits(pf, pairs, query, pagefindFilters(chosen), RERANK);
    if (token === seq) showFilters(counts, hits.length);
  }

  async function run(): Promise<void> {
    const query = normalizeQuery(ui.input.value);
    const token = ++seq;
    syncUrl(query);
    if (!query) {
      ui.list.textContent = '';
      ui.tools.hidden = true;
      ui.more.hidden = true;
      ui.status.textContent = say(strings, 'idle');
      return;
    }
    ui.list.setAttribute('aria-busy', 'true');
    try {
      const { pf, pairs } = await getBackend();
      if (counting) await counting.catch(() => { /* searched without filter counts */ });
      const found = await runSearch(pf, query, pagefindFilters(chosen), pairs);
      if (token !== seq) return;
      if (!(await showFirstPage(found, query, token))) return;
      showFilters(found.counts, ui.list.childElementCount + found.rest.length);
      // The count is said once the first page is complete (the status line is a live region).
      sayCount(query, ui.list.childElementCount + found.rest.length);
      ui.more.hidden = found.rest.length === 0 && !found.more;
    } catch (err) {
      if (token === seq) ui.status.textContent = say(strings, (err as Error)?.message === OFFLINE_MISSING ? 'offlineMissing' : 'unavailable');
    } finally {
      if (token === seq) ui.list.removeAttribute('aria-busy');
    }
  }

  const params = new URLSearchParams(location.search);
  for (const f of FILTERS) chosen[f] = params.getAll(f);
  if (anyChosen(chosen)) countFilters().catch(() => { /* reported when a search runs */ });
  if (params.get('q')) ui.input.value = params.get('q')!;

  ui.form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  ui.input.addEventListener('input', () => void run());
  ui.input.addEventListener('focus', () => { getBackend().catch(() => { /* reported when a search runs */ }); });
  ui.input.addEventListener('keydown', (e) => {
    const first = ui.list.querySelector('a');
    if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
  });
  ui.groups.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.type !== 'checkbox') return;
    const set = chosen[t.name] ?? [];
    chosen[t.name] = t.checked ? [...set, t.value] : set.filter((v) => v !== t.value);
    void run();
  });
  ui.clear.addEventListener('click', (e) => {
    e.preventDefault();
    for (const f of FILTERS) chosen[f] = [];
    clearChecks(ui.groups);
    void run().then(() => ui.input.focus());
  });
  ui.filters.addEventListener('toggle', () => {
    if (ui.filters.open && !counting) countFilters().then(recount).catch(() => { /* the filters stay empty */ });
  });
  ui.more.addEventListener('click', () => void showMore(seq, true));
  if (ui.input.value) void run();
}

const found = elements();
const script = document.currentScript as HTMLScriptElement | null;
if (found && script) wire(found, script);
