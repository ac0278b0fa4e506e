import type { Lang } from '../i18n/lang';
import type { Article } from '../schemas/article';
import type { Indicator } from '../schemas/lexicon';
import type { Story, StoryStep } from '../schemas/story';
import { plottableMetrics } from './articles';
import { formatPeriod } from './format';
import { refHref, refValue } from './stories-format';
import { parseRef, resolveRef, StoryRefError, type KnownIds, type StoryRef } from './stories-refs';
import { handTypedNumbers, parseStepText } from './stories-text';
import { checkChart } from './stories-charts';

export type { StoryRef } from './stories-refs';

/** A story whose references all resolved and whose steps all passed their checks. */
export interface ResolvedStory {
  story: Story;
  refs: Map<string, StoryRef>;
}

/** A piece of rendered step text: plain words, or a number linked to its source sentence. */
export type RenderedPart = { kind: 'text'; text: string } | { kind: 'ref'; field: 'value' | 'period'; text: string; href: string; title: string };

/** Resolves every reference of `story` against the dataset and checks every step: text numbers
 * only by reference, charts naming declared references with compatible units. Throws an Error whose
 * message starts `Story "<slug>"` and names the failing reference or step. */
export function resolveStory(story: Story, articles: Article[], indicators: Indicator[]): ResolvedStory {
  const metrics = plottableMetrics(articles);
  const known: KnownIds = { indicators: new Set(indicators.map((i) => i.id)), articles: new Set(articles.map((a) => a.slug)) };
  const refs = new Map<string, StoryRef>();
  for (const [name, input] of Object.entries(story.refs)) {
    const { article, metric } = resolveRef(input, metrics, known, `Story "${story.slug}": reference "${name}"`);
    const sel = parseRef(input);
    const ind = sel.indicator ? indicators.find((i) => i.id === sel.indicator) : undefined;
    const label = sel.label ?? (ind ? ind.label : undefined);
    if (sel.label) for (const lang of ['vi', 'en'] as const) checkWords(sel.label[lang], story.names, `Story "${story.slug}": reference "${name}" label (${lang})`);
    refs.set(name, { name, article, metric, when: sel.when ?? 'period', ...(label ? { label } : {}) });
  }
  const resolved = { story, refs };
  if (story.hook) {
    const where = `Story "${story.slug}", hook`;
    if (!refs.has(story.hook.ref)) throw new StoryRefError(`${where}: quotes reference "${story.hook.ref}", which the story does not declare under refs`);
    for (const lang of ['vi', 'en'] as const) checkStepText(story.hook, lang, resolved, where);
  }
  const ids = new Set<string>();
  for (const step of story.steps) {
    const where = `Story "${story.slug}", step "${step.id}"`;
    if (ids.has(step.id)) throw new StoryRefError(`${where}: duplicate step id`);
    ids.add(step.id);
    for (const lang of ['vi', 'en'] as const) {
      checkStepText(step, lang, resolved, where);
      checkWords(step.chart.title[lang], story.names, `${where}: chart title (${lang})`);
      if (step.chart.note) checkWords(step.chart.note[lang], story.names, `${where}: chart note (${lang})`);
    }
    checkChart(step.chart, refs, where);
  }
  if (story.embed !== undefined && !ids.has(story.embed)) throw new StoryRefError(`Story "${story.slug}": embed names step "${story.embed}", which does not exist`);
  return resolved;
}

/** Throws if a step's text quotes an undeclared reference, a missing period, or a hand-typed number. */
function checkStepText(step: { vi: string; en: string }, lang: Lang, { story, refs }: ResolvedStory, where: string): void {
  let parts;
  try {
    parts = parseStepText(step[lang]);
  } catch (e) {
    throw new StoryRefError(`${where} (${lang}): ${(e as Error).message}`);
  }
  for (const p of parts) {
    if (p.kind !== 'ref') continue;
    const ref = refs.get(p.name);
    if (!ref) throw new StoryRefError(`${where} (${lang}): text quotes reference "{${p.name}}", which the story does not declare under refs`);
    if (p.field === 'period' && !ref.metric.period) throw new StoryRefError(`${where} (${lang}): "{${p.name}:period}" but ${ref.article.slug}#${ref.metric.id} has no period in the dataset`);
    if (p.field === 'period' && ref.when === 'report') throw new StoryRefError(`${where} (${lang}): "{${p.name}:period}" but the reference is labelled by its report's date (when: report)`);
  }
  checkWords(step[lang], story.names, `${where} (${lang})`);
}

/** Throws if editorial words contain a number typed by hand (outside the story's allowed names). */
function checkWords(text: string, names: readonly string[], where: string): void {
  const typed = handTypedNumbers(text, names);
  if (typed.length > 0) throw new StoryRefError(`${where}: number typed by hand (${typed.join(', ')}); quote it by reference as {name}`);
}

/** The step's text in `lang`, its references formatted and linked to their source sentences. */
export function renderStepText(step: { vi: string; en: string }, lang: Lang, { refs }: ResolvedStory): RenderedPart[] {
  return parseStepText(step[lang]).map((p) => {
    if (p.kind === 'text') return p;
    return renderRef(refs.get(p.name)!, p.field, lang);
  });
}

/** A reference as the prose shows it: its value (or period) in `lang`, linked to its source sentence. */
export function renderRef(ref: StoryRef, field: 'value' | 'period', lang: Lang): Extract<RenderedPart, { kind: 'ref' }> {
  const text = field === 'period' ? formatPeriod(ref.metric.period, lang) : refValue(ref, lang);
  return { kind: 'ref', field, text, href: refHref(ref, lang), title: ref.metric.quote };
}

/** The step whose chart stands for the whole story (embed page, previews). */
export function embedStep(story: Story): StoryStep {
  return story.steps.find((s) => s.id === story.embed) ?? story.steps.at(-1)!;
}

/** The references in order of first use by the steps (text, then chart), then any unused ones. */
export function refsInOrder({ story, refs }: ResolvedStory): StoryRef[] {
  const names = new Set<string>(story.hook ? [story.hook.ref] : []);
  for (const step of story.steps) {
    for (const lang of ['vi', 'en'] as const) for (const p of parseStepText(step[lang])) if (p.kind === 'ref') names.add(p.name);
    for (const r of step.chart.rows) names.add(r);
  }
  for (const name of refs.keys()) names.add(name);
  return [...names].map((n) => refs.get(n)!);
}

/** Stories in reading order. */
export function sortStories<T extends { order: number; slug: string }>(stories: T[]): T[] {
  return [...stories].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
