import type { Precision } from '../../src/schemas/metric';
import { findDates, parseDateline, type DateMatch } from './dates-find';
import { gluedSourceDateline, headLinesBelowLead, labelledStoreDate } from './dates-page-lines';
import { isValidDate } from './dates-calendar';
import { WEEKDAY } from './dates-rules';
import { isContactLine } from './dateline-meta';
import { OPENS_ON_ENGLISH_WEEKDAY, englishDatelineDate } from './english-dateline';
import { CLOCK, CLOCK_OR_H } from './time-of-day';

/** Round 51: a clock ("08:12") on a line, for an English stamp over a Vietnamese page. */
const TIME_BESIDE = new RegExp(CLOCK, 'u');
/** A time of day ("17:48", "9h30") beside a dateline's date. */
const TIME = new RegExp(CLOCK_OR_H, 'gu');

/** An article's date with where it came from and the words it was read from. */
export interface ArticleDateResult {
  iso: string;
  precision: Precision;
  source: 'text' | 'inferred';
  evidence: string;
}

/** How many non-empty paragraphs count as the lead. */
const LEAD_PARAGRAPHS = 3;
/** How far into a lead paragraph a full date still counts as "at the start" ("TCCS - Ngày 6-2-2025,"). */
const LEAD_START = 40;
const EVENT_TIME = /^(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm|khuya|hôm)(?![\p{L}])/iu;
/** Words that make a date before them a document's date, not the event's ("Quyết định … ngày 3/6/2020"). */
const DOCUMENT_WORDS = /(?<![\p{L}])(?:quyết\s+định|nghị\s+định|nghị\s+quyết|thông\s+tư|chỉ\s+thị|công\s+văn|luật|văn\s+bản|ban\s+hành|ký)(?![\p{L}])/iu;
/** Words about figures and their release ("theo số liệu công bố ngày …", "dữ liệu cập nhật đến …"): a line with them dates the data, not the page. */
const DATA_WORDS = /(?<![\p{L}])(?:số\s+liệu|dữ\s+liệu|tính\s+toán|thống\s+kê)(?![\p{L}])/iu;
/** Words that make a sentence a plan, a goal or an order rather than a report. */
const TARGET_WORDS = /(?<![\p{L}])(?:mục\s+tiêu|phấn\s+đấu|sẽ|cần|phải|dự\s+kiến|kỳ\s+vọng|định\s+hướng|đặt\s+ra|chỉ\s+tiêu|trở\s+thành|yêu\s+cầu|đề\s+nghị|hướng\s+tới)(?![\p{L}])/iu;
/** "Cần" starting a proper name ("Cần Thơ", "Cần Giờ"), which is not the word "cần" (need). Case-sensitive on purpose. */
const CAN_IN_NAME = /(?<![\p{L}])[Cc]ần(?=\s+\p{Lu})/gu;
/** Words just before a date that make it a deadline or a horizon. */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:tầm\s+nhìn(?:\s+đến)?|trước|chậm\s+nhất|muộn\s+nhất|hạn(?:\s+chót)?)\s*$/iu;
const UNTIL_BEFORE = /(?<![\p{L}])(?:đến|tới)\s*$/iu;
const PAST_MARK = /(?<![\p{L}])(?:đã|(?<!nhỏ và )vừa(?! và nhỏ))(?![\p{L}])/iu;
/** Start and end of the sentence around `at` ("." "!" "?" "…" before a space, or a line break). */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(/[.!?…](?=\s)|\n/gu)) {
    if (m.index < from) start = m.index + m[0].length;
    else if (m.index >= to) { end = m.index; break; }
  }
  return [start, end];
}

/**
 * True when the date `m` found in `text` is a goal, deadline or horizon rather than something that happened:
 * "tầm nhìn đến năm 2030", "trước 31/12/2024", a sentence with "phấn đấu", "cần", "sẽ", "yêu cầu" …,
 * or "đến năm 2030" in a sentence without "đã"/"vừa".
 */
export function isTargetDate(text: string, m: Pick<DateMatch, 'start' | 'end'>): boolean {
  const [s, e] = sentenceAround(text, m.start, m.end);
  const before = text.slice(Math.max(s, m.start - 30), m.start);
  const sentence = text.slice(s, e);
  if (DEADLINE_BEFORE.test(before) || TARGET_WORDS.test(sentence.replace(CAN_IN_NAME, ''))) return true;
  return UNTIL_BEFORE.test(before) && !PAST_MARK.test(sentence);
}

/** Round 44: words that make a day the time a figure is counted to or from ("Về mobile money, tính đến 31/3/2023, số lượng …", a page
 *  cut off after it): prose, no byline. */
const AS_OF_BEFORE = /(?<![\p{L}\p{M}])(?:tính\s+)?(?:đến|tới|từ|trước|sau)(?:\s+hết)?(?:\s+ngày)?\s*$/iu;

/**
 * The date of a byline or update line: a short line (at most 100 characters, no sentence in it, at most
 * 40 letters besides the date and time) whose
 * only date is one full day, not a document's ("Cập nhật: 14/07/2023 05:07", "Tác giả - 05:07, 14/07/2023")
 * nor a data release's ("(Tính toán theo số liệu công bố ngày 3/1/2025 của Tổng cục Thống kê)") nor a figure's cut-off day (`AS_OF_BEFORE`).
 */
export function bylineDate(line: string): DateMatch | undefined {
  const t = line.trim();
  if (t.length > 100 || /[.!?…](?:\s+\p{Lu}|\s*$)/u.test(t) || DOCUMENT_WORDS.test(t) || DATA_WORDS.test(t)) return undefined;
  const found = findDates(t);
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  if (m.precision !== 'day' || m.yearMissing || m.isoEnd || AS_OF_BEFORE.test(t.slice(0, m.start))) return undefined;
  const rest = (t.slice(0, m.start) + t.slice(m.end)).replace(TIME, '');
  return /\d/u.test(rest) || rest.replace(/[\s,|()\-–—:]/gu, '').length > 40 ? undefined : m;
}

/** A byline's stamp run into the page's first line: a bullet or a bar, a full day, its time ("Thanh Phúc • 26/07/2024 09:15"). */
const INLINE_STAMP = new RegExp(String.raw`[•|]\s*(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(?:19|20)\d\d)\s+${CLOCK}(?!\d)`, 'u');
/** How far into the first line such a stamp may stand (a section name and the headline run before it). */
const STAMP_REACH = 300;

/** Session 25: a page's stamp run into its first line: a clock, then a full day, then the text ("13:47 21/07/2023 Theo báo cáo …"). */
const OPENING_STAMP = new RegExp(String.raw`^\s*${CLOCK}\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(?:19|20)\d\d)(?!\d)`, 'u');

/** Where the text after a stamp opening `line` (`OPENING_STAMP`, and the space after it) starts: 0 when none opens it. */
export function afterOpeningStamp(line: string): number {
  const m = OPENING_STAMP.exec(line);
  return m ? m.index + m[0].length + (/^\s*/u.exec(line.slice(m.index + m[0].length))?.[0].length ?? 0) : 0;
}

/** The day of a stamp that opens a line (`OPENING_STAMP`): a clock right before a date is the page's, never the prose's. */
export function openingStampDate(line: string | undefined): DateMatch | undefined {
  const m = OPENING_STAMP.exec(line ?? '');
  if (!m) return undefined;
  const at = m.index + m[0].length - m[1]!.length;
  return findDates(m[1]!).map((d) => ({ ...d, start: d.start + at, end: d.end + at })).find((d) => d.precision === 'day' && !d.yearMissing);
}

/**
 * Round 38: the date of a byline's stamp inside a first line that a page stored with every line run together ("Kinh tếNgười
 * dân … đi chợThanh Phúc • 26/07/2024 09:15Chỉ cần …"): the bullet or bar and the time of day make it the page's stamp, not a
 * date the prose names.
 */
export function inlineStampDate(line: string | undefined): DateMatch | undefined {
  const m = INLINE_STAMP.exec((line ?? '').slice(0, STAMP_REACH));
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  return findDates(m[1]!).map((d) => ({ ...d, start: d.start + at, end: d.end + at })).find((d) => d.precision === 'day' && !d.yearMissing);
}

/** Round 51: the seconds of a stamp's clock and a page's view counter closing it ("… 09/08/2022 04:02:00 629"); round 52: the bracket of a stamp
 *  printed in brackets ("Tiêu đề (11:33 28/07/2021)"). */
const VIEW_COUNT = /^(?::\d{2})?\)?(?:\s+\d{1,7})?\s*$/u;

/**
 * The outlet's dateline printed at the end of the headline line: a full day with its time of day, closing the
 * line after the title's words ("Tiêu đề bài viết 04/02/2026 13:00", "… | 13:00 04/02/2026"; round 51: a view counter may close it; round 52: in
 * brackets, "Tiêu đề (11:33 28/07/2021)"). A date inside the
 * title without a time ("… ngày 5/3/2024 của Chính phủ") or followed by more words is the title's own.
 */
export function headlineDate(title: string): DateMatch | undefined {
  const t = title.trim();
  const m = findDates(t).at(-1);
  if (!m || m.precision !== 'day' || m.yearMissing || m.isoEnd || !m.time) return undefined;
  if ((t.slice(m.end).trim() !== '' && !VIEW_COUNT.test(t.slice(m.end))) || DOCUMENT_WORDS.test(t.slice(Math.max(0, m.start - 30), m.start))) return undefined;
  return /\p{L}/u.test(t.slice(0, m.start)) ? m : undefined;
}

/** A header-table cell: a short line with no sentence end ("ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "Hà Nội, ngày 5 tháng 3 năm 2024"). */
const HEADER_CELL = 40;
/** How many header cells may open a page before its lead. */
const HEADER_CELLS = 12;

function isHeaderCell(p: string): boolean {
  const t = p.trim();
  return t.length <= HEADER_CELL && !/[.!?…]$/u.test(t);
}

/**
 * The lead: the first non-empty paragraphs, where the short cells of an issuing authority's header table that
 * open a document page (one per line: the authority, the national motto, "Số: …", the place-and-date line) and
 * an outlet's line of telephone numbers above its section name (`isContactLine`) do not use up the lead's count.
 */
export function leadOf(paragraphs: string[]): string[] {
  const nonEmpty = paragraphs.filter((p) => p.trim() !== '');
  let header = 0;
  while (header < HEADER_CELLS && header < nonEmpty.length && (isHeaderCell(nonEmpty[header]!) || isContactLine(nonEmpty[header]!))) header += 1;
  return nonEmpty.slice(0, header + LEAD_PARAGRAPHS);
}

/** How many title lines a legal site may print above a document's header table (the title, sometimes twice). */
const TITLE_LINES = 2;

/**
 * Round 48: the lead below the title a legal site prints (once or twice) above a document's header table ("Kế hoạch 11252/KH-UBND …",
 * then "ỦY BAN NHÂN DÂN", …, "Khánh Hòa, ngày 30 tháng 10 năm 2023"); undefined when the page does not open so.
 */
export function leadBelowTitle(paragraphs: string[]): string[] | undefined {
  const nonEmpty = paragraphs.filter((p) => p.trim() !== '');
  const header = nonEmpty.slice(0, TITLE_LINES + 1).findIndex(isHeaderCell);
  return header > 0 ? leadOf(nonEmpty.slice(header)) : undefined;
}

/**
 * What stands before a lead's dateline: an outlet or place and a separator ("TCCS - ", "(VTC News) - ", "Trà Vinh, ", round 52: a place named
 * with a dash, "Bà Rịa - Vũng Tàu, "),
 * or a place and an outlet whose parenthesis holds the date ("Huế (VNA 3/5/2024) …").
 */
const DATELINE_PREFIX = /^\s*(?:\([^()]{2,40}\)\s*(?:[-–—:,|]\s*)?|(?:\p{Lu}[\p{L}\p{M}' ]{1,25}\s[-–]\s)?[\p{L}\p{M}&.' ]{2,40}[-–—:,|]\s*|(?:[\p{L}\p{M}.' ]{2,40})?\(\s*\p{Lu}[\p{L}\p{M}&.' ]{1,30}[\s,:-]*)$/u;
/**
 * A sentence's linking words before its date ("Trước đó, ngày 1/11/2024, …", "Mới đây, ngày …", "Theo đó, …"): the date of an event the story goes back to,
 * no outlet or place (round 31f); an attribution too ("Theo UBND tỉnh, ngày 21/9/2023, … ký ban hành …": what the source did that day, round 36);
 * round 52: a phrase that goes on from what came before ("Thực hiện kế hoạch này, ngày 21/4/2022, …", "Trên cơ sở quan điểm đó, ngày 05/8/2022, …").
 */
const LINK_PREFIX = /^\s*(?:theo\s+[^,]{2,40}|trước đó|sau đó|từ đó|mới đây|gần đây|trước đây|đến nay|hiện nay|tuy nhiên|đồng thời|ngoài ra|bên cạnh đó|trong khi đó|cụ thể|như vậy|do đó|vì vậy|mặt khác|riêng|(?:thực hiện|trên cơ sở|căn cứ|nhằm|để|sau khi|tiếp đó|tiếp theo)(?:\s+[^,]{1,40})?|[^,]{1,40}\s(?:đó|này|ấy))\s*[-–—:,|]\s*$/iu;
/** A document's number cell flattened onto its place-and-date line ("Số: 12/KH-UBND Hà Nội, ngày …", "Số: 45 /BC-SYT …"): no part of the dateline's prefix. */
const NUMBER_CELL = /^\s*Số\s*:?\s*\d+\s?\/\s?[\p{Lu}\p{N}&-]+\s+/u;
/** A channel's or outlet's name with a digit glued to its capitals ("VTV1: ", "VOV2 - "): no number before a dateline. */
const NAME_WITH_DIGITS = /\p{Lu}{2,}\d{1,2}(?!\p{N})/gu;
/** A lead line that is no more than a date, a time and a few words ("Kinh tế 27/05/2025 20:57"). */
const SHORT_LINE = 60;

/**
 * A full date that opens a lead paragraph as its dateline ("TCCS - Ngày 6-2-2025, …", "Trà Vinh, ngày 29
 * tháng 10 năm 2024", "Kinh tế 27/05/2025 20:57") or names the event's time after one ("TCCS - Sáng
 * 14/7/2023, …"). A lead sentence that merely opens on the day of the event it reports ("Ngày 02/6/2025,
 * diễn ra Họp báo …", no outlet or place before it) is the event's date, not the report's: the schema
 * cannot say it came from the lead and the page would show it as the publication date.
 */
function leadFullDate(lead: string[]): DateMatch | undefined {
  for (const p of lead) {
    const stamp = headlineDate(p); // a byline line closing on the outlet's date and time ("Tác giả - Học viện … 14/09/2023 05:30", round 31f)
    if (stamp) return stamp;
    for (const m of findDates(p)) {
      if (m.precision !== 'day' || m.yearMissing || m.isoEnd || isTargetDate(p, m)) continue;
      const before = p.slice(0, m.start).replace(NUMBER_CELL, '').replace(NAME_WITH_DIGITS, 'X');
      const opens = m.start <= LEAD_START && !/\p{N}/u.test(before.replace(TIME, '')) && !DOCUMENT_WORDS.test(before); // "- 17:48 - 08.12.2025": a time may stand before
      const dateline = !LINK_PREFIX.test(before) && (DATELINE_PREFIX.test(before) || p.trim().length <= SHORT_LINE);
      if ((opens || EVENT_TIME.test(m.text)) && dateline) return m;
    }
  }
  return undefined;
}

function leadDayMonth(lead: string[]): DateMatch | undefined {
  for (const p of lead) {
    const m = findDates(p).find((d) => d.precision === 'day' && d.yearMissing && !d.isoEnd && !isTargetDate(p, d));
    if (m) return m;
  }
  return undefined;
}

/** A draft's place-and-date line with the day and month left blank ("Hà Nội, ngày    tháng    năm 2023", "ngày …tháng …năm 2024", round 35): its year. */
/** A document page's labelled issue date ("Ngày ban hành: 31/05/2022", a legal database's field, round 35). */
const ISSUED_FIELD = /(?<![\p{L}\p{M}])ngày\s+ban\s+hành\s*:\s*/iu;

/** The full date right after an issue-date label in `paragraph`, if any. */
function issuedFieldDate(paragraph: string): DateMatch | undefined {
  const label = ISSUED_FIELD.exec(paragraph);
  if (!label) return undefined;
  const at = label.index + label[0].length;
  return findDates(paragraph).find((d) => d.start === at && d.precision === 'day' && !d.yearMissing && !d.isoEnd);
}

/** How many first paragraphs may hold it (or the issue-date field): a document's header (issuer, motto, "DỰ THẢO") stands above it. */
const BLANK_DATELINE_REACH = 6;
const BLANK_DATELINE = /^\s*\p{Lu}[\p{L}\p{M}. ]{1,30},\s*ngày[\s.…_]*tháng[\s.…_]*năm\s+((?:19|20)\d\d)\s*$/u;

/** Round 53: a site's clock on the line above the headline: a weekday and a day, nothing else ("Thứ hai, ngày 25/09/2023"). */
const SITE_CLOCK = new RegExp(String.raw`^\s*${WEEKDAY}\s*,?\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}\s*$`, 'iu');

/**
 * Chooses an article's publication or event date from its dateline (if any) and its lead — never from
 * a cited document ("Quyết định số …/QĐ-TTg ngày …"), a target year or a plan's period, and never a
 * year guessed from the periods the text reports:
 * 1. a dateline that is a full date (round 53: unless it is the site's clock, `SITE_CLOCK`, over the page's own stamp with its time on the
 *    first line below the headline: that stamp), or one closing the headline line with its time (`headlineDate`), else a byline among the last lines ("Cập nhật: 14/07/2023 05:07",
 *    "Nguyễn Văn A - 05:07, 14/07/2023", "Theo Báo X (14/7/2023)") → `text`, day;
 * 1b. (session 47) a stored date labelled "date" opening the title, the first paragraph or the text's first line (`head`, even a caption's) ("date 2025-12-09 …", "date 2023-10 …",
 *    `labelledStoreDate`) → `text`, day or month;
 * 2. a full date opening a lead paragraph as its dateline ("TCCS - Ngày 6-2-2025, …", "Đà Nẵng, ngày 5
 *    tháng 3 năm 2024 -", a short line "Kinh tế 27/05/2025 20:57") or naming the event's time after an
 *    outlet or place, or a lead line closing on a date and time (a byline: "Tác giả - Viện … 14/09/2023 05:30") → `text`, day;
 *    never a lead sentence opening on its event's day with nothing but linking words before it ("Ngày 02/6/2025,
 *    diễn ra Họp báo …", "Trước đó, ngày 1/11/2024, …");
 * 3. a document page's issue-date field ("Ngày ban hành: 31/05/2022") → `text`, day; else a draft's place-and-date line
 *    with the day and month blank ("Hà Nội, ngày    tháng    năm 2023") → `text`, year;
 * 4. on an English page (`english`), a short lead, last or head line dated in English ("May 30, 2024 | 10:15 am", `englishDatelineDate`) → `text`, day;
 * 5. a day-month without year in the lead ("vào sáng 19/7") with the year of a dateline → `text`, day;
 * 6. otherwise the dateline's date at its precision.
 * Null when nothing dates the text: the article is published with date `unknown` (editors may add one).
 */
export function findArticleDate(input: { dateline?: string; title?: string; paragraphs: string[]; tail?: string[]; english?: boolean; head?: string }): ArticleDateResult | null {
  const { dateline, paragraphs } = input;
  const repeated = input.title && paragraphs[0]?.trim().startsWith(input.title.trim()) ? headlineDate(paragraphs[0]) : undefined; // round 51: the headline printed again with its stamp under it
  const full = (dateline ? parseDateline(dateline) : null) ?? (input.title ? headlineDate(input.title) : undefined) ?? repeated;
  const stampBelow = dateline && SITE_CLOCK.test(dateline) ? bylineDate(paragraphs.find((p) => p.trim() !== '') ?? '') : undefined;
  if (stampBelow?.time) return { iso: stampBelow.iso, precision: 'day', source: 'text', evidence: stampBelow.text }; // the site's clock above the headline, the page's stamp below it
  if (full) return { iso: full.iso, precision: 'day', source: 'text', evidence: full.text };
  const byline = (input.tail ?? []).map(bylineDate).find((d) => d !== undefined);
  if (byline) return { iso: byline.iso, precision: 'day', source: 'text', evidence: byline.text };
  const first = paragraphs.find((p) => p.trim() !== '');
  const stamp = inlineStampDate(input.title) ?? inlineStampDate(first) ?? openingStampDate(input.title) ?? openingStampDate(first);
  if (stamp) return { iso: stamp.iso, precision: 'day', source: 'text', evidence: stamp.text };
  const labelled = labelledStoreDate(input.title) ?? labelledStoreDate(first) ?? labelledStoreDate(input.head); // `head`: the text's first line, a caption too
  if (labelled) return labelled;
  const datelineDate = dateline ? findDates(dateline).find((d) => !d.yearMissing) : undefined;
  const lead = leadOf(paragraphs);

  const below = datelineDate ? undefined : leadBelowTitle(paragraphs); // a dateline of the page's own outranks its document's date
  const opening = leadFullDate(lead) ?? (below && leadFullDate(below));
  if (opening) return { iso: opening.iso, precision: 'day', source: 'text', evidence: opening.text };

  const top = paragraphs.filter((p) => p.trim() !== '').slice(0, BLANK_DATELINE_REACH); // a document's header lines
  const issued = top.map(issuedFieldDate).find((d) => d !== undefined);
  if (issued) return { iso: issued.iso, precision: 'day', source: 'text', evidence: issued.text };
  const blank = top.map((p) => BLANK_DATELINE.exec(p)).find((m) => m !== null);
  if (blank) return { iso: blank[1]!, precision: 'year', source: 'text', evidence: blank[0].trim() };

  const english = input.english ? englishDatelineDate([...(input.title ? [input.title] : []), ...lead, ...(input.tail ?? []), ...headLinesBelowLead(top, lead.length)]) : englishDatelineDate([...[input.title, first].filter((l): l is string => l !== undefined && TIME_BESIDE.test(l)), ...top.filter((l) => OPENS_ON_ENGLISH_WEEKDAY.test(l))]); // round 51: a Vietnamese page under an English stamp with its clock ("October 08, 2024 | 08:12 GMT+7"); session 54: or a top line opening on an English weekday ("Wednesday, November 29, 2023")
  if (english) return { iso: english.iso, precision: 'day', source: 'text', evidence: english.text };
  const glued = gluedSourceDateline(paragraphs); // session 48: an aggregator's date line under the sapo; review: after the page's own datelines, bylines and stamps
  if (glued) return { iso: glued.iso, precision: 'day', source: 'text', evidence: glued.text };

  const dm = leadDayMonth(lead);
  if (dm && datelineDate) {
    const [month, day] = dm.iso.slice(5).split('-').map(Number) as [number, number];
    const year = Number(datelineDate.iso.slice(0, 4));
    if (isValidDate(year, month, day)) {
      return { iso: `${String(year).padStart(4, '0')}-${dm.iso.slice(5)}`, precision: 'day', source: 'text', evidence: `${dm.text} (năm từ dòng ngày: ${datelineDate.text})` };
    }
  }
  return datelineDate ? { iso: datelineDate.iso, precision: datelineDate.precision, source: 'text', evidence: datelineDate.text } : null;
}
