/**
 * Ingest stage 2, segment: decoded text → title, dateline, paragraphs, captions, boilerplate, source.
 *
 * Pure; the source/byline lines are read by `source.ts`. Every Segment keeps `text.slice(offset, offset + text.length) === segment.text` against the
 * decoded text, so metric quotes and offsets stay exact. Rules go by the shape of a line, never by
 * the words of a particular seed. Every non-empty line is one block (blank lines and single newlines
 * both separate paragraphs); the one exception is a bare photo credit ("Ảnh: …") right under its
 * caption line, which joins that caption.
 */
import { splitSentences } from './sentences';
import { trimSegment, type Segment } from './segment-text';
import { blankedSourceTwice, withoutPageMeta } from './dateline-meta';
import { isEarlierDateline, isLoneLabel, PUBLISHED_LABEL } from './head-dateline';
import { DATELINE_TIME as TIME, DATELINE_ZONE } from './time-of-day';
import { isBannerOpening, isCaptionOpening, isCapsSectionPair, isDatedLead, isDocumentType, isDottedHeadline, isGenericHeading, isHeaderTableOpening, isKicker, isListingLabel, isPhotoCredit, isSectionName, isNameDashHeadline, isOutletTag, isSalutation, isSceneCaption, isSectionLabel, sectionStamp } from './headline-line';
import { chromeLines, FOLLOW_US, isPageChrome } from './page-chrome';
import { storeLabelledRest } from './dates-page-lines';
import { leadPrefix, mergeSources, parseSourceLine, type SourceInfo } from './source';
import { isCellSeparator } from './table-flat';
import { isValueCell } from './table-columns';

export { trimSegment, type Segment } from './segment-text';

export interface Segmented {
  title?: Segment;
  dateline?: Segment;
  paragraphs: Segment[];
  captions: Segment[];
  boilerplate: Segment[];
  /** Outlet / url / author, merged from every source line; `line` is the most telling one, `lines` all of them. */
  source?: { outlet?: string; url?: string; domain?: string; author?: string; line: Segment; lines: Segment[] };
  warnings: string[];
}

interface Item {
  seg: Segment;
  line: number;
  /** The raw line starts with whitespace (the second copy of a photo caption often does). */
  lead: boolean;
  /** An empty photo slot (a line of only NBSP / zero-width characters) comes right before it. */
  afterSlot: boolean;
}

type Kind = 'title' | 'dateline' | 'paragraph' | 'caption' | 'boilerplate' | 'source' | 'drop';

const SLOT_CHARS = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff]/;


const DATE = String.raw`\d{1,2}\s?[/.\-|]\s?\d{1,2}\s?[/.\-|]\s?\d{4}`; // round 57: "24 | 03 | 2022"
const WEEKDAY = String.raw`(?:thứ\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\snhật|t[2-7]|cn)`;
const SEP = String.raw`\s*[,|\-–—]?\s*`;
const DATELINE = new RegExp(
  String.raw`^(?:(?:(?:tin |bài )?đăng|cập nhật|ngày đăng|xuất bản)(?: lúc| ngày)?\s*:?\s*)?(?:${TIME}${SEP}(?=${WEEKDAY}))?(?:${WEEKDAY}${SEP})?(?:ngày\s)?` +
    String.raw`(?:${TIME}${SEP})?${DATE}(?:${SEP}(?:lúc\s)?${TIME})?(?:\s*${DATELINE_ZONE})?$`,
  'iu',
);

/** Round 38: an author's or a place's name of two to four capitalised words, then a dash, before a date line ("Trọng Đạt - Thứ Ba, 20/12/2022 3:38 CH"). */
const NAME_DASH = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}\s+[-–—|]\s+/u;
/** Round 63: a news site's "follow us" widget closing its date line ("… 27/10/2022 17:34 Theo dõi Congthuong.vn trên"). */
const FOLLOW_TAIL = new RegExp(String.raw`\s+${FOLLOW_US}$`, 'iu');

/**
 * A line that is only a date (and time), perhaps with the page's metadata after a "|": "27/04/2022",
 * "05:07, 14/07/2023", "Thứ Sáu, 14/7/2023 - 05:07", "05/03/2024 | Lượt xem: 120".
 */
export function isDateline(line: string, underTitle = false): boolean {
  const printed = withoutPageMeta(blankedSourceTwice(line).trim().replace(/\s+[-–—|·]$/u, '')); // round 37: a site's date printed with its separator, "Thứ 4, Ngày 31/05/2023 -"
  const s = printed.replace(FOLLOW_TAIL, '');
  return DATELINE.test(s) || DATELINE.test(s.replace(NAME_DASH, '')) || ((s !== printed || underTitle) && DATELINE.test(sectionStamp(s) ?? '')); // review of round 63: a section before the stamp only on the widget's line or right under a headline, not a headline ending on a date
}

/** Words that open a related-links line or block ("Tin liên quan", "Xem thêm: …"), wherever it stands. */
const RELATED_LINKS = String.raw`(?:các tin đã đưa ngày|tin cùng chuyên mục|(?:các )?tin (?:bài )?liên quan|bài (?:viết )?liên quan|(?:xem|đọc) thêm|các tin khác|tin khác)`;
/** Lines that are never article text, wherever they stand. */
const BOILERPLATE: RegExp[] = [
  /^(?:đường dây nóng|hotline)(?![\p{L}\p{N}])/iu,
  /^(?:điện thoại|đt|fax|e-?mail)\s*:/iu,
  new RegExp(`^${RELATED_LINKS}(?![\\p{L}\\p{N}])`, 'iu'),
  /^(?:phóng sự ảnh|video|clip|infographics?|e-?magazine|podcast|longform|megastory)\s*[:.]?$/iu,
  /^(?:chia sẻ|share|bình luận|in bài(?: viết)?|gửi bài|bản in|lưu bài|quay lại|trở về|lên đầu trang)(?![\p{L}\p{N}]).{0,30}$/iu,
  /^(?:từ khóa|từ khoá|tags?)\s*:/iu,
  /^(?:©|copyright(?![\p{L}\p{N}])|bản quyền(?![\p{L}\p{N}]))/iu,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  /^[^\p{L}\p{N}]+$/u,
];
/** A heading of a related-links block: what follows it, if headline-like, is boilerplate too. */
const RELATED_HEADING = new RegExp(
  String.raw`^(?:${RELATED_LINKS}|(?:tin|bài viết) cùng (?:chuyên mục|sự kiện)|cùng chuyên mục|(?:các )?(?:tin tức|nội dung) liên quan|` +
    String.raw`(?:các )?(?:tin tức|bài viết) khác|tin mới(?: nhất| cập nhật)?|(?:tin |bài )?(?:đọc|xem) nhiều(?: nhất)?|tin nổi bật|(?:có thể )?bạn (?:có thể )?quan tâm|có thể bạn quan tâm|cùng tác giả|(?:bạn đọc |gửi |viết )?bình luận|ý kiến bạn đọc)\s*[:|]?\s*$`,
  'iu',
);

/** Round 54: a link of a related-links list, closed by the list's separator ("Thị trường lao động … quý II/2025 |"). */
const isRelatedLink = (line: string): boolean => line.length <= 250 && /\s\|$/u.test(line);

export function isBoilerplate(line: string): boolean {
  return (line.length <= 160 && BOILERPLATE.some((re) => re.test(line))) || isPageChrome(line);
}

/** "…_Ảnh: TTXVN", "… Ảnh: Báo điện tử Chính phủ.", "(Ảnh minh họa)": a photo caption or credit. */
const PHOTO_CREDIT = /(?:^|[\s._(\-–—|])(?:Ảnh|(?<!(?:PHÓNG SỰ|CHÙM|BỘ|TRANH)\s)ẢNH)\s*:\s*\S[^\n]{0,80}$/u; // round 64: "… ẢNH: T.N" (not a photo essay's label, "PHÓNG SỰ ẢNH: …")
const ILLUSTRATION = /(?:^|[\s(_])Ảnh minh h(?:ọa|oạ)\s*\.?\)?$/iu;
const CREDIT_ONLY = /^\(?\s*(?:Ảnh|Ảnh minh h(?:ọa|oạ))\s*(?::\s*[^\n]{1,80})?\)?$/u;

export function isCaptionLine(line: string): boolean {
  return line.length <= 350 && (PHOTO_CREDIT.test(line) || ILLUSTRATION.test(line));
}

/** Words of a caption's statement, before its credit: a caption of 10 words or more with a number states a claim (15 until round 38: "Nhà mạng dự kiến lắp đặt 2.000 trạm 5G trên cả nước. Ảnh: …" states one). */
const STATEMENT_WORDS = 10;

/**
 * True when a photo caption states a claim of its own, as a sapo does: a sentence of `STATEMENT_WORDS`
 * words or more, before the credit, with a numeral other than a date ("Hà Nội phấn đấu tỷ trọng … khoảng 30%; … Ảnh: …").
 * A short caption naming a scene ("Lãnh đạo tỉnh thăm gian hàng. Ảnh: …") is not read for numbers.
 */
export function isStatementCaption(caption: Segment): boolean {
  const text = caption.text.replace(PHOTO_CREDIT, '').replace(ILLUSTRATION, '');
  return /\d/u.test(text.replace(CAPTION_DATE, ' ')) && text.trim().split(/\s+/u).length >= STATEMENT_WORDS;
}

/**
 * A date in a caption ("khởi công tháng 3/2024", "ngày 5/9", "năm 2023"): the photo's scene, no claim (and no period handed on to the text).
 * Not period-chart-caption.ts's `DATES` (a chart's periods): a photo shows a moment, so a day is a date here and a run of months
 * ("9 tháng") is not (a caption naming one tells a period's result); a chart plots periods, so there a run of months is a date and a day is not.
 */
const CAPTION_DATE = /(?<![\p{L}\p{M}])(?:(?:ngày|tháng|năm|quý)\s+[\dIVX]+(?:[/.-]\d+){0,2}|(?:19|20)\d\d)(?![\p{L}\p{M}\d])/giu;

/** A first line that reads as a title: short, no final period, not a date, not mid-sentence, no lead cut short with an ellipsis. */
export function isTitleLike(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 280) return false; // round 38: a report's headline naming two resolutions runs past 200
  if (/[^.]\.$|[,;:]$|\s\|$|,.*(?:\.{3}|…)$/u.test(s)) return false; // a final period, a clause cut off, a lead cut short ("Thủ tướng vừa ký …, … đạt 17,5%..."); round 64: a table cell's caption ("… sau Tết |"; an image's markup is page chrome, page-chrome.ts)
  if (/^[\p{Ll}]/u.test(s) || isDateline(s) || isBoilerplate(s) || isCaptionLine(s) || isDocumentType(s) || isSectionLabel(s) || isGenericHeading(s) || isSceneCaption(s) || isOutletTag(s) || isSalutation(s) || isDatedLead(s)) return false;
  const mark = leadPrefix(s);
  if (mark && !isNameDashHeadline(mark.mark, mark.outlet, s.slice(mark.skip))) return false;
  if (splitSentences(s).slice(1).some((x) => /^\p{Lu}/u.test(x.text))) return false; // two sentences: a paragraph (not "TP. HCM", round 38: sentences.ts knows the abbreviations)
  return /\s/.test(s);
}

function splitLines(text: string): { raw: string; start: number }[] {
  const out: { raw: string; start: number }[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    out.push({ raw, start });
    start += raw.length + 1;
  }
  return out;
}

const dupKey = (s: string) => s.replace(/[\s\u200b-\u200d\ufeff]+/g, ' ').trim();

/** A line opening on a weekday ("Thứ hai 23/02/2026 04:07"): a site's header clock shows one. */
const WEEKDAY_OPENING = new RegExp(`^\\s*${WEEKDAY}(?![\\p{L}\\p{M}])`, 'iu');

/** Round 50: a section's name of at most four words ("Kinh tế số"), under a site's clock and over the headline. */
function isShortSection(line: string): boolean {
  return isSectionName(line) && line.trim().split(/\s+/u).length <= 4;
}

export function segmentArticle(text: string): Segmented {
  const warnings: string[] = [];
  const items: Item[] = [];
  let slot = false;
  splitLines(text).forEach(({ raw, start }, line) => {
    const seg = trimSegment(raw, start);
    if (seg.text === '') {
      if (SLOT_CHARS.test(raw)) slot = true;
      return;
    }
    items.push({ seg, line, lead: /^[\s\u200b-\u200d\ufeff]/.test(raw), afterSlot: slot });
    slot = false;
  });
  const glued = items[0] ? storeLabelledRest(items[0].seg.text) : undefined; // session 49: "date 2025-11-30 Lớp Bình dân học vụ số ở Hưng Yên", the rest a headline when it reads as one
  if (glued && isTitleLike(glued.text)) items[0] = { ...items[0]!, seg: { text: glued.text, offset: items[0]!.seg.offset + glued.skip } };
  const kind: Kind[] = items.map(() => 'paragraph');
  const t = (k: number) => items[k]!.seg.text;

  // Head: an optional dateline, the title, a dateline right after it.
  let pos = 0;
  let title: Segment | undefined;
  let dateline: Segment | undefined;
  // A portal's chrome around the head (a breadcrumb, a player, a toolbar; page-chrome.ts) is passed over.
  const lines = items.map((it) => it.seg.text);
  const skipChrome = () => {
    for (let n = chromeLines(lines, pos); n > 0; n = chromeLines(lines, pos)) for (const end = pos + n; pos < end; pos++) kind[pos] = 'boilerplate';
  };
  skipChrome();
  if (items[pos] && (isListingLabel(t(pos)) || RELATED_HEADING.test(t(pos)) || isPhotoCredit(t(pos)) || isCapsSectionPair(t(pos)) || (isKicker(t(pos)) && !!items[pos + 1] && isTitleLike(t(pos + 1))))) [kind[pos], pos] = ['boilerplate', pos + 1]; // "Lưu trữ thẻ: …", a menu's "Tin mới", a kicker "BÀI DỰ THI …:" over the story: chrome
  if (pos > 0 && RELATED_HEADING.test(t(pos - 1))) while (items[pos] && isRelatedLink(t(pos))) kind[pos++] = 'boilerplate'; // round 54: "Bài liên quan |" over its links, each closed by "|"
  skipChrome();
  if (items[pos + 1] && isLoneLabel(t(pos)) && isDateline(t(pos + 1))) kind[pos++] = 'boilerplate'; // round 57: "Cập nhật ngày:" alone over its date
  const clockAt = pos; // the first date line's place, if one stands here
  if (items[pos] && isDateline(t(pos))) [dateline, kind[pos], pos] = [items[pos]!.seg, 'dateline', pos + 1];
  const afterDateline = pos;
  skipChrome();
  const toolbarsEnd = pos; // chrome up to here may be the article's own (a toolbar, a player)
  if (dateline) while (items[pos] && isBoilerplate(t(pos))) kind[pos++] = 'boilerplate'; // a hotline or an e-mail line under a site's clock
  if (dateline && items[pos] && isDateline(t(pos)) && isEarlierDateline(t(pos), dateline.text)) { // round 57: a second date line right under the first, earlier: the clock, then the page's own
    kind[clockAt] = 'boilerplate';
    [dateline, kind[pos], pos] = [items[pos]!.seg, 'dateline', pos + 1];
  }
  if (items[pos + 2] && isSectionName(t(pos)) && isTitleLike(t(pos + 1)) && (isDateline(t(pos + 2), true) || (!!dateline && isShortSection(t(pos)) && !isTitleLike(t(pos + 2))))) [kind[pos], pos] = ['boilerplate', pos + 1]; // round 50: under a clock, "Kinh tế số" over the headline and the body, no date under it
  else if (items[pos + 2] && !dateline && isSectionLabel(t(pos)) && !isDocumentType(t(pos)) && isTitleLike(t(pos + 1)) && !isTitleLike(t(pos + 2))) [kind[pos], pos] = ['boilerplate', pos + 1]; // round 43: "Kinh tế" over "Hợp lực để kinh tế số chiếm 20% GDP vào năm 2025" and the body, no date line anywhere near // "Doanh nghiệp - Doanh nhân" over a headline and its date line (round 36; round 38: with no clock above it too)
  const siteHeader = !!dateline && pos > toolbarsEnd; // round 50: a hotline, an e-mail or a section's name under the clock: the site's header
  const apart = !!dateline && pos > afterDateline; // chrome (a hotline, an e-mail, a section) between the first date line and the headline: a site's clock
  const nx = items[pos + 1];
  if (items[pos] && ((isTitleLike(t(pos)) && !isHeaderTableOpening(t(pos), items.slice(pos + 1, pos + 4).map((it) => it.seg.text)) && !isBannerOpening(t(pos), nx?.seg.text) && !isCaptionOpening(nx?.seg.text, items[pos + 2]?.seg.text, !!items[pos + 2] && isDateline(t(pos + 2)))) || isDottedHeadline(t(pos), nx?.seg.text, !!nx && nx.line > items[pos]!.line + 1, !!nx && isDateline(nx.seg.text, true)))) [title, kind[pos], pos] = [items[pos]!.seg, 'title', pos + 1];
  skipChrome();
  if ((!dateline || (title && (apart || PUBLISHED_LABEL.test(t(pos) ?? '')))) && items[pos] && isDateline(t(pos), !!title)) { // round 36: the date right under the headline over a clock set apart above it
    if (dateline) kind[clockAt] = 'boilerplate';
    [dateline, kind[pos], pos] = [items[pos]!.seg, 'dateline', pos + 1];
  }
  else if (siteHeader && title && dateline !== undefined && dateline === items[clockAt]?.seg && WEEKDAY_OPENING.test(dateline.text)) [kind[clockAt], dateline] = ['boilerplate', undefined]; // round 50: a weekday's clock set apart from the headline by chrome is the site's, even with no date under the headline (a stamp "23/01/2025 lúc 00:02 (GMT+7)" over "Breaking News" stays the page's)
  if (!title) warnings.push('no title line: the text starts mid-report');
  if (!dateline) warnings.push('no dateline');

  // Tail: a related-links block, then boilerplate and source/byline lines from the end up.
  let end = items.length;
  for (let k = pos + 1; k < items.length; k++) { // after one body paragraph at least: a block over the story is no tail (round 36)
    if (RELATED_HEADING.test(t(k)) && items.slice(k + 1).every((it) => it.seg.text.length <= 250)) {
      for (let j = k; j < items.length; j++) kind[j] = 'boilerplate';
      end = k;
      break;
    }
  }
  const sources: { seg: Segment; info: SourceInfo }[] = [];
  for (let k = end - 1; k >= pos; k--) {
    const info = parseSourceLine(t(k), { last: sources.length === 0 });
    if (info) {
      kind[k] = 'source';
      sources.unshift({ seg: items[k]!.seg, info });
    } else if (isBoilerplate(t(k))) kind[k] = 'boilerplate';
    else if (!isCaptionLine(t(k))) break;
  }

  // Lead outlet marks ("TCCS - ", "(VLO) ") on the first body lines: strip them, keep the outlet.
  const body: Segment[] = items.map((it) => it.seg);
  const marks: { seg: Segment; info: SourceInfo }[] = [];
  for (let k = pos, n = 0; k < end && n < 3; k++) {
    if (kind[k] !== 'paragraph') continue;
    n += 1;
    const p = leadPrefix(t(k));
    if (!p) continue;
    const s = items[k]!.seg;
    body[k] = { text: s.text.slice(p.skip), offset: s.offset + p.skip };
    marks.push({ seg: { text: p.mark, offset: s.offset }, info: { outlet: p.outlet } });
  }

  // Body: boilerplate anywhere, repeated lines (captions or duplicated paragraphs), photo captions.
  const seen = new Map<string, number>();
  const joinTo = new Map<number, number>(); // caption index → index of the credit line it absorbs
  for (let k = pos; k < end; k++) {
    if (kind[k] !== 'paragraph') continue;
    const s = body[k]!.text;
    const chrome = chromeLines(lines, k);
    if (chrome > 0 || isBoilerplate(s)) {
      for (let j = k; j < k + Math.max(chrome, 1); j++) kind[j] = 'boilerplate';
      continue;
    }
    const key = dupKey(s);
    const first = seen.get(key);
    if (first !== undefined && !isValueCell(s) && ![items[k - 1], items[k + 1]].some((it) => it && isCellSeparator(it.seg.text))) { // a table's cell repeats by right (a paragraph of one number is such a cell, `isValueCell`, round 44)
      kind[k] = 'drop';
      if ((items[first]!.lead || items[k]!.lead) && key.length <= 300) kind[first] = 'caption';
      else if (kind[first] === 'paragraph') warnings.push(`duplicate paragraph kept once: "${key.slice(0, 50)}…"`);
      continue;
    }
    seen.set(key, k);
    const prev = k - 1;
    const adjacent = prev >= pos && items[prev]!.line === items[k]!.line - 1 && !items[k]!.afterSlot;
    if (CREDIT_ONLY.test(s) && adjacent && ['caption', 'paragraph'].includes(kind[prev]!) && t(prev).length <= 250) {
      kind[prev] = 'caption';
      kind[k] = 'drop';
      joinTo.set(prev, k);
    } else if (isCaptionLine(s) || (items[k]!.afterSlot && s.length <= 250)) {
      kind[k] = 'caption';
    }
  }

  const paragraphs: Segment[] = [];
  const captions: Segment[] = [];
  const boilerplate: Segment[] = [];
  kind.forEach((kd, k) => {
    if (kd === 'paragraph') paragraphs.push(body[k]!);
    else if (kd === 'boilerplate') boilerplate.push(items[k]!.seg);
    else if (kd === 'caption') {
      const s = body[k]!;
      const j = joinTo.get(k);
      const stop = j === undefined ? s.offset + s.text.length : items[j]!.seg.offset + items[j]!.seg.text.length;
      captions.push({ text: text.slice(s.offset, stop), offset: s.offset });
    }
  });

  const source = mergeSources([...marks, ...sources]);
  if (!source) warnings.push('no source line');
  return { title, dateline, paragraphs, captions, boilerplate, source, warnings };
}

