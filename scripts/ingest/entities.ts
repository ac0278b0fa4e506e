/**
 * Ingest stage 6, entities: people with roles and the place of the report (organisations are in
 * organisations.ts).
 *
 * Pure, rule-based and deliberately precise: a miss is better than a wrong entity. The word lists
 * below are general knowledge about Vietnamese (surnames, titles, ministries), not taken from seeds.
 */
import type { Person } from '../../src/schemas/article';
import { KNOWN_RE } from './organisations';
import { PROVINCE_NAMES, PROVINCE_PATTERN, canonicalProvince, escapeRegExp } from './provinces';

const V = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const SYLLABLE = new RegExp(`^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[${V}]{1,3}(?:ng|nh|ch|[cmnpt])?$`, 'u');

/** One well-formed Vietnamese syllable ("Nguyễn", "trường"); rejects "Chínhphát", "Google". */
export function isVietnameseSyllable(s: string): boolean {
  return SYLLABLE.test(s.toLocaleLowerCase('vi'));
}

const CAP = /^\p{Lu}\p{Ll}*$/u;
/** 2–4 capitalised Vietnamese syllables: "Thùy Linh", "Phạm Minh Chính". */
export function isPersonName(s: string): boolean {
  const w = s.trim().split(/\s+/);
  return w.length >= 2 && w.length <= 4 && w.every((x) => CAP.test(x) && isVietnameseSyllable(x));
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Common Vietnamese family names. A name without a role must start with one of them. */
const SURNAMES = words(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương
  Trịnh Trương Lâm Phùng Mai Tô Hà Tạ Lưu Đinh Thái Cao Lương Quách Tống Châu Chu Đàm Kiều Khúc Lại Mạc La
  Triệu Hứa Nghiêm Thân Giang Âu Doãn Diệp Lục Tăng Đồng Từ Vi Lò Quàng Hầu Khổng Tôn Ninh Nông Lã
  Thạch Kim Bế Ma Sầm Cù Bạch Giáp Khuất Phí Ung Hàn Mẫn Lường Nhữ Tiêu Đới Thiều Đường Tào Văn Viên`);

/** First words of capitalised runs that are not people (organisations, titles, sentence openers). */
const NOT_NAME_START = words(`Bộ Ủy Uỷ Ban Sở Cục Vụ Viện Tổng Trung Việt Liên Đề Hội Chính Quốc Nhà Ngân Tập Công
  Trường Đại Tỉnh Thành Huyện Xã Phường Quận Đảng Nhân Cổng Hệ Nền Cơ Kế Nghị Quyết Chỉ Luật Chương Thông
  Thường Thanh Kho Quỹ Học Tạp Báo Đài Hiệp Mặt Phó Thủ Chủ Bí Giám Đồng Ông Bà Anh Chị Thứ Trưởng Sáng
  Chiều Tối Ngày Tháng Năm Quý Theo Tại Trong Về Dự Cùng Đó Khi Sau Trước Với Để Các Những Một Hai Nếu Đông
  Tây Nam Bắc Châu Thái Bình Dương Á Âu Mỹ Đức Pháp Nhật Hàn Singapore Internet`);

const ROLE_HEADS = [
  'Tổng Bí thư', 'Thủ tướng', 'Chủ tịch', 'Bộ trưởng', 'Thứ trưởng', 'Bí thư', 'Ủy viên', 'Uỷ viên',
  'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Tổng Giám đốc', 'Giám đốc', 'Trưởng ban', 'Trưởng Ban',
  'trưởng Ban', 'trưởng ban', 'Chánh Văn phòng', 'Chủ nhiệm', 'Tổng Thư ký', 'Tổng thư ký', 'Tổng cục trưởng',
  'Cục trưởng', 'Vụ trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Trưởng phòng', 'Chánh án', 'Thống đốc',
  'Tổng Kiểm toán', 'Đại sứ', 'Tổng thống', 'Người phát ngôn', 'Tổng Biên tập', 'Tổng biên tập', 'Đại tướng',
  'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Giáo sư',
  'Tiến sĩ', 'Thạc sĩ', 'Bác sĩ', 'Luật sư', 'Nhà báo', 'Trưởng đoàn', 'Chủ tịch nước', 'Đại biểu Quốc hội',
  'PGS.TS.', 'PGS.TS', 'GS.TS.', 'GS.TS', 'TS.', 'ThS.', 'Bác',
];
const HEAD_ALT = [...ROLE_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const ROLE_HEAD = new RegExp(`(?<![\\p{L}])(?:Phó |phó )?(?:${HEAD_ALT})(?![\\p{L}])`, 'gu');
const STARTS_WITH_ROLE = new RegExp(`^(?:Phó |phó )?(?:${HEAD_ALT})(?![\\p{L}])`, 'u');
const HONORIFIC = /(?:^|\s)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s*$/u;
/** Words that end a title: the clause goes on with a predicate. */
const PREDICATE = new RegExp(
  String.raw`\s(?:là|đã|đang|sẽ|vừa|được|bị|có|cho|cùng|tới|đến|tại|với|dự|tham dự|chủ trì|đồng chủ trì|phát biểu|` +
    String.raw`yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|cho biết|khẳng định|giao|gặp|tiếp|thăm|trao|nói|thì|mà|nêu|báo cáo|` +
    String.raw`lưu ý|ghi nhận|đánh giá|trình bày|khai mạc|kiểm tra|làm việc|ký|bấm|thực hiện|và(?= \p{Ll}))(?=\s|$)`,
  'u',
);

const CLOSED = /^ (?!(?:tỉnh|thành|huyện|quận|xã|phường|về|và|khóa|khoá|nhiệm|thường|trực)(?:\s|$))\p{Ll}/u;
const CLOSER = new RegExp(
  String.raw`\s(?:tỉnh|thành phố|huyện|quận|xã|phường|Tỉnh ủy|Thành ủy|Huyện ủy|Trung ương|Chính phủ|Quốc hội|Nhà nước|Đảng|\p{Lu}[\p{Lu}\d&-]+)` +
    String.raw`(?= (?!(?:tỉnh|thành|huyện|quận|xã|phường|về|và|khóa|khoá|nhiệm|thường|trực)(?:\s|$))\p{Ll})`,
  'u',
);

/** A title as it stands before a predicate, ≤ 14 words, without a trailing parenthesis. */
function cleanRole(s: string): string | undefined {
  let r = s.replace(/\s+/g, ' ').trim();
  const p = PREDICATE.exec(` ${r} `);
  if (p) r = ` ${r} `.slice(0, p.index).trim();
  r = r.replace(/\s*\([^()]*\)?$/u, '').replace(/^(?:các|những|hai|ba)\s+/u, '').trim();
  // A title ends with an organisation or a territorial word; lowercase words after it are the clause.
  for (const m of r.matchAll(KNOWN_RE)) if (CLOSED.test(r.slice(m.index + m[0].length))) r = r.slice(0, m.index + m[0].length);
  const c = CLOSER.exec(r);
  if (c) r = r.slice(0, c.index + c[0].length);
  if (!r || r.split(' ').length > 14 || !STARTS_WITH_ROLE.test(r)) return undefined;
  return r;
}

/** Titles in comma-separated items right after a name: "NAME, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh". */
function rolesAfter(after: string): string[] {
  const out: string[] = [];
  let rest = after;
  while (/^\s*(?:,|[-–—])\s*/.test(rest)) {
    rest = rest.replace(/^\s*(?:,|[-–—])\s*/, '');
    const item = /^[^,;:.()!?]*/u.exec(rest)![0];
    const role = cleanRole(item);
    if (!role) break;
    out.push(role);
    if (role.length < item.trim().length - 1) break; // cut by a predicate: the list is over
    rest = rest.slice(item.length).replace(/^\s*\([^()]*\)/u, '');
  }
  return out;
}

/** The words of a lead-in ending with ":" right before a name ("Phát biểu: "), back to the last , ; . ! ? ( ); read backwards (linear). */
function colonLead(before: string): string | undefined {
  const t = before.trimEnd();
  if (!t.endsWith(':')) return undefined;
  let i = t.length - 1;
  while (i > 0 && !',;.!?()'.includes(t[i - 1]!)) i--;
  return t.slice(i, t.length - 1);
}

/** Titles right before a name (in its clause), and earlier comma items that are titles too. */
function rolesBefore(before: string): { roles: string[]; list: boolean; honorific: boolean } {
  const honorific = HONORIFIC.test(before);
  const colon = colonLead(before);
  if (colon !== undefined) {
    const role = cleanRole(colon.slice(firstHead(colon)));
    return { roles: role ? [role] : [], list: !!role, honorific };
  }
  const parts = before.split(/[,;]/);
  const clause = parts.pop()!.split(/[.!?()–]\s|\(|\)/u).pop()!;
  const at = firstHead(clause);
  if (at < 0) return { roles: [], list: false, honorific };
  const role = honorific ? undefined : cleanRole(clause.slice(at));
  if (!role || role.length < clause.slice(at).trim().length) return { roles: [], list: false, honorific };
  const roles = [role];
  for (let i = parts.length - 1; i >= 0; i--) {
    const r = cleanRole(parts[i]!);
    if (!r || r !== parts[i]!.trim()) break;
    roles.unshift(r);
  }
  return { roles, list: /(?:các|những)\s+$/u.test(clause.slice(0, at)), honorific };
}

function firstHead(s: string): number {
  ROLE_HEAD.lastIndex = 0;
  for (const m of s.matchAll(ROLE_HEAD)) {
    const tail = s.slice(m.index);
    if (!PREDICATE.test(` ${tail.trim()} `.replace(/\s$/, ''))) return m.index;
  }
  return -1;
}

interface Run {
  name: string;
  start: number;
  end: number;
}

/** Capitalised runs of 2–4 syllables that could be a name, with a glued word split off ("Chínhphát"). */
function nameRuns(p: string): Run[] {
  const runs: Run[] = [];
  for (const m of p.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*/gu)) {
    let toks = m[0].split(' ');
    let start = m.index;
    const cut = toks.findIndex((w) => !isVietnameseSyllable(w));
    if (cut >= 0) {
      const glued = toks[cut]!;
      const head = [...glued].map((_, i) => glued.slice(0, i)).reverse().find((h) => h.length > 1 && isVietnameseSyllable(h) && isVietnameseSyllable(glued.slice(h.length)));
      toks = head ? [...toks.slice(0, cut), head] : toks.slice(0, cut);
    }
    // "Lào Cai Trịnh Xuân Trường": skip a leading place or organisation word before a surname.
    // How many tokens from k form a province name (0 if none).
    const placeAt = (k: number) => {
      const rest = `${toks.slice(k).join(' ')} `;
      const n = PROVINCE_NAMES.find((p) => rest.startsWith(`${p} `));
      return n ? n.split(' ').length : 0;
    };
    const lead = placeAt(0);
    let i = 0;
    if ((NOT_NAME_START.has(toks[0]!) && !SURNAMES.has(toks[0]!)) || (lead > 0 && lead < toks.length) || toks.length > 4) {
      i = toks.findIndex((w, k) => k > 0 && SURNAMES.has(w) && toks.length - k >= 2 && toks.length - k <= 4 && !placeAt(k));
      if (i < 0) continue;
    }
    start += i > 0 ? toks.slice(0, i).join(' ').length + 1 : 0;
    toks = toks.slice(i);
    if (toks.length < 2 || toks.length > 4) continue;
    const name = toks.join(' ');
    runs.push({ name, start, end: start + name.length });
  }
  return runs;
}

/**
 * People named in the paragraphs, with their roles: the title right before the name ("Thủ tướng
 * Chính phủ Phạm Minh Chính"), titles in commas after it ("đồng chí Vũ Chí Giang, Tỉnh ủy viên, Phó
 * Chủ tịch UBND tỉnh"), a role shared by a list ("các Phó Thủ tướng: A, B và C"). A name without a
 * title counts only with a common surname and 3–4 syllables. Deduplicated by name, first-seen order,
 * keeping the longest role.
 */
export function findPeople(paragraphs: string[]): Person[] {
  const found = new Map<string, string | undefined>();
  const add = (name: string, role?: string) => {
    const old = found.get(name);
    if (!found.has(name) || (role && (!old || role.length > old.length))) found.set(name, role);
  };
  for (const p of paragraphs) {
    let list: { role: string; next: number } | undefined;
    for (const run of nameRuns(p)) {
      const first = run.name.split(' ')[0]!;
      const before = p.slice(Math.max(0, run.start - 160), run.start);
      const b = rolesBefore(before);
      const after = rolesAfter(p.slice(run.end));
      let roles = [...b.roles, ...after];
      if (roles.length === 0 && list && run.start === list.next) roles = [list.role];
      const role = roles.length ? roles.join(', ') : undefined;
      const titled = !!role || b.honorific;
      const place = canonicalProvince(run.name) || /(?:TP\.?|[Tt]hành phố|[Tt]ỉnh)\s*$/u.test(before);
      if (place && !(role && ROLE_HEADS.includes(role))) continue;
      if (!titled && (!SURNAMES.has(first) || run.name.split(' ').length < 3)) continue;
      add(run.name, role);
      const sep = /^\s*(?:,\s*và|,|và)\s*/u.exec(p.slice(run.end));
      if (b.list && b.roles[0]) list = { role: b.roles[0], next: run.end + (sep?.[0].length ?? -1e9) };
      else if (list && role === list.role && sep) list.next = run.end + sep[0].length;
      else list = undefined;
    }
  }
  return [...found].map(([name, role]) => (role ? { name, role } : { name }));
}

const PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(điểm cầu|đầu cầu)\\s+|([Tt]ại)\\s+)?(?:([Tt]ỉnh|[Tt]hành phố|TP\\.?)\\s*)?(${PROVINCE_PATTERN})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * The province or city the report is from: "điểm cầu (tỉnh) X" / "đầu cầu X" and an all-caps
 * dateline prefix ("LÀO CAI - ") weigh 3, "tại X" 2, "tỉnh X" / "thành phố X" 1; a bare name counts
 * nothing (it may be part of another name). Only real provinces count ("điểm cầu Chính phủ",
 * "điểm cầu 63 tỉnh" do not). The best score wins; ties go to the first seen.
 */
export function findPlace(paragraphs: string[]): string | undefined {
  const score = new Map<string, number>();
  const bump = (name: string, w: number) => w > 0 && score.set(name, (score.get(name) ?? 0) + w);
  for (const p of paragraphs) {
    const dateline = /^([\p{Lu}][\p{Lu}. ]{1,30}?)\s*[-–—]\s/u.exec(p.trim());
    const fromDateline = dateline && canonicalProvince(dateline[1]!);
    if (fromDateline) bump(fromDateline, 3);
    for (const m of p.matchAll(PLACE_RE)) {
      const name = canonicalProvince(m[4]!);
      if (name) bump(name, m[1] ? 3 : m[2] ? 2 : m[3] ? 1 : 0);
    }
  }
  let best: string | undefined;
  for (const [name, s] of score) if (!best || s > score.get(best)!) best = name;
  return best;
}
