import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import type { ArticleDate, Block, IngestedArticle } from '../../src/schemas/article';
import type { EditorialEntry } from '../../src/schemas/editorial';
import type { Indicator, Topic } from '../../src/schemas/lexicon';
import type { Metric } from '../../src/schemas/metric';
import { decodeSeed } from './decode';
import { findArticleDate } from './dates';
import { isEnglishPage } from './english-page';
import { findPeople, findPlace } from './entities';
import { findOrganisations } from './organisations';
import { matchTopics } from './lexicon';
import { extractMetrics } from './metrics';
import { applyReviews } from './review';
import { isStatementCaption, segmentArticle, type Segment, type Segmented } from './segment';
import { splitSentences } from './sentences';
import { readFlatTable, withTableReading } from './table-flat';
import { pipeTables } from './table-pipe';
import { readColumnTables } from './table-columns';
import { readGoalTables } from './table-goals';
import { notRowNumber } from './table-text';

/** The hand-written inputs every article is read against. */
export interface Lexicons { indicators: Indicator[]; topics: Topic[] }

/** Time spent per stage, summed over articles, for the CLI's report. */
export type StageTimes = Record<'decode' | 'segment' | 'dates' | 'metrics' | 'entities', number>;

/** Runs `fn`, adding its duration to `times[stage]`. */
function timed<T>(times: StageTimes, stage: keyof StageTimes, fn: () => T): T {
  const t0 = performance.now();
  try { return fn(); } finally { times[stage] += performance.now() - t0; }
}

/** A readable ASCII slug of at most ~60 characters, cut at a word boundary. */
export function slugFor(title: string): string {
  const full = slugify(title, { customReplacements: [['đ', 'd'], ['Đ', 'D']] });
  if (full.length <= 60) return full || 'bai-viet';
  const cut = full.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-')) || full.slice(0, 60);
}

/** A paragraph that lists who attended ("Cùng dự có …", "Dự hội nghị tại điểm cầu …", "Đồng chí X … dự và chủ trì …"). */
export function isAttendance(paragraph: string): boolean {
  const first = splitSentences(paragraph)[0]?.text ?? '';
  return /^(?:Cùng dự|Dự (?:hội nghị|phiên họp|họp|buổi)|Tham dự|Tới dự|Đến dự)(?![\p{L}\p{M}])/u.test(first) || /\s(?:dự|tham dự) và chủ trì\s/u.test(first);
}

/** The first two sentences of the lead (the first long paragraph that is not an attendance list), as the article's Vietnamese summary. */
export function summaryOf(paragraphs: Segment[]): string {
  const long = paragraphs.filter((p) => p.text.length > 80);
  const lead = long.find((p) => !isAttendance(p.text)) ?? long[0] ?? paragraphs[0];
  if (!lead) return '';
  return splitSentences(lead.text).slice(0, 2).map((s) => s.text).join(' ').slice(0, 600);
}

/** The article's date: editorial when the editors supply it (with what the text says), else from the text. */
export function dateOf(seg: Segmented, editorial: EditorialEntry | undefined, found: ReturnType<typeof findArticleDate>): ArticleDate {
  if (editorial?.date) {
    const { iso, precision, reason } = editorial.date;
    return { iso, precision, source: 'editorial', evidence: found ? `${found.evidence} — ${reason}` : reason };
  }
  if (found) return { iso: found.iso, precision: found.precision, source: found.source, evidence: found.evidence };
  return UNKNOWN_DATE;
}

/** The date of an article that neither its text nor the editors date: it still builds, listed as "date unknown". */
export const UNKNOWN_DATE: ArticleDate = { iso: '', precision: 'unknown', source: 'text', evidence: '' };

/** One warning for an article's low-confidence numbers, each with its phrase and reasons (`npm run review` lists them in full). */
export function unreviewedWarning(pending: Metric[]): string {
  const list = pending.map((m) => {
    const at = m.quote.indexOf(m.text);
    const phrase = m.quote.slice(Math.max(0, at - 40), at + m.text.length).trimStart();
    return `"…${phrase}" (${m.reasons.join(', ')})`;
  });
  return `${pending.length} low-confidence number(s), not charted until reviewed (npm run review): ${list.join('; ')}`;
}

/** A paragraph's text with the outlet mark the segmenter stripped from the start of its line ("TCCS - ", "(VLO) "). */
function withLeadMark(text: string, p: { text: string; offset: number }): string {
  return text.slice(text.lastIndexOf('\n', p.offset - 1) + 1, p.offset) + p.text;
}

/** Turns one seed's bytes into a validated-shape article (validation itself is the caller's). */
export function buildArticle(file: string, bytes: Uint8Array, editorial: EditorialEntry | undefined, lex: Lexicons, times: StageTimes): IngestedArticle {
  const decoded = timed(times, 'decode', () => decodeSeed(file, bytes));
  const warnings = [...decoded.warnings];
  const seg = timed(times, 'segment', () => segmentArticle(decoded.text));
  warnings.push(...seg.warnings);
  const paragraphs = seg.paragraphs;
  const english = isEnglishPage(paragraphs.map((p) => p.text)); // read once: the date finder and the metrics both ask
  const found = timed(times, 'dates', () => findArticleDate({
    ...(seg.dateline ? { dateline: seg.dateline.text } : {}),
    ...(seg.title ? { title: seg.title.text } : {}),
    paragraphs: paragraphs.map((p) => withLeadMark(decoded.text, p)), // "TCCS - Ngày 6-2-2025, …": the outlet mark makes it a dateline
    tail: decoded.text.trim().split('\n').filter((l) => l.trim() !== '').slice(-3).reverse(),
    head: decoded.text.trimStart().split('\n', 1)[0]!,
    english,
  }));
  const date = dateOf(seg, editorial, found);
  if (date.precision === 'unknown') {
    const i = warnings.indexOf('no dateline');
    if (i >= 0) warnings.splice(i, 1);
    warnings.push('no usable date (no dateline, byline or dated lead, none in seeds/editorial.yaml): published as "date unknown"');
  }
  if (date.source === 'inferred') warnings.push(`date inferred: ${date.evidence}`);
  const texts = paragraphs.map((p) => p.text);
  const topics = matchTopics(texts.join('\n'), lex.topics);
  const stated = [...paragraphs, ...seg.captions.filter(isStatementCaption)].sort((a, b) => a.offset - b.offset); // a caption that states a goal or a result is read too
  const read = seg.title ? [seg.title, ...stated] : stated; // the headline is read for numbers too
  const metrics = timed(times, 'metrics', () => {
    const flat = readFlatTable(decoded.text); // its value cells read, then every table's row numbers dropped
    const columns = { values: new Map([...readColumnTables(decoded.text), ...readGoalTables(decoded.text)]) }; // round 44: yearly columns, goals beside results, flattened one cell a paragraph
    return applyReviews(withTableReading(withTableReading(extractMetrics(read, {
      ...(date.iso ? { articleYear: Number(date.iso.slice(0, 4)) } : {}),
      indicators: lex.indicators,
      topics: lex.topics,
      fallbackTopic: topics[0] ?? lex.topics[0]!.id,
      headline: !!seg.title,
      english,
    }), flat), columns).filter(notRowNumber([...(flat ? [flat] : []), ...pipeTables(decoded.text)])), editorial?.metrics);
  });
  const pending = metrics.filter((m) => m.review === 'auto' && m.confidence === 'low');
  if (pending.length) warnings.push(unreviewedWarning(pending));
  const entities = timed(times, 'entities', () => ({
    people: findPeople(texts),
    place: findPlace(texts),
    organisations: findOrganisations(texts),
  }));
  const title = seg.title?.text ?? editorial?.title?.value;
  const titleSource = seg.title ? 'text' : editorial?.title ? 'editorial' : 'inferred';
  const inferredTitle = splitSentences(paragraphs[0]?.text ?? file).find((x) => /\p{L}{2}/u.test(x.text))?.text.split(/\s+/).slice(0, 14).join(' ') + '…'; // not a heading's bare marker ("1.", "II.")
  if (!title) warnings.push('no title line and none in seeds/editorial.yaml: title taken from the first sentence');
  const outlet = editorial?.outlet
    ? { name: editorial.outlet.name, ...(editorial.outlet.url ? { url: editorial.outlet.url } : {}) }
    : { name: seg.source?.outlet ?? seg.source?.url ?? 'không rõ', ...(seg.source?.url ? { url: seg.source.url } : {}) };
  const fact = (field: string, value: string, r: { reason: string; reasonVi?: string }) => ({ field, value, reason: r.reason, ...(r.reasonVi ? { reasonVi: r.reasonVi } : {}) });
  const editorialFacts = [
    ...(editorial?.title ? [fact('title', editorial.title.value, editorial.title)] : []),
    ...(editorial?.date ? [fact('date', editorial.date.iso, editorial.date)] : []),
    ...(editorial?.outlet ? [fact('outlet', editorial.outlet.name, editorial.outlet)] : []),
  ];
  const body: Block[] = [
    ...paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.text, offset: p.offset })),
    ...seg.captions.map((c) => ({ kind: 'caption' as const, text: c.text, offset: c.offset })),
  ].sort((a, b) => a.offset - b.offset);
  const finalTitle = title ?? inferredTitle;
  return {
    slug: slugFor(finalTitle),
    sourceFile: file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    title: finalTitle,
    titleSource,
    date,
    ...(entities.place ? { place: entities.place } : {}),
    outlet,
    ...(seg.source?.author ? { author: seg.source.author } : {}),
    summary: summaryOf(paragraphs),
    ...(editorial?.summaryEn ? { summaryEn: editorial.summaryEn } : {}),
    ...(editorial?.titleEn ? { titleEn: editorial.titleEn } : {}),
    editorial: editorialFacts,
    people: entities.people,
    organisations: entities.organisations,
    topics: [...new Set([...topics, ...metrics.map((m) => m.topic)])],
    body,
    textStart: body[0]?.offset ?? 0,
    metrics,
    warnings,
  };
}
