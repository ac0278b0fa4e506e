/**
 * Ingest stage 2, segment: decoded text → title, dateline, paragraphs, captions, boilerplate, source.
 *
 * Pure. Every Segment keeps `text.slice(offset, offset + text.length) === segment.text` against the
 * decoded text, so metric quotes and offsets stay exact. Rules go by the shape of a line, never by
 * the words of a particular seed. Every non-empty line is one block (blank lines and single newlines
 * both separate paragraphs); the one exception is a bare photo credit ("Ảnh: …") right under its
 * caption line, which joins that caption.
 */
import { isPersonName } from './entities';
import { canonicalProvince } from './provinces';

export interface Segment {
  text: string;
  offset: number;
}

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

const EDGE_WS = /^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g;
const SLOT_CHARS = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff]/;

/** `raw` (at `offset`) with outer whitespace (incl. NBSP, zero-width) removed; offset kept exact. */
export function trimSegment(raw: string, offset: number): Segment {
  const lead = raw.length - raw.replace(/^[\s\u200b-\u200d\ufeff]+/, '').length;
  return { text: raw.replace(EDGE_WS, ''), offset: offset + lead };
}

const DATE = String.raw`\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}`;
const TIME = String.raw`\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s?(?:AM|PM|SA|CH))?`;
const WEEKDAY = String.raw`(?:thứ\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\snhật|t[2-7]|cn)`;
const SEP = String.raw`\s*[,|\-–—]?\s*`;
const DATELINE = new RegExp(
  String.raw`^(?:(?:cập nhật|đăng|ngày đăng|xuất bản)(?: lúc| ngày)?\s*:?\s*)?(?:${WEEKDAY}${SEP})?(?:ngày\s)?` +
    String.raw`(?:${TIME}${SEP})?${DATE}(?:${SEP}(?:lúc\s)?${TIME})?(?:\s*\(?GMT\s?[+-]\s?\d{1,2}\)?)?$`,
  'iu',
);

/** A line that is only a date (and time): "27/04/2022", "05:07, 14/07/2023", "Thứ Sáu, 14/7/2023 - 05:07". */
export function isDateline(line: string): boolean {
  return DATELINE.test(line.trim());
}

/** Lines that are never article text, wherever they stand. */
const BOILERPLATE: RegExp[] = [
  /^(?:đường dây nóng|hotline)(?![\p{L}\p{N}])/iu,
  /^(?:điện thoại|đt|fax|e-?mail)\s*:/iu,
  /^(?:các tin đã đưa ngày|tin cùng chuyên mục|(?:các )?tin (?:bài )?liên quan|bài (?:viết )?liên quan|(?:xem|đọc) thêm|các tin khác|tin khác)(?![\p{L}\p{N}])/iu,
  /^(?:phóng sự ảnh|video|clip|infographics?|e-?magazine|podcast|longform|megastory)\s*[:.]?$/iu,
  /^(?:chia sẻ|share|bình luận|in bài(?: viết)?|gửi bài|bản in|lưu bài|quay lại|trở về|lên đầu trang)(?![\p{L}\p{N}]).{0,30}$/iu,
  /^(?:từ khóa|từ khoá|tags?)\s*:/iu,
  /^(?:©|copyright(?![\p{L}\p{N}])|bản quyền(?![\p{L}\p{N}]))/iu,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  /^[^\p{L}\p{N}]+$/u,
];
/** A heading of a related-links block: what follows it, if headline-like, is boilerplate too. */
const RELATED_HEADING =
  /^(?:các tin đã đưa ngày|tin cùng chuyên mục|(?:các )?tin (?:bài )?liên quan|bài (?:viết )?liên quan|(?:xem|đọc) thêm|các tin khác|tin khác)\s*:?\s*$/iu;

export function isBoilerplate(line: string): boolean {
  return line.length <= 160 && BOILERPLATE.some((re) => re.test(line));
}

/** "…_Ảnh: TTXVN", "… Ảnh: Báo điện tử Chính phủ.", "(Ảnh minh họa)": a photo caption or credit. */
const PHOTO_CREDIT = /(?:^|[\s._(\-–—|])Ảnh\s*:\s*\S[^\n]{0,80}$/u;
const ILLUSTRATION = /(?:^|[\s(_])Ảnh minh h(?:ọa|oạ)\s*\.?\)?$/iu;
const CREDIT_ONLY = /^\(?\s*(?:Ảnh|Ảnh minh h(?:ọa|oạ))\s*(?::\s*[^\n]{1,80})?\)?$/u;

export function isCaptionLine(line: string): boolean {
  return line.length <= 350 && (PHOTO_CREDIT.test(line) || ILLUSTRATION.test(line));
}

/** A first line that reads as a title: short, no final period, not a date, not mid-sentence. */
export function isTitleLike(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 200) return false;
  if (/[^.]\.$|[,;:]$/u.test(s)) return false;
  if (/^[\p{Ll}]/u.test(s) || isDateline(s) || isBoilerplate(s) || isCaptionLine(s)) return false;
  if (leadPrefix(s)) return false;
  if (/[.!?…]["”’)]?\s+[\p{Lu}]/u.test(s)) return false; // two sentences: a paragraph
  return /\s/.test(s);
}

/**
 * An outlet mark at the start of a lead paragraph: an all-caps abbreviation before " - " ("TCCS - ")
 * or a tag in parentheses ("(VLO) ", "(Chinhphu.vn) - "). A place in capitals ("HÀ NỘI - ",
 * "TP.HCM - ") is not an outlet. Returns the mark and how many characters to skip.
 */
export function leadPrefix(text: string): { outlet: string; mark: string; skip: number } | undefined {
  const dash = /^([A-ZĐ][A-ZĐ0-9&.]{1,11})\s*[-–—]\s+(?=\S)/u.exec(text);
  if (dash && !canonicalProvince(dash[1]!)) {
    const abbr = dash[1]!;
    return { outlet: OUTLET_ABBREVIATIONS[abbr] ?? abbr, mark: abbr, skip: dash[0].length };
  }
  const tag = /^\(([^()\s][^()]{0,30})\)\s*(?:[-–—]\s*)?(?=\S)/u.exec(text);
  if (tag) {
    const t = tag[1]!.trim();
    if ((/^[A-ZĐ][A-ZĐ0-9&.-]{1,11}$/u.test(t) && !canonicalProvince(t)) || isDomain(t)) {
      return { outlet: OUTLET_ABBREVIATIONS[t] ?? t, mark: tag[0].slice(0, tag[0].indexOf(')') + 1), skip: tag[0].length };
    }
  }
  return undefined;
}

/**
 * Well-known outlet abbreviations (a small, documented map; anything else is kept as written).
 */
export const OUTLET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  TCCS: 'Tạp chí Cộng sản',
  TTXVN: 'Thông tấn xã Việt Nam',
  VNA: 'Thông tấn xã Việt Nam',
  VOV: 'Đài Tiếng nói Việt Nam',
  VTV: 'Đài Truyền hình Việt Nam',
  QĐND: 'Báo Quân đội nhân dân',
  CAND: 'Báo Công an nhân dân',
  NDO: 'Báo Nhân Dân',
  ĐCSVN: 'Báo điện tử Đảng Cộng sản Việt Nam',
  VGP: 'Báo điện tử Chính phủ',
  SGGP: 'Báo Sài Gòn Giải Phóng',
};

export interface SourceInfo {
  outlet?: string;
  url?: string;
  domain?: string;
  author?: string;
  /** Read from an explicit "Nguồn …" / "Theo …" line. */
  explicit?: boolean;
}

const OUTLET_HEAD = /^(?:Báo|Tạp chí|Đài|Cổng|Thông tấn|Trang|Kênh|Bộ|Sở|Cục|Viện|Trung tâm|Ủy ban|Uỷ ban)\s/u;
const URL_RE = /https?:\/\/[^\s)\]]+/iu;
const DOMAIN_RE = /^(?:www\.)?(?:[a-z\d-]+\.)+(?:vn|com|net|org|info|gov|edu|tv|news|asia|io)(?:\/\S*)?$/iu;

/** "baoninhbinh.org.vn", "Chinhphu.vn", "www.example.com/path". */
export function isDomain(s: string): boolean {
  return DOMAIN_RE.test(s.trim());
}

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** An all-caps line such as "AN NHIÊN", "NHÓM PV", "TTXVN". */
function isCaps(s: string): boolean {
  return s.length <= 50 && /^\p{Lu}[\p{Lu}\s.&,\-–]*$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function outletName(s: string): string {
  const t = s.trim().replace(/\.$/, '');
  return OUTLET_ABBREVIATIONS[t] ?? t;
}

/** Fills url/domain/outlet from what follows "Nguồn …:" or "Theo …:". */
function readWhere(rest: string, info: SourceInfo): void {
  const url = URL_RE.exec(rest)?.[0];
  if (url) {
    info.url = url;
    info.domain = host(url);
    const left = rest.replace(url, '').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
    info.outlet ??= left ? outletName(left) : info.domain;
  } else if (isDomain(rest)) {
    info.domain = rest.trim().replace(/^www\./i, '').replace(/\/.*$/, '');
    info.outlet ??= info.domain;
  } else if (rest.trim()) {
    info.outlet ??= outletName(rest);
  }
}

/**
 * One trailing source/byline line → what it says, or undefined when it is not one. Shapes:
 * "Nguồn X: url", "Nguồn: domain", "Nguồn: X", "Theo X", "Theo Name: domain", "(Theo X)",
 * "Name (tổng hợp)", "Name (theo X)", "Bài, ảnh: Name", an all-caps line ("AN NHIÊN"; a known
 * abbreviation such as "TTXVN" is an outlet), a bare URL or domain, and, when it is the last line,
 * a plain personal name.
 */
export function parseSourceLine(line: string, opts: { last?: boolean } = {}): SourceInfo | undefined {
  const s = line.trim().replace(/^\((.*)\)\.?$/u, '$1').trim();
  if (s.length === 0 || s.length > 200) return undefined;
  const info: SourceInfo = {};
  let m = /^nguồn(?:\s+tin)?\s*(?<name>[^:：]{0,60}?)\s*(?:[:：]\s*(?<rest>.*))?$/iu.exec(s);
  if (m) {
    const name = m.groups!.name!.trim();
    const rest = m.groups!.rest?.trim() ?? '';
    if (name && !/^\p{Lu}/u.test(name)) return undefined;
    if (!name && !rest) return undefined;
    if (name) info.outlet = outletName(name);
    readWhere(rest, info);
    return { ...info, explicit: true };
  }
  m = /^theo\s+(?<name>[^:：()]{1,60}?)\s*(?:\((?<paren>[^()]{1,60})\))?\s*(?:[:：]\s*(?<rest>.+?))?\s*\.?$/iu.exec(s);
  if (m) {
    const name = m.groups!.name!.trim();
    const lower = name.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length;
    if (!/^\p{Lu}/u.test(name) || /[,;]|\d/.test(name) || lower > 5) return undefined;
    if (isPersonName(name) && !OUTLET_HEAD.test(name)) info.author = name;
    else info.outlet = outletName(name);
    if (m.groups!.paren) info.outlet ??= outletName(m.groups!.paren.replace(/^theo\s+/iu, ''));
    if (m.groups!.rest) readWhere(m.groups!.rest, info);
    return { ...info, explicit: true };
  }
  m = /^(?<name>[^()]{2,50}?)\s*\((?<note>[^()]{1,60})\)\.?$/u.exec(s);
  if (m && (isPersonName(m.groups!.name!) || isCaps(m.groups!.name!))) {
    info.author = m.groups!.name!.trim();
    const note = m.groups!.note!.trim();
    const theo = /^theo\s+(.+)$/iu.exec(note)?.[1];
    if (theo) readWhere(theo, info);
    else if (isCaps(note) || isDomain(note) || note in OUTLET_ABBREVIATIONS) readWhere(note, info);
    return info;
  }
  m = /^(?:bài|tin|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|tác giả|thực hiện|nhóm thực hiện)\s*[:：]\s*(?<name>.{2,60})$/iu.exec(s);
  if (m) {
    const name = m.groups!.name!.trim();
    const ok = name.split(/\s*[-–,]\s*/).every((n) => isPersonName(n) || isCaps(n));
    return ok ? { author: name } : undefined;
  }
  if (URL_RE.test(s) && URL_RE.exec(s)![0] === s) {
    readWhere(s, info);
    return info;
  }
  if (isDomain(s)) {
    readWhere(s, info);
    return info;
  }
  if (isCaps(s) && !/\d/.test(s)) return s in OUTLET_ABBREVIATIONS ? { outlet: outletName(s) } : { author: s };
  if (opts.last && isPersonName(s)) return { author: s };
  return undefined;
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
  const kind: Kind[] = items.map(() => 'paragraph');
  const t = (k: number) => items[k]!.seg.text;

  // Head: an optional dateline, the title, a dateline right after it.
  let pos = 0;
  let title: Segment | undefined;
  let dateline: Segment | undefined;
  if (items[0] && isDateline(t(0))) [dateline, kind[0], pos] = [items[0].seg, 'dateline', 1];
  if (items[pos] && isTitleLike(t(pos))) [title, kind[pos], pos] = [items[pos]!.seg, 'title', pos + 1];
  if (!dateline && items[pos] && isDateline(t(pos))) [dateline, kind[pos], pos] = [items[pos]!.seg, 'dateline', pos + 1];
  if (!title) warnings.push('no title line: the text starts mid-report');
  if (!dateline) warnings.push('no dateline');

  // Tail: a related-links block, then boilerplate and source/byline lines from the end up.
  let end = items.length;
  for (let k = pos; k < items.length; k++) {
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
    if (isBoilerplate(s)) {
      kind[k] = 'boilerplate';
      continue;
    }
    const key = dupKey(s);
    const first = seen.get(key);
    if (first !== undefined) {
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

function mergeSources(found: { seg: Segment; info: SourceInfo }[]): Segmented['source'] {
  if (found.length === 0) return undefined;
  // Explicit "Nguồn …" / "Theo …" lines name the outlet before a lead mark does.
  const ranked = [...found].sort((a, b) => Number(!!b.info.explicit) - Number(!!a.info.explicit));
  const pick = <K extends keyof SourceInfo>(key: K) => ranked.find((f) => f.info[key])?.info[key];
  const outlet = pick('outlet') as string | undefined;
  const line = (ranked.find((f) => f.info.outlet || f.info.url) ?? ranked[0]!).seg;
  const out: NonNullable<Segmented['source']> = { line, lines: found.map((f) => f.seg) };
  if (outlet) out.outlet = outlet;
  const url = pick('url') as string | undefined;
  const domain = pick('domain') as string | undefined;
  const author = pick('author') as string | undefined;
  if (url) out.url = url;
  if (domain) out.domain = domain;
  if (author) out.author = author;
  return out;
}

/** Words that end with a dot but do not end a sentence ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn …"). */
const ABBREVIATIONS = new Set(
  'TP Tp tp TX Q P H X ThS TS PGS GS BS KS CN TSKH NCS KTS Cty NXB St Mr Mrs Ms Dr Prof No Co Ltd Inc Corp Jr Sr vs tr'.split(' '),
);
const TERMINATOR = /(?:[.!?…]+(?:\/\.)?)["”’'»)\]]*(?=[\s\u200b]|$)/gu;

/** Words before a Roman numeral or a letter that may end a sentence ("Quý I.", "nhóm A."). */
const COUNTERS = /^(?:quý|khóa|khoá|phần|loại|nhóm|hạng|cấp|mức|độ|thứ|điều|chương|mục|giai đoạn)$/iu;

function isAbbreviation(before: string): boolean {
  const m = /(\S*)\s+([^\s(“"'«]*)$|^([^\s(“"'«]*)$/u.exec(before);
  const token = m?.[2] ?? m?.[3] ?? '';
  if (token === '') return false;
  if (token.split('.').every((part) => ABBREVIATIONS.has(part))) return true;
  // An initial inside a name ("Nguyễn V. A."): a single capital after a capitalised word.
  return /^\p{Lu}$/u.test(token) && /^\p{Lu}/u.test(m?.[1] ?? '') && !COUNTERS.test(m?.[1] ?? '');
}

/**
 * Splits a paragraph into sentences at ".", "!", "?", "…" / "..." (with closing quotes or brackets
 * kept in the sentence) when the next word starts a sentence (uppercase letter, digit, opening quote
 * or bracket, bullet). Not split: abbreviations ("TP.", "PGS.TS.", initials), dots inside numbers
 * ("84,7", "43.5", "4.0"), a dot inside "v.v." (the last one ends a sentence only before a capital),
 * ellipses or quotes followed by lowercase text. ";" does not split. Offsets are relative to the input
 * plus `baseOffset`; segments are trimmed.
 */
export function splitSentences(paragraph: string, baseOffset = 0): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (stop: number) => {
    const seg = trimSegment(paragraph.slice(start, stop), baseOffset + start);
    if (seg.text) out.push(seg);
    start = stop;
  };
  for (const m of paragraph.matchAll(TERMINATOR)) {
    const stop = m.index + m[0].length;
    const next = /^[\s\u200b]*(\S)?/u.exec(paragraph.slice(stop))![1];
    if (next === undefined) break;
    if (!/[\p{Lu}\p{N}“"‘'«(\[*•\-–—]/u.test(next)) continue;
    if (m[0] === '.' && isAbbreviation(paragraph.slice(start, m.index))) continue;
    push(stop);
  }
  push(paragraph.length);
  return out;
}
