/**
 * A flow after a point in time: "Tính đến hết tháng 5/2024, toàn thị trường có 20.000 ATM. Số giao dịch qua POS đạt
 * 200 triệu giao dịch …" — the count of ATMs is taken at the end of May, but the transactions (a flow: revenue, exports,
 * transactions) are summed over the months from January to May. A figure in a later sentence of the paragraph that
 * took the month from the opening point (`period.iso` the month, no end), states no date of its own and names a flow,
 * gets the months from January; so does a flow whose own sentence names that month's end before it (`sentenceFlowPeriods`,
 * round 38). Pure.
 */
import type { Metric } from '../../src/schemas/metric';

/** A sentence opening on the end of a month: "Tính đến hết tháng 5/2024, …", "Đến cuối tháng 9/2023, …". */
const OPENS_ON_MONTH_END = /(?:^|[.!?]\s+)(?:(?:ước\s+)?tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+tháng\s+(\d{1,2})\s*[/-]\s*((?:19|20)\d\d)\s*,/giu;
/** Words of a flow summed over months. */
const FLOW = /(?<![\p{L}\p{M}])(?:doanh thu|xuất khẩu|nhập khẩu|kim ngạch|doanh số|giao dịch|về giá trị|về số lượng)(?![\p{L}\p{M}])/iu;
/** A date of the figure's own sentence. */
const OWN_DATE = /(?<![\p{L}\p{M}])(?:tháng|quý|năm|ngày)\s+[\divx]|\d{1,2}\s*\/\s*(?:19|20)\d\d/iu;

/** The month ends that open a sentence of `text`, with where that sentence ends (the next stop). */
function monthEnds(text: string): { iso: string; after: number }[] {
  return [...text.matchAll(OPENS_ON_MONTH_END)].map((m) => {
    const stop = text.slice(m.index + m[0].length).search(/[.!?](?:\s|$)/u);
    return { iso: `${m[2]}-${m[1]!.padStart(2, '0')}`, after: stop < 0 ? text.length : m.index + m[0].length + stop };
  });
}

/** Gives flows after an opening month end (see the module comment) the months from January. */
export function flowPeriods(drafts: readonly { metric: Pick<Metric, 'period' | 'offset' | 'quote'> }[], paragraphs: readonly { text: string; offset: number }[]): void {
  for (const p of paragraphs) {
    for (const end of monthEnds(p.text)) {
      for (const { metric: m } of drafts) {
        const at = m.offset - p.offset;
        if (at <= end.after || at >= p.text.length || end.iso.endsWith('-01') || m.period?.iso !== end.iso || m.period.isoEnd || m.period.precision !== 'month') continue;
        if (!FLOW.test(m.quote) || OWN_DATE.test(m.quote)) continue;
        m.period = { ...m.period, iso: `${end.iso.slice(0, 4)}-01`, isoEnd: end.iso };
      }
    }
  }
}

/** A month's end as a running total's cutoff in the figure's own sentence: "hết tháng 9 xuất khẩu … đạt", "Tính đến hết tháng 5/2024, doanh thu …". */
const MONTH_END_IN_SENTENCE = /(?<![\p{L}\p{M}])(?:tính\s+)?(?:(?:đến|tới)\s+)?hết\s+tháng\s+(\d{1,2})(?![\d/])(?:\s*[/-]\s*(?:19|20)\d\d)?/iu;

/**
 * Round 38: a flow whose own sentence names the month's end it is summed up to ("Cụ thể, hết tháng 9 xuất khẩu của nhóm hàng …
 * đạt 41,41 tỷ USD"): the months from January to that month, as after an opening month end (`flowPeriods`), when the flow's
 * words stand between the cutoff and the figure.
 */
export function sentenceFlowPeriods(drafts: readonly { metric: Pick<Metric, 'period' | 'quote' | 'text'> }[]): void {
  for (const { metric: m } of drafts) {
    const p = m.period;
    if (!p || p.precision !== 'month' || p.isoEnd || p.iso.endsWith('-01')) continue;
    const cut = MONTH_END_IN_SENTENCE.exec(m.quote);
    if (!cut || Number(cut[1]) !== Number(p.iso.slice(5, 7))) continue;
    const at = m.quote.indexOf(m.text, cut.index + cut[0].length);
    const between = at < 0 ? '' : m.quote.slice(cut.index + cut[0].length, at);
    if (FLOW.test(between) && !OWN_DATE.test(between)) m.period = { ...p, iso: `${p.iso.slice(0, 4)}-01`, isoEnd: p.iso };
  }
}

