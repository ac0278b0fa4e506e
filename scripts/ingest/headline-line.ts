/**
 * Whether a page's first line is its headline, beyond the plain shape `segment.ts` reads (`isTitleLike`).
 *
 * A first line that ends with "." and is still the headline: some sites print the title as a sentence
 * ("Giao chỉ tiêu … giai đoạn 2022-2025.", "Thanh Chương: UBND xã … triển khai Kế hoạch … năm 2025.").
 * It is one when it stands alone (a blank line after it) and what follows is the page's dateline, or a
 * longer lead that restates it (most of its words again). A one-sentence lead ends with "." too, but the
 * paragraph after it goes on to other words, or it is longer than a headline (a sapo the body restates); a date-led line
 * ("Ngày 8/4, …") reports, it is no title.
 *
 * A title-shaped first line that is a photo caption: the stored page opens on the photo, so the next line
 * is already a section heading of the body ("Nhiệm vụ cấp thiết"), in sentence case (not a byline's name),
 * and a paragraph, not a dateline, comes after it. Pure.
 */

/** The most characters a dotted headline has. */
const MAX = 200;
/** The share of the line's words the lead must repeat. */
const RESTATED = 0.8;
/** The most words a headline restated by its lead has: a longer sentence the paragraph after it restates is a sapo (round 27a). */
const MAX_RESTATED_WORDS = 25;

/** Lowercase words of a line (letters and digits), for comparing a headline with its lead. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** True when the line holds a number that is no year ("2025") or span of years ("2022-2025"). */
export function hasFigure(line: string): boolean {
  return (line.match(/\d+(?:[.,]\d+)*/gu) ?? []).some((n) => !/^(?:19|20)\d\d$/u.test(n));
}

/** The day or the part of a day an event is told on ("ngày", "sáng", "chiều" …), the start of `DATED_OPENING` and `DATED_LEAD`. */
const DAY_WORDS = 'ngày|sáng|trưa|chiều|tối|đêm';
/** A line that opens on a time or a date ("Ngày 8/4,", "Sáng 12/3,", "Chiều nay,"): a lead, not a title. */
const DATED_OPENING = new RegExp(`^(?:${DAY_WORDS}|hôm|sáng nay|chiều nay|tối nay|mới đây|vừa qua)(?![\\p{L}\\p{M}])`, 'iu');

/** A line opening on a time of day and a day of a month, then a comma ("Ngày 19-6-2024, Bộ trưởng … ban hành …", "Sáng 27/1, …"). */
const DATED_LEAD = new RegExp(`^(?:${DAY_WORDS})\\s+\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\s*,`, 'iu');

/** True when a first line without a final period still reports what happened on a day (`DATED_LEAD`): a lead or a
 * photo's caption cut short, never a headline, which does not open on a dated clause (round 47). */
export function isDatedLead(line: string): boolean {
  return DATED_LEAD.test(line.trim());
}

/** The shape a dotted headline keeps: one sentence, not too long, no date-led opening, capitalised. */
function headlineShape(line: string): boolean {
  const s = line.trim();
  if (s.length > MAX || !/[^.]\.$/u.test(s) || !/^\p{Lu}/u.test(s) || DATED_OPENING.test(s)) return false;
  return !/[.!?…]["”’)]?\s+\p{Lu}/u.test(s.slice(0, -1)); // two sentences: a paragraph
}

/** True when `next` repeats most of the words of `line` and is longer (a lead restating its headline), and the line states no figure and is no longer than a headline (`MAX_RESTATED_WORDS`). */
export function restates(line: string, next: string): boolean {
  const own = words(line);
  if (own.length < 4 || own.length > MAX_RESTATED_WORDS || next.length <= line.length || hasFigure(line)) return false;
  const theirs = new Set(words(next));
  return own.filter((w) => theirs.has(w)).length / own.length >= RESTATED;
}

/**
 * True when a first line ending with "." is the headline: its shape (`headlineShape`), a blank line
 * after it (`blankAfter`), and the next line is a dateline (`nextIsDateline`) or restates it (`restates`).
 */
export function isDottedHeadline(line: string, next: string | undefined, blankAfter: boolean, nextIsDateline: boolean): boolean {
  if (!blankAfter || next === undefined || !headlineShape(line)) return false;
  return nextIsDateline || restates(line, next);
}

/** Words of a section heading: two to eight, the first capitalised, the others lowercase (a byline's name capitalises each). */
function isSectionHeading(line: string): boolean {
  const w = line.trim().split(/\s+/u);
  if (w.length < 2 || w.length > 8 || /[.:;,!?]$/u.test(line.trim()) || /\d/u.test(line)) return false;
  return /^\p{Lu}/u.test(w[0]!) && w.slice(1).every((x) => /^\p{Ll}/u.test(x));
}

/**
 * True when a title-shaped first line is a photo caption: the next line is a section heading
 * (`isSectionHeading`) and the one after it a paragraph (`afterIsDateline` false, longer than `MAX`).
 */
export function isCaptionOpening(next: string | undefined, after: string | undefined, afterIsDateline: boolean): boolean {
  return next !== undefined && after !== undefined && !afterIsDateline && isSectionHeading(next) && after.length > MAX;
}

/** The type of an official document printed alone on its first line ("KẾ HOẠCH", "QUYẾT ĐỊNH", "BÁO CÁO"). */
const DOCUMENT_TYPE = /^(?:kế\s+hoạch|quyết\s+định|nghị\s+quyết|nghị\s+định|báo\s+cáo|chỉ\s+thị|thông\s+báo|thông\s+tư|tờ\s+trình|đề\s+án|chương\s+trình|công\s+văn|kết\s+luận|hướng\s+dẫn|chiến\s+lược|dự\s+thảo)$/iu;

/** The national title every official document's header prints ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), often flattened beside the issuing authority. */
const NATIONAL_TITLE = /(?<![\p{L}\p{M}])CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM(?![\p{L}\p{M}])/u;

/**
 * True when a first line is no more than an official document's type in capitals ("KẾ HOẠCH", "NGHỊ QUYẾT"), or a
 * header line in capitals holding the national title ("ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", round
 * 29a): the page is the document itself, whose title line comes after; it is no headline of a report.
 */
export function isDocumentType(line: string): boolean {
  const s = line.trim();
  return s === s.toUpperCase() && (DOCUMENT_TYPE.test(s) || NATIONAL_TITLE.test(s));
}

/** An outlet's tag alone on a line, before the lead it opens ("(VTC News) -", "(Dân trí) –", "(Chinhphu.vn)"): no headline. */
const OUTLET_TAG = /^\([^()]{2,40}\)\s*[-–—:]?$/u;

/** True when a first line is only an outlet's tag in brackets, perhaps with its dash (`OUTLET_TAG`, round 31e). */
export function isOutletTag(line: string): boolean {
  return OUTLET_TAG.test(line.trim());
}

/** A speech's salutation opening the page: "Kính thưa …", "Kính gửi …", "Thưa các đồng chí", "Thưa Quốc hội" (not "Thưa thớt …"). */
const SALUTATION = /^(?:kính\s+(?:thưa|gửi)|thưa\s+(?:các|quý|đồng\s+chí|quốc\s+hội|hội\s+nghị|chủ\s+tịch|thủ\s+tướng|ông|bà))(?![\p{L}\p{M}])/iu;

/** True when a first line addresses the audience of a speech printed in full (`SALUTATION`): no headline (round 33). */
export function isSalutation(line: string): boolean {
  return SALUTATION.test(line.trim());
}

/** The most words after the dash of a headline that opens on a name in capitals ("UPI – Viên ngọc …"). */
const NAME_DASH_WORDS = 16;

/**
 * True when a title-shaped line opening on capitals and a dash, which `source.ts` `leadPrefix` reads as an outlet's mark,
 * is a headline about that name ("UPI – …", "VNPT - …"): a dash, not a tag in brackets; a name no outlet is known by
 * (`outlet` is the mark as written); at most `NAME_DASH_WORDS` words after it (round 33).
 */
export function isNameDashHeadline(mark: string, outlet: string, rest: string): boolean {
  return !mark.startsWith('(') && outlet === mark && words(rest).length <= NAME_DASH_WORDS;
}

/** A listing page's label over its first story: "Lưu trữ thẻ: chuyển đổi số", "Thẻ: 5G", "Tag: …", "Từ khóa: …", "Chuyên mục: Kinh tế". */
const LISTING_LABEL = /^(?:lưu\s+trữ\s+(?:thẻ|danh\s+mục|chuyên\s+mục|tác\s+giả)|thẻ|tags?|từ\s+khóa|từ\s+khoá|chuyên\s+mục|danh\s+mục)\s*:\s*[^:.!?]{1,60}$/iu;

/** True when a first line only labels the listing (tag, keyword or category page) the stored story opens under: page chrome, no headline (round 32). */
export function isListingLabel(line: string): boolean {
  return LISTING_LABEL.test(line.trim());
}

/** A kicker over a headline: a series' or a contest's label in capitals that ends on ":" ("BÀI DỰ THI VỀ …:", round 36). */
const KICKER = /^[^\p{Ll}]{8,160}:$/u;

/** True when a first line is a kicker (`KICKER`: at least two capitalised words, no lower-case letter, a final ":") over the line that follows it. */
export function isKicker(line: string): boolean {
  const s = line.trim();
  return KICKER.test(s) && (s.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
}

/** The most words a news site's section label has ("Chính trị", "Kinh tế"); no headline of the corpus is this short. */
const LABEL_WORDS = 2;
/** The most words a section label printed in capitals has ("CHUYỂN ĐỔI SỐ", "KINH TẾ SỐ"): a headline in capitals says more. */
const CAPS_LABEL_WORDS = 4;

/**
 * True when a first line is a site's section label above the story ("Chính trị", "Kinh tế", "Thời sự"): at most
 * two words, no figure, no punctuation; a headline says what happened, in more words.
 */
export function isSectionLabel(line: string): boolean {
  const s = line.trim();
  const words = s.split(/\s+/u).length;
  return !/[\d.,:;!?"“”]/u.test(s) && (words <= LABEL_WORDS || (words <= CAPS_LABEL_WORDS && s === s.toUpperCase() && /\p{Lu}/u.test(s))); // round 47: "CHUYỂN ĐỔI SỐ" in capitals
}

/** A section's name of up to six words, perhaps two names joined by a dash ("Doanh nghiệp - Doanh nhân"), no digit, no punctuation. */
const SECTION_NAME = /^\p{Lu}[\p{L}\p{M}]*(?:\s+(?:[-–&]\s+)?[\p{L}\p{M}]+){0,5}$/u;

/**
 * Round 36: true when a line may be a section's name where the lines around it say so (segment.ts: between a site's clock and
 * a headline with its date line). Longer than `isSectionLabel`, which must tell a label from a headline with no such context.
 */
export function isSectionName(line: string): boolean {
  return SECTION_NAME.test(line.trim());
}

/** Round 63: a date and its time after a section's name on the line under a headline ("Dân tộc thiểu số & Miền núi 27/10/2022 17:34"), read
 *  only on a line the "follow us" widget closes or right under a headline (a headline may end on a date and time: "Cổng dịch vụ công tạm
 *  dừng từ 20/01/2024 18:00"); the name is a section's (`isSectionName`, read by segment.ts' `isDateline`) with a word in lower case: no author's ("Phúc Lam 04/02/2025 12:18"). */
const STAMP_AFTER_SECTION = /^(.+?)\s+(\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2})$/u;

/** The stamp of a line that is a section's name and a date with its time (`STAMP_AFTER_SECTION`), or undefined. */
export function sectionStamp(line: string): string | undefined {
  const m = STAMP_AFTER_SECTION.exec(line);
  return m && isSectionName(m[1]!) && /\s\p{Ll}/u.test(m[1]!) ? m[2] : undefined;
}

/**
 * True when a first line in capitals is followed by a site's section label ("NHIỆT LIỆT CHÀO MỪNG …" then "Kinh tế"): the
 * site's banner above its menu, not the story's headline, which a section label precedes (round 32, the lead).
 */
export function isBannerOpening(line: string, next: string | undefined): boolean {
  return next !== undefined && isCapitals(line) && isSectionLabel(next);
}

/** How many lines after a capitals first line a header table's first cell may take to close ("ỦY BAN NHÂN DÂN" / "TỈNH X" / "-------" / "|"). */
const CELL_LINES = 3;

/** A line with letters, all in capitals. */
function isCapitals(line: string): boolean {
  const s = line.trim();
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

/** A line in capitals or a rule of dashes: the rest of the issuing office's cell. */
function isCapitalsOrRule(line: string): boolean {
  return /^[-–—_=]+$/u.test(line.trim()) || isCapitals(line);
}

/**
 * Round 23: true when a first line in capitals opens a flattened header table: a line ending a cell with "|" follows
 * ("VĂN PHÒNG CHÍNH" then "PHỦ |"), or comes within `CELL_LINES` lines after more capitals or a rule (round 31e:
 * "ỦY BAN NHÂN DÂN" / "TỈNH X" / "-------" / "|"): the issuing office's name, split over the table's cells, is no headline.
 */
export function isHeaderTableOpening(line: string, following: readonly string[]): boolean {
  if (!isCapitals(line)) return false;
  for (const next of following.slice(0, CELL_LINES)) {
    if (/\|\s*$/u.test(next)) return true;
    if (!isCapitalsOrRule(next)) return false;
  }
  return false;
}

/** An unnamed meeting a caption's scene is set at: "hội nghị", "hội thảo", "buổi làm việc" (a headline names it: "Hội nghị tổng kết năm 2024"). */
const MEETING = '(?:hội nghị|hội thảo|đại hội|buổi làm việc|buổi lễ|lễ ký kết|phiên họp|tọa đàm|toạ đàm|sự kiện|diễn đàn)';
/** What a photo shows: someone speaking, chairing or visiting at an unnamed meeting, or the view of one ("Quang cảnh hội nghị"). */
const SCENE = new RegExp(`(?:(?<![\\p{L}\\p{M}])(?:phát biểu|chủ trì|trao đổi|tham quan|thăm|dự)(?:\\s+(?:chỉ đạo|khai mạc|bế mạc|kết luận))?\\s+(?:tại|ở)\\s+${MEETING}|^(?:quang cảnh|toàn cảnh)\\s+${MEETING})(?:\\s+(?:này|trên))?$`, 'iu');

/**
 * Round 24: true when a first line is a photo caption naming its scene: someone "phát biểu tại hội nghị", "Quang cảnh
 * hội nghị", ending on a meeting the line does not name (`SCENE`), with no figure. The page opens on its photo, not its headline.
 */
export function isSceneCaption(line: string): boolean {
  const s = line.trim();
  return !/\d/u.test(s) && SCENE.test(s);
}

/** Round 39: a photo's credit line ("Ảnh minh họa (Nguồn: Internet)", "Ảnh: Hoàng Hà", "Ảnh minh hoạ"): a caption, never a headline. */
const PHOTO_CREDIT = /^(?:ảnh\s+minh\s+h(?:ọa|oạ)(?![\p{L}\p{M}])|ảnh\s*:\s*\S|.{0,80}\(\s*(?:nguồn|ảnh)\s*:[^)]{1,40}\)\s*$)/iu;

/** True when a first line is a photo's credit or an illustration's label (`PHOTO_CREDIT`). */
export function isPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT.test(line.trim());
}

/** Round 39: a portal's section of two names in capitals joined by a dash ("VĂN HÓA - XÃ HỘI", "KINH TẾ – ĐẦU TƯ"), at most four words. */
const CAPS_SECTION_PAIR = /^\p{Lu}+(?:\s+\p{Lu}+)?\s+[-–]\s+\p{Lu}+(?:\s+\p{Lu}+)?$/u;

/** True when a first line is a portal's section named in capitals (`CAPS_SECTION_PAIR`): no headline, whatever follows it. */
export function isCapsSectionPair(line: string): boolean {
  return CAPS_SECTION_PAIR.test(line.trim());
}

/** Round 63: a section's heading made of generic words alone ("Thực trạng và thách thức", "Những kết quả nổi bật", "Giải pháp", "Nhiều tiện ích"): it names
 *  no subject, as a story's headline does. */
const GENERIC_HEADING = /^(?:(?:thực\s+trạng|thách\s+thức|khó\s+khăn|vướng\s+mắc|giải\s+pháp|kết\s+quả|đạt\s+được|định\s+hướng|nhiệm\s+vụ|bối\s+cảnh|tồn\s+tại|hạn\s+chế|cơ\s+hội|bài\s+học|kinh\s+nghiệm|kiến\s+nghị|đề\s+xuất|những|nhiều|một\s+số|các|và|nổi\s+bật|trọng\s+tâm|thời\s+gian\s+tới|tiếp\s+theo|phương\s+hướng|giai\s+đoạn\s+tới|triển\s+vọng|tiện\s+ích|lợi\s+ích|hiệu\s+quả|ưu\s+điểm|nhược\s+điểm|bất\s+cập|thuận\s+lợi)(?![\p{L}\p{M}])[\s,]*)+$/iu;

/** True when a line is a section's heading of generic words only (`GENERIC_HEADING`): never a story's headline. */
export function isGenericHeading(line: string): boolean {
  return GENERIC_HEADING.test(line.trim());
}
