/**
 * Dates a page prints on its own lines the way a news store or an aggregator does: a stored date labelled "date" opening the text
 * (session 47: the page's stamp; session 48: never a period of the figures after it), and an aggregator's date line, its source's name printed
 * twice and glued to the day, set under the sapo (session 48). `dates-article.ts` asks them after the page's own datelines; `metrics.ts`
 * keeps the label's date off the figures. Session 49: the head's lines below the lead an English date line may stand on, and the headline
 * glued after a store's label (`segment.ts`). Pure.
 */
import type { ArticleDateResult } from './dates-article';
import { isValidDate } from './dates-calendar';
import { parseDateline, type DateMatch } from './dates-find';
import { opensOnSourceTwice } from './dateline-meta';

/** The label a news store puts before a page's stored date: "date ", opening the text. */
const STORE_LABEL = String.raw`^\s*date\s+`;
/** Session 47: a page's stored date labelled "date" opening its first line, a day or a month ("date 2025-12-09 Khi …", "date 2023-10 Khai
 *  trương …"): the text's own stamp, in either language. */
const LABELLED_STORE_DATE = new RegExp(String.raw`${STORE_LABEL}((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(\d{2}))?(?![\d-])`, 'iu');
/** The label alone, right before a date (`isStoreLabelDate`). */
const STORE_LABEL_BEFORE = new RegExp(`${STORE_LABEL}$`, 'iu');

/** The date a line opens on as a labelled stored date (`LABELLED_STORE_DATE`), or undefined (a day that does not exist too). */
export function labelledStoreDate(line: string | undefined): ArticleDateResult | undefined {
  const m = line ? LABELLED_STORE_DATE.exec(line) : null;
  if (!m || (m[3] !== undefined && !isValidDate(+m[1]!, +m[2]!, +m[3]))) return undefined;
  return { iso: m[0].trim().slice(5), precision: m[3] !== undefined ? 'day' : 'month', source: 'text', evidence: m[0].trim() };
}

/** Session 48: true when the date `d` of `sentence` is a stored page's label opening the text ("date 2025-10-10 257 doanh nghiệp …"): when the
 *  page was stored, no period of the figures after it. */
export function isStoreLabelDate(sentence: string, d: Pick<DateMatch, 'start'>): boolean {
  return STORE_LABEL_BEFORE.test(sentence.slice(0, d.start));
}

/** How far down the body an aggregator's glued date line may stand: under the headline's sapo. */
const GLUED_DATELINE_REACH = 3;

/** Session 48: an aggregator's date line — its source label printed twice, glued to the day ("Báo Lào CaiBáo Lào Cai03/07/2025") — among
 *  the first paragraphs, where the page set it under its sapo rather than under the headline. */
export function gluedSourceDateline(paragraphs: readonly string[]): DateMatch | null {
  const line = paragraphs.filter((p) => p.trim() !== '').slice(0, GLUED_DATELINE_REACH).find(opensOnSourceTwice);
  return line === undefined ? null : parseDateline(line);
}

/** Review of session 49: a line that introduces what follows ("Schedule:", "Timeline", "Deadline for entries"): a date under it is an
 *  event's, not the page's. */
const INTRODUCES = /:\s*$|^\s*(?:schedule|timeline|agenda|programme|program|deadlines?|key\s+dates|events?)(?:\s+[\p{L}]+){0,3}\s*$/iu; // second review: a short label line only, not "Events in Hanoi drew 5,000 visitors"

/** Session 49: the head's lines below its lead (`head`, the first non-empty paragraphs; `leadLength`, how many of them the lead holds) where
 *  an English date line may still stand under a byline, an image's name and a caption, leaving out a line under one that introduces a list. */
export function headLinesBelowLead(head: readonly string[], leadLength: number): string[] {
  return head.slice(leadLength).filter((line, k) => !INTRODUCES.test(head[leadLength + k - 1] ?? ''));
}

/** Review: an agency's or a city's dateline opening a lead ("Hanoi (VNA) – …", "HANOI — …"), and the longest a headline after the label runs. */
const DATELINE_LEAD = /^[\p{L}\s.]{2,40}?\s*\([A-Z]{2,6}\)\s*[–—-]\s|^(?=(?:\p{Lu}[\s.]*){4})\p{Lu}[\p{Lu}\s.]*?\s*[–—-]\s/u; // second review: not a headline's own dash ("Chuyển đổi số - động lực …", "AI – …")
const LABELLED_HEADLINE_MAX = 150;

/** Session 49: the first line's rest after a news store's label and stored date (`LABELLED_STORE_DATE`, then a space: "date 2025-09-27 Ứng
 *  dụng chuyển đổi số …"), with its offset in the line, when that rest may be a
 *  headline (no dateline's lead, `DATELINE_LEAD`; at most `LABELLED_HEADLINE_MAX` characters); `segment.ts` asks whether it reads as one. */
export function storeLabelledRest(line: string): { text: string; skip: number } | undefined {
  const m = LABELLED_STORE_DATE.exec(line);
  const skip = m ? m[0].length + (/^\s+/u.exec(line.slice(m[0].length))?.[0].length ?? 0) : 0;
  const rest = line.slice(skip);
  return m && skip > m[0].length && rest.length <= LABELLED_HEADLINE_MAX && !DATELINE_LEAD.test(rest) ? { text: rest, skip } : undefined;
}
