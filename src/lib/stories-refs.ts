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

/** The selector of a reference: short forms `indicator`, `indicator@period`, `article-slug#m-07`
 * become objects; objects pass through. */
export function parseRef(input: RefInput): RefSelector {
  if (typeof input !== 'string') return input;
  const positional = /^([a-z0-9-]+)#(m-\d{2,})$/.exec(input);
  if (positional) return { article: positional[1]!, id: positional[2]! };
  const [indicator, period] = input.split('@') as [string, string?];
  return period ? { indicator, period } : { indicator };
}

/** A selector as written in a story file, for error messages. */
export function describeRef(sel: RefSelector): string {
  const parts = (['indicator', 'article', 'id', 'period', 'status', 'after'] as const)
    .filter((k) => sel[k] !== undefined)
    .map((k) => `${k}: ${JSON.stringify(sel[k])}`);
  return `{ ${parts.join(', ')} }`;
}

/** The period of a metric as the dataset writes it: "2023-12", "2022/2024". */
export function periodKey(s: SourcedMetric): string | undefined {
  const p = s.metric.period;
  return p ? (p.isoEnd ? `${p.iso}/${p.isoEnd}` : p.iso) : undefined;
}

/** Whether a metric's period is `period` or lies inside it ("2024" holds "2024-01"). */
export function periodMatches(s: SourcedMetric, period: string): boolean {
  const key = periodKey(s);
  return key !== undefined && (key === period || key.startsWith(`${period}-`));
}

/** The metrics whose number is written first after `phrase` in their source sentence. */
export function firstAfter(candidates: SourcedMetric[], phrase: string): SourcedMetric[] {
  const placed = candidates.flatMap((s) => {
    const at = s.metric.quote.indexOf(phrase);
    if (at < 0) return [];
    const pos = s.metric.quote.indexOf(s.metric.text, at + phrase.length);
    return pos < 0 ? [] : [{ s, pos }];
  });
  if (placed.length === 0) return [];
  const best = Math.min(...placed.map((p) => p.pos));
  const first = placed.filter((p) => p.pos === best).map((p) => p.s);
  // The same number written twice in one sentence: the earlier one in the text is meant.
  const byArticle = new Map<string, SourcedMetric>();
  for (const s of first) {
    const prev = byArticle.get(s.article.slug);
    if (!prev || s.metric.offset < prev.metric.offset) byArticle.set(s.article.slug, s);
  }
  return [...byArticle.values()];
}

/** Checks that the indicator and article a selector names exist; returns a message if not. */
function unknownName(sel: RefSelector, known: KnownIds): string | undefined {
  if (sel.indicator !== undefined && !known.indicators.has(sel.indicator)) return `names indicator "${sel.indicator}", which is not in content/indicators.yaml`;
  if (sel.article !== undefined && !known.articles.has(sel.article)) return `names article "${sel.article}", which does not exist`;
  if (sel.id !== undefined && sel.article === undefined) return `gives metric id "${sel.id}" without its article`;
  if (Object.keys(sel).every((k) => k === 'label' || k === 'status')) return 'selects nothing: give an indicator, an article or both';
  return undefined;
}

/** The one metric a selector picks. Throws a StoryRefError naming `where` (story and reference) if
 * the selector names an unknown indicator or article, or matches no metric or several. */
export function resolveRef(input: RefInput, metrics: SourcedMetric[], known: KnownIds, where: string): SourcedMetric {
  const sel = parseRef(input);
  const fail = (why: string) => new StoryRefError(`${where} ${describeRef(sel)} ${why}`);
  const unknown = unknownName(sel, known);
  if (unknown) throw fail(unknown);
  let found = metrics.filter((s) =>
    (sel.indicator === undefined || s.metric.indicator === sel.indicator) &&
    (sel.article === undefined || s.article.slug === sel.article) &&
    (sel.id === undefined || s.metric.id === sel.id) &&
    (sel.status === undefined || s.metric.status === sel.status) &&
    (sel.period === undefined || periodMatches(s, sel.period)));
  if (sel.after !== undefined) found = firstAfter(found, sel.after);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) return raise(fail('matches no metric of the dataset'));
  const list = found.slice(0, 6).map((s) => `${s.article.slug}#${s.metric.id} (${s.metric.text})`).join(', ');
  return raise(fail(`matches ${found.length} metrics: ${list}${found.length > 6 ? ', …' : ''}; narrow it with period, article, status or after`));
}

function raise(e: Error): never {
  throw e;
}
