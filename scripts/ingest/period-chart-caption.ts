/**
 * Round 33: a chart's caption left in the text as a paragraph of its own ("Tốc độ tăng CPI tháng 9 các năm giai đoạn
 * 2020-2024 (%). Nguồn: Cục Thống kê tỉnh"): the chart's title with its unit in brackets, then its source. Its years are
 * the chart's, no period of the paragraphs after it, and it states no figure. Pure.
 */

/** A unit in brackets, then the source, closing the paragraph: "(%). Nguồn: …", "(tỷ đồng) - Nguồn: …". */
const UNIT_THEN_SOURCE = /\((?:%|đơn vị[^()]{0,30}|[^()\d]{1,24})\)\s*[.\-–|]?\s*Nguồn\s*:\s*[^.\n]{1,80}\.?\s*$/iu;
/**
 * Years, months and quarters ("2020-2024", "tháng 9", "9 tháng", "quý II"), the only numbers a chart's caption may hold.
 * Not segment.ts's `CAPTION_DATE` (a photo caption's date): a chart plots periods, so a run of months ("6 tháng", "9 tháng")
 * is a date here, while a day ("ngày 30/9") is not; a photo shows a moment, so there a day is a date and a run of months is not.
 */
const DATES = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\p{L}\p{M}])(?:tháng|quý)\s+\d{1,2}(?!\d)|(?<![\d.,])\d{1,2}\s+tháng(?![\p{L}\p{M}])/giu;

/** True when the paragraph is a chart's caption (module comment): its unit and source close it and it holds no number but dates. */
export function isChartCaption(paragraph: string): boolean {
  return paragraph.length <= 300 && UNIT_THEN_SOURCE.test(paragraph) && !/\d/u.test(paragraph.replace(DATES, ''));
}
