import type { Article } from '../schemas/article';
import type { Metric } from '../schemas/metric';
import type { Localized, RefInput, RefSelector } from '../schemas/story';
import type { SourcedMetric } from './articles';

/** A story's number, resolved: the metric, its article, and the words that name it. */
export interface StoryRef {
  name: string;
  article: Article;
  metric: Metric;
  /** The editors' label, else the indicator's when the selector named one. */
  label?: Localized;
  /** Label the number with its period, or with its report's date. */
  when: 'period' | 'report';
}

/** A reference that cannot be resolved; its message names the story and the reference. */
export class StoryRefError extends Error {
  override name = 'StoryRefError';
}

/** What a selector may name, to tell "does not exist" from "matches nothing". */
export interface KnownIds {
  indicators: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

/** The selector of a reference: short forms `indicator`, `indicator@period`, `article-slug#m-3f2a9c01`
 * become objects; objects pass through. */
export function parseRef(input: RefInput): RefSelector {
  if (typeof input !== 'string') return input;
  const positional = /^([a-z0-9-]+)#(m-[0-9a-f]{8}(?:-\d+)?)$/.exec(input);
  if (positional) return { article: positional[1]!, id: positional[2]!, when: 'period' };
  const [indicator, period] = input.split('@') as [string, string?];
  return period ? { indicator, period, when: 'period' } : { indicator, when: 'period' };
}

/** A selector as written in a story file, for error messages. */
export function describeRef(sel: RefSelector): string {
  const parts = (['indicator', 'article', 'id', 'period', 'status', 'unit', 'kind', 'after'] as const)
    .filter((k) => sel[k] !== undefined)
    .map((k) => `${k}: ${JSON.stringify(sel[k])}`);
  return `{ ${parts.join(', ')} }`;
}

/** The period of a metric as the dataset writes it: "2023-12", "2022/2024". */
export function periodKey(s: SourcedMetric): string | undefined {
  const p = s.metric.period;
  return p ? (p.isoEnd ? `${p.iso}/${p.isoEnd}` : p.iso) : undefined;
}

/** Whether a metric's period is `period`, lies inside it ("2024" holds "2024-01"), or — for a
 * multi-year period — covers it ("2022/2023" covers "2023"). */
export function periodMatches(s: SourcedMetric, period: string): boolean {
  const key = periodKey(s);
  if (key === undefined) return false;
  if (key === period || key.startsWith(`${period}-`)) return true;
  const end = s.metric.period?.isoEnd;
  if (!end || period.includes('/')) return false;
  const year = Number(period.slice(0, 4));
  return Number(key.slice(0, 4)) <= year && year <= Number(end.slice(0, 4));
}

/** Where each metric's number stands in its source sentence. Metrics of one sentence share its
 * start offset in the article, so the start is the one every metric's occurrences agree on; this
 * tells apart the same number written twice ("100% … 100%") and a number inside another ("2" in "29"). */
export function quotePositions(metrics: SourcedMetric[]): Map<SourcedMetric, number> {
  const groups = new Map<string, SourcedMetric[]>();
  for (const s of metrics) {
    const key = `${s.article.slug}\u0000${s.metric.quote}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out = new Map<SourcedMetric, number>();
  for (const group of groups.values()) {
    const starts = group.map((s) => new Set(occurrences(s.metric.quote, s.metric.text).map((p) => s.metric.offset - p)));
    const common = [...(starts[0] ?? [])].filter((start) => starts.every((set) => set.has(start)));
    for (const s of group) {
      const first = occurrences(s.metric.quote, s.metric.text)[0];
      const pos = common.length === 1 ? s.metric.offset - common[0]! : first;
      if (pos !== undefined) out.set(s, pos);
    }
  }
  return out;
}

/** Every index at which `text` occurs in `quote`. */
function occurrences(quote: string, text: string): number[] {
  const found: number[] = [];
  for (let i = quote.indexOf(text); i !== -1; i = quote.indexOf(text, i + 1)) found.push(i);
  return found;
}

/** In each source sentence that contains `phrase`, the candidate whose number is written first after
 * it (one per sentence: several results mean the phrase is in several sentences). `all` (every
 * metric of the dataset) places numbers exactly in their sentences. */
export function firstAfter(candidates: SourcedMetric[], phrase: string, all: SourcedMetric[] = candidates): SourcedMetric[] {
  const positions = quotePositions(all.filter((s) => s.metric.quote.includes(phrase)));
  const best = new Map<string, { s: SourcedMetric; pos: number }>();
  for (const s of candidates) {
    const at = s.metric.quote.indexOf(phrase);
    const pos = positions.get(s);
    if (at < 0 || pos === undefined || pos < at + phrase.length) continue;
    const key = `${s.article.slug}\u0000${s.metric.quote}`;
    const prev = best.get(key);
    if (!prev || pos < prev.pos) best.set(key, { s, pos });
  }
  return [...best.values()].map((b) => b.s);
}

/** Checks that the indicator and article a selector names exist; returns a message if not. */
function unknownName(sel: RefSelector, known: KnownIds): string | undefined {
  if (sel.indicator !== undefined && !known.indicators.has(sel.indicator)) return `names indicator "${sel.indicator}", which is not in content/indicators.yaml`;
  if (sel.article !== undefined && !known.articles.has(sel.article)) return `names article "${sel.article}", which does not exist`;
  if (sel.id !== undefined && sel.article === undefined) return `gives metric id "${sel.id}" without its article`;
  if (sel.indicator === undefined && sel.article === undefined) return 'selects nothing: give an indicator, an article or both';
  if (sel.article === undefined) return 'names no article: add `article: <slug>` so that reports added later cannot make it ambiguous';
  return undefined;
}

const byArticle = new WeakMap<SourcedMetric[], Map<string, SourcedMetric[]>>();

/** The metrics of one article among `metrics` (indexed once per list: stories resolve many
 * references against the same dataset). */
export function metricsOfArticle(metrics: SourcedMetric[], slug: string): SourcedMetric[] {
  let index = byArticle.get(metrics);
  if (!index) {
    index = new Map();
    for (const s of metrics) {
      const list = index.get(s.article.slug);
      if (list) list.push(s);
      else index.set(s.article.slug, [s]);
    }
    byArticle.set(metrics, index);
  }
  return index.get(slug) ?? [];
}

/** The one metric a selector picks. Throws a StoryRefError naming `where` (story and reference) if
 * the selector names an unknown indicator or article, or matches no metric or several. */
export function resolveRef(input: RefInput, metrics: SourcedMetric[], known: KnownIds, where: string): SourcedMetric {
  const sel = parseRef(input);
  const fail = (why: string) => new StoryRefError(`${where} ${describeRef(sel)} ${why}`);
  const unknown = unknownName(sel, known);
  if (unknown) throw fail(unknown);
  // `metrics` are plottable ones only (resolveStory passes plottableMetrics: the review gate).
  // A selector always names its article (unknownName), so only that article's metrics can match.
  const pool = sel.article === undefined ? metrics : metricsOfArticle(metrics, sel.article);
  let found = pool.filter((s) =>
    (sel.indicator === undefined || s.metric.indicator === sel.indicator) &&
    (sel.article === undefined || s.article.slug === sel.article) &&
    (sel.id === undefined || s.metric.id === sel.id) &&
    (sel.status === undefined || s.metric.status === sel.status) &&
    (sel.unit === undefined || s.metric.unit === sel.unit) &&
    (sel.kind === undefined || s.metric.kind === sel.kind) &&
    (sel.period === undefined || periodMatches(s, sel.period)));
  if (sel.after !== undefined) found = firstAfter(found, sel.after, pool);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) return raise(fail('matches no metric of the dataset'));
  const list = found.slice(0, 6).map((s) => `${s.article.slug}#${s.metric.id} (${s.metric.text})`).join(', ');
  return raise(fail(`matches ${found.length} metrics: ${list}${found.length > 6 ? ', …' : ''}; narrow it with period, article, status or after`));
}

function raise(e: Error): never {
  throw e;
}
