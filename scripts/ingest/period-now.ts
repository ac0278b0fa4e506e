/**
 * Round 15: "now" on an undated page that reports an event. A page with no date of its own that tells of a meeting
 * or a visit on a day ("Tại phiên họp … diễn ra ngày 24/9, …") and then of how things stand ("Đến nay, đã có 630 cơ
 * sở …") reports the state at that event: the paragraph that opens on now takes the event's month (its year from the
 * date itself, else from the first year the page states, else from a date of its sentence). A deadline day ("trước 30/9", "chậm nhất ngày 15/10") is no
 * event. Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import type { DateMatch } from './dates';
import { DEADLINE_BEFORE_DATE } from './goal-lexicon';

/** The month of the last event day a sentence names (a day, no span, no deadline before it), with `year` (else a year the sentence states) when its own is missing. */
export function eventMonth(sentence: string, dates: readonly DateMatch[], year: string | undefined): Period | undefined {
  const lower = sentence.toLowerCase();
  const d = dates.filter((x) => x.precision === 'day' && !x.isoEnd && !DEADLINE_BEFORE_DATE.test(lower.slice(Math.max(0, x.start - 20), x.start))).at(-1);
  if (!d) return undefined;
  const own = (x: DateMatch) => !x.yearMissing && !x.iso.startsWith('0000');
  const y = own(d) ? d.iso.slice(0, 4) : year ?? dates.find(own)?.iso.slice(0, 4);
  return y ? { iso: `${y}-${d.iso.slice(5, 7)}`, precision: 'month', text: d.text } : undefined;
}
