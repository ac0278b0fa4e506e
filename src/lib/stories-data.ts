import { csvFormat } from 'd3-dsv';
import { localePath, type Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import type { Article } from '../schemas/article';
import { sortByDate } from './articles';
import { METRIC_COLUMNS, metricRow, type MetricRow } from './dataset';
import type { ResolvedStory } from './stories';
import { refsInOrder } from './stories';
import { parseStepText } from './stories-text';

/** Columns a story's download adds in front of the dataset's metric columns. */
export const STORY_COLUMNS = ['story', 'ref', 'steps', 'label_vi', 'label_en'] as const;

export type StoryRow = Record<(typeof STORY_COLUMNS)[number], string> & MetricRow;

/** The steps (ids) whose text or chart uses reference `name`. */
function stepsUsing(resolved: ResolvedStory, name: string): string[] {
  return resolved.story.steps
    .filter((s) => s.chart.rows.includes(name) || (['vi', 'en'] as const).some((l) => parseStepText(s[l]).some((p) => p.kind === 'ref' && p.name === name)))
    .map((s) => s.id);
}

/** One row per number of the story: the reference, the steps that use it, its labels, then the
 * dataset's own columns (value, unit, period, quote, url …). */
export function storyRows(resolved: ResolvedStory, site: URL): StoryRow[] {
  return refsInOrder(resolved).map((ref) => ({
    story: resolved.story.slug,
    ref: ref.name,
    steps: stepsUsing(resolved, ref.name).join(' '),
    label_vi: ref.label?.vi ?? '',
    label_en: ref.label?.en ?? '',
    ...metricRow({ article: ref.article, metric: ref.metric }, site),
  }));
}

/** CSV of a story's rows (story columns, then the dataset's metric columns). */
export function storyCsv(rows: StoryRow[]): string {
  const columns = [...STORY_COLUMNS, ...METRIC_COLUMNS];
  return `${csvFormat(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? '']))), columns)}\n`;
}

/** The reports a story's numbers come from, oldest first, each once. */
export function storySources(resolved: ResolvedStory): Article[] {
  const bySlug = new Map<string, Article>();
  for (const ref of resolved.refs.values()) bySlug.set(ref.article.slug, ref.article);
  return sortByDate([...bySlug.values()]);
}

/** Site paths of a story page, one of its steps, its embed page and its downloads. */
export function storyPaths(slug: string, lang: Lang): { page: string; embed: string; csv: string; json: string; step: (id: string) => string } {
  return {
    page: localePath(lang, `/stories/${slug}/`),
    embed: localePath(lang, `/embed/${slug}/`),
    csv: `/data/stories/${slug}.csv`,
    json: `/data/stories/${slug}.json`,
    step: (id) => localePath(lang, `/stories/${slug}/#step-${id}`),
  };
}

/** A reference to the story, APA-like: site, title, kind, permalink. */
export function storyCitation(title: string, siteName: string, permalink: string, lang: Lang): string {
  return `${siteName}. (n.d.). ${title} [${t(lang, 'story.kindLabel')}]. ${permalink}`;
}

/** The iframe snippet that embeds a story's chart. */
export function embedSnippet(embedUrl: string, title: string, height = 560): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(embedUrl)}" title="${esc(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
