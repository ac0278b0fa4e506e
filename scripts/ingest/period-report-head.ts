/**
 * Round 37: the period a whole page reports, named once at its top — its headline opening on the period and a colon
 * ("Quý 1/2023: "miếng bánh" thương mại điện tử được phân chia ra sao?") or closing on a report's span after a comma or a dash
 * (round 47: "Những con số … Đề án 06, 6 tháng đầu năm 2024"), or its lead citing a report of that period
 * ("Theo báo cáo "Người tiêu dùng số" quý 1 năm 2023 do … vừa công bố, …"). Every result or estimate of the page that
 * the sentence walk left with no period takes it, across the subheadings under which the same report goes on (a
 * section's own period ends at the next heading; this one does not). Goals keep none, so do stocks said to stand now and
 * yearly rates ("hiện …", "đến nay", "hàng năm": their own time), nor figures before the lead that cites the report or,
 * under such a lead, from a paragraph opening on an event's day on ("Sáng 3/3, hội nghị …"); and a period later than the
 * page's date is no report's. Pure but for the metrics it dates.
 */
import type { Metric, Period } from '../../src/schemas/metric';
import { findDates, periodOfDate, type DateMatch } from './dates';
import { opensOnEvent } from './goal-frame';
import { anyOf, NOW, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';
import { setPeriod } from './period-set';

/** The fields of a metric this pass reads and sets. */
type Dated = Pick<Metric, 'period' | 'status' | 'offset' | 'quote' | 'reasons' | 'confidence'>;

/** A paragraph of the page. */
interface Paragraph { text: string; offset: number }

/** A stock said to stand now or a yearly rate ("hiện …", "đến nay …", "hàng năm"; the lexicon's `NOW`, not "thực hiện"): its own time, not the report's period. */
const NOW_OR_YEARLY = new RegExp(`${WORD_START}${anyOf([NOW, ...SO_FAR, 'hàng năm', 'hằng năm', 'mỗi năm'])}${WORD_END}`, 'iu');

/** How many body paragraphs from the top may cite the report (after a lead and a caption). */
const LEAD = 3;

/** The precisions a report names: a quarter, a half or the months of a year (not a day, an event's). */
const REPORTED = new Set(['quarter', 'half', 'month', 'year']);

/** A report cited at the start of a lead, up to its period: "Theo báo cáo "…" ", "Theo khảo sát của … ". */
const CITED_REPORT = /^\s*(?:cũng\s+)?theo\s+(?:(?:bộ\s+)?(?:báo cáo|khảo sát|nghiên cứu|thống kê|số liệu)(?:\s+(?:của|từ))?)(?:\s+[^,;.:!?]{0,120}?)?\s*$/iu;

/** The period a headline opens on, before its colon: "Quý 1/2023:", "6 tháng đầu năm 2024:"; or, round 47, a report's span (a quarter,
 *  a half, the months of a year) closing it after a comma or a dash ("Những con số … Đề án 06, 6 tháng đầu năm 2024"). */
function headlinePeriod(headline: string): DateMatch | undefined {
  const dates = findDates(headline);
  const d = dates[0];
  if (d && !d.yearMissing && d.start === 0 && /^\s*:/u.test(headline.slice(d.end))) return d;
  const last = dates.at(-1);
  const span = last && !last.yearMissing && (last.precision === 'quarter' || last.precision === 'half' || (last.precision === 'month' && last.isoEnd !== undefined));
  return span && /[,–—-]\s*$/u.test(headline.slice(0, last.start)) && /^[\s.!?]*$/u.test(headline.slice(last.end)) ? last : undefined;
}

/** The period of a report the lead cites in its first clause ("Theo báo cáo … quý 1 năm 2023 do … công bố, …"). */
function citedPeriod(lead: string): DateMatch | undefined {
  const clauseEnd = lead.search(/[,;.:]/u);
  const d = findDates(lead.slice(0, clauseEnd < 0 ? undefined : clauseEnd))[0];
  return d && !d.yearMissing && CITED_REPORT.test(lead.slice(0, d.start)) ? d : undefined;
}

/** The period `d` names when a report may (see the module note): never a day's, a span of years (a plan's) or after `articleYear`. */
function reportable(d: DateMatch | undefined, articleYear: number | undefined): Period | undefined {
  if (!d || !REPORTED.has(d.precision) || (d.isoEnd !== undefined && d.isoEnd.slice(0, 4) !== d.iso.slice(0, 4))) return undefined;
  return articleYear !== undefined && Number(d.iso.slice(0, 4)) > articleYear ? undefined : periodOfDate(d);
}

/** The period the page reports, from its headline, else from the lead that cites a report; undefined when neither names one. */
export function reportedPeriod(headline: string | undefined, lead: string | undefined, articleYear: number | undefined): Period | undefined {
  return reportable((headline !== undefined ? headlinePeriod(headline) : undefined) ?? (lead !== undefined ? citedPeriod(lead) : undefined), articleYear);
}

/** Where the page names the period it reports and which figures take it: the whole page under a headline's, from the citing lead up to an event's paragraph under a lead's. */
function reportSource(paragraphs: readonly Paragraph[], headline: boolean, articleYear: number | undefined): { period: Period; from: number; to: number } | undefined {
  const head = headline ? reportable(headlinePeriod(paragraphs[0]?.text ?? ''), articleYear) : undefined;
  if (head) return { period: head, from: 0, to: Number.POSITIVE_INFINITY };
  const lead = paragraphs.slice(headline ? 1 : 0).filter((p) => p.text.length > 80).slice(0, LEAD).find((p) => citedPeriod(p.text));
  const period = lead && reportable(citedPeriod(lead.text), articleYear);
  if (!lead || !period) return undefined;
  const event = paragraphs.find((p) => p.offset > lead.offset && opensOnEvent(p.text));
  return { period, from: lead.offset, to: event ? event.offset : Number.POSITIVE_INFINITY };
}

/** Dates the page's results and estimates with no period by the period it reports (`reportSource`). */
export function reportHeadPeriods(drafts: readonly { metric: Dated }[], paragraphs: readonly Paragraph[], headline: boolean, articleYear: number | undefined): void {
  const source = reportSource(paragraphs, headline, articleYear);
  if (!source) return;
  for (const { metric } of drafts) {
    if (metric.period || metric.offset < source.from || metric.offset >= source.to || (metric.status !== 'actual' && metric.status !== 'estimate') || NOW_OR_YEARLY.test(metric.quote)) continue;
    setPeriod(metric, source.period);
  }
}
