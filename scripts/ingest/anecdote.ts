/**
 * One private person's own story (session 17, the lead, from set X's first reading): a reporter's scene or an
 * interviewee's experience ("chị H. chỉ mang theo 2 triệu đồng", "anh kể, mỗi lần phải đóng 900.000 đồng",
 * "… mỗi lần trả 15.000 đồng …", chị nói) tells what happened to one person, not a figure of a programme or a place.
 * A person named as private is a kinship word with a name or an initial ("chị S.", "anh Nguyễn Văn Nam") or a bare
 * "anh"/"chị" as a sentence's subject; a title by the name (an office, a firm's role, an expert) makes them a
 * source of figures, not a story. A quotation in the first person is not enough: an official speaks so too
 * ("Tôi đã đến tận nhà hơn 500 hộ", a village head). Pure; text is compared as written.
 *
 * Judged in two places, each where what it reads exists. `numbers.ts` asks `isAnecdoteNumber` and `isSceneCount` while it
 * finds a sentence's numbers: a number skipped there is not the `prev` the next number's rank field or direction is read
 * from, nor an item of a list that lends or borrows a unit, and a scene's count is told by its own unit (none) before a
 * list lends one. `metrics.ts` asks `isQuotedStoryAmount` of the numbers found: it needs the paragraph (a quotation runs
 * over sentences `findNumbers` reads one at a time) and the found metric's unit (đồng a list lent counts).
 */

import { SPOKEN_TIME } from './time-of-day';

/** A private person: a kinship word and a capitalised name or initial, or a bare "anh"/"chị" before a lowercase verb
 * ("bà"/"ông" only with a name: bare, they are as often an official named earlier); capitalised ("Anh Nam", "Bà Hoa")
 * only where a sentence or a quotation starts ("Cô Tô", "Bác Hồ", "Anh Quốc", "Bà Rịa" are a place, a leader, a
 * country); never inside a compound ("trẻ em", "công cụ", "ông bà") or a group ("các anh chị"). */
const PERSON = /(?:(?<![\p{L}\p{M}])(?<!(?:[Cc]ác|[Nn]hững|[Aa]nh|[Cc]hị|[Ee]m|[Tt]rẻ|[Cc]ông|[Dd]ụng|[Ôô]ng)\s)(?:anh|chị|em|cô|bác|bà|ông)|(?<=^|["“(]\s*)(?:Anh|Chị|Em|Bà|Ông))(?:\s+(?!(?:Quốc|Rịa|Đen|Chiểu)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*\.?(?:\s+\p{Lu}[\p{L}\p{M}]*\.?){0,3}|(?<=(?:anh|chị|Anh|Chị))(?=\s+\p{Ll}))(?![\p{L}\p{M}])/gu;
/** A title or role by a person's name: they speak for an office, a firm or a field. */
const TITLE = /(?<![\p{L}\p{M}])(?:giám đốc|phó|chủ tịch|trưởng|bí thư|bộ trưởng|thứ trưởng|tổng|đại diện|lãnh đạo|chuyên gia|cán bộ|công chức|chủ nhiệm|người phát ngôn|nhà sáng lập|đồng sáng lập|sáng lập|ceo|founder|hiệu trưởng|tiến sĩ|ts\.|pgs|gs\.|thạc sĩ|luật sư|kỹ sư trưởng)(?![\p{L}\p{M}])/iu;
/** How far around the amount a person, a title or earnings are looked for (a sentence's span; bounded so long texts stay linear). */
const REACH = 240;
/** What a trade earns: a private person's shop figures are its results ("doanh thu mỗi tháng 60 triệu đồng"), no story. */
const EARNINGS = /(?<![\p{L}\p{M}])(?:doanh\s+thu|doanh\s+số|lợi\s+nhuận|thu\s+nhập|thu\s+về|lãi|bán\s+được|giá\s+trị\s+(?:đơn\s+hàng|giao\s+dịch))(?![\p{L}\p{M}])/iu;
/** A quotation mark that may close a quotation. */
const CLOSE_QUOTE = /["”]/gu;

/** True when the text before `p` of `s` leaves a quotation open. */
function inQuotation(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - REACH), p);
  const straight = (before.match(/"/gu) ?? []).length;
  const curlyOpen = (before.match(/“/gu) ?? []).length;
  const curlyClose = (before.match(/”/gu) ?? []).length;
  return straight % 2 === 1 || curlyOpen > curlyClose;
}

/** True when a private person (no title within the 60 characters after the name) stands in `text`. */
function namesPrivatePerson(text: string): boolean {
  for (const m of text.matchAll(PERSON)) {
    if (!TITLE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) && !TITLE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/**
 * True when the amount of money at `p` of sentence `s` is one private person's own (`numbers.ts` asks it for amounts in
 * đồng only: a private person's counts, as a seller's products or customers, stay claims): a private person is named
 * before it in the sentence, or it stands in a quotation tagged after it by a private person ("…", chị phàn nàn); not what
 * a trade earns (`EARNINGS`).
 */
export function isAnecdoteNumber(s: string, p: number): boolean {
  if (speaksForOthers(s, p)) return false;
  return namesPrivatePerson(s.slice(Math.max(0, p - REACH), p)) || ((inQuotation(s, p) || closesOpenQuotation(s, p)) && taggedByPrivatePerson(s, p));
}

/** Round 38: a public body or a group that acts before the amount ("Ông Nhã cho biết, tháng 4.2024, Bộ Thông tin và Truyền
 * thông đã tổ chức cấp phép …, với số tiền khoảng 12.700 tỷ đồng"): the amount is the body's, whoever reports it. */
const PUBLIC_BODY = /(?<![\p{L}\p{M}])(?:Bộ|Sở|Cục|Tổng cục|UBND|Ủy ban|Uỷ ban|Chính phủ|Quốc hội|Ngân hàng Nhà nước|Tập đoàn|Tổng công ty|Ban Chỉ đạo|Hội đồng)\s+\p{Lu}?/u;

/** Round 39: a crime's report or its victim around the amount ("Theo trình báo của chị T, … chị đã chuyển hơn 7 tỷ đồng", "nạn
 * nhân bị chiếm đoạt …"): the loss is a case's figure on the public record, not a private story. */
const CRIME_REPORT = /(?<![\p{L}\p{M}])(?:trình báo|tố giác|tố cáo|lừa đảo|chiếm đoạt|bị lừa|nạn nhân)(?![\p{L}\p{M}])/iu;

/** True when a title stands around the amount at `p` of `text` (an official's, a firm's or an expert's figure), what a
 * trade earns before it (`EARNINGS`), a public body acts before it (`PUBLIC_BODY`) or a crime is reported around it
 * (`CRIME_REPORT`): no private story. */
function speaksForOthers(text: string, p: number): boolean {
  const from = Math.max(0, p - REACH);
  return TITLE.test(text.slice(from, p + REACH)) || EARNINGS.test(text.slice(from, p)) || PUBLIC_BODY.test(text.slice(from, p)) || CRIME_REPORT.test(text.slice(from, p + REACH));
}

/** Where the first closing quotation mark after `p` of `text` stands; -1 when none does. */
function closingMark(text: string, p: number): number {
  CLOSE_QUOTE.lastIndex = p;
  return CLOSE_QUOTE.exec(text)?.index ?? -1;
}

/** True when a private person is named right after the first closing mark after `p` of `text` ("…”, chị Mai kể"): the quotation's speaker. */
function taggedByPrivatePerson(text: string, p: number): boolean {
  const close = closingMark(text, p);
  return close >= 0 && namesPrivatePerson(text.slice(close + 1, close + 40));
}

/** True when the text from `p` to the first closing mark after it ends on a curly closing mark none opened: a quotation
 * that began before the sentence (its opening mark in an earlier paragraph) and is tagged after it ("… 10.000 đồng …”, chị nói). */
function closesOpenQuotation(text: string, p: number): boolean {
  const close = closingMark(text, p);
  return close >= 0 && text[close] === '”' && !text.slice(p, close).includes('“');
}

/** A time of day ("đúng 7 giờ 30", "lúc 8 giờ", "9 giờ sáng", "6h30 sáng") and a short clause after it (no sentence break). */
const CLOCK_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\p{M}])(?:đúng|lúc|từ)\s+${SPOKEN_TIME}|(?<![\p{L}\p{M}\d])${SPOKEN_TIME}\s+(?:sáng|chiều|tối|trưa|đêm))(?![\p{L}\p{M}\d])[^.!?;]{0,80}$`, 'iu');
/** The workers or helpers a scene shows at work or present, right after the count (not a crowd of "người": hundreds
 * queueing at 7 a.m. are an event's figure). */
const PEOPLE_AFTER = /^\s+(?:sinh viên|học sinh|nhân viên|cán bộ|chiến sĩ|đoàn viên|tình nguyện viên|thành viên|y bác sĩ|bác sĩ|điều dưỡng|công an)(?![\p{L}\p{M}])/iu;

/**
 * True when the bare count at `p` … `end` of `s` (one or two digits: a handful) counts the workers of a reporter's
 * scene: a time of day shortly before it ("Đúng 7 giờ sáng, 12 đoàn viên đã có mặt …", "9 giờ sáng, 5 nhân viên …"), so what one morning shows, not a
 * figure a programme reports. A span of hours ("trong 12 giờ") is no time of day.
 */
export function isSceneCount(s: string, p: number, end: number): boolean {
  return /^\d{1,2}$/u.test(s.slice(p, end)) && PEOPLE_AFTER.test(s.slice(end, end + 30)) && CLOCK_BEFORE.test(s.slice(Math.max(0, p - 120), p));
}

/**
 * True when the amount of money at `p` of `paragraph` stands in a quotation the paragraph tags after it with a private
 * person, however many sentences the quotation runs on ("“Khách chỉ trả 5.000 đồng … Tôi ngại lắm”, chị Mai kể.");
 * `isAnecdoteNumber` reads one sentence, so it misses a quotation whose tag is sentences away (round 34).
 */
export function isQuotedStoryAmount(paragraph: string, p: number): boolean {
  return !speaksForOthers(paragraph, p) && inQuotation(paragraph, p) && taggedByPrivatePerson(paragraph, p);
}
