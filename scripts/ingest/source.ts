/**
 * Ingest stage 2b, source: who published a report and who wrote it, read from the lead mark
 * ("TCCS - ", "(VLO) ") and the trailing source/byline lines ("Nguồn …", "Theo …", an author in
 * capitals, a bare URL or domain). Pure; used by `segment.ts`.
 *
 * Outlet names: a known abbreviation becomes the outlet's full name; a provincial newspaper's domain
 * ("baolaocai.vn", "baoninhbinh.org.vn": "bao" + the province's name without marks) names the outlet
 * "Báo <province>" when the text gives only that domain or only the bare place ("Nguồn Lào Cai: url");
 * any other domain is kept as the outlet's name, and a domain without a URL becomes the URL https://<domain>.
 */
import { foldDiacritics } from '../../src/lib/fold';
import { isPersonName } from './entities';
import { PROVINCES_34, PROVINCES_63, canonicalProvince } from './provinces';
import type { Segment, Segmented } from './segment';

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

/** One source for the article from every lead mark and source line: explicit lines first. */
export function mergeSources(found: { seg: Segment; info: SourceInfo }[]): Segmented['source'] {
  if (found.length === 0) return undefined;
  // Explicit "Nguồn …" / "Theo …" lines name the outlet before a lead mark does.
  const ranked = [...found].sort((a, b) => Number(!!b.info.explicit) - Number(!!a.info.explicit));
  const pick = <K extends keyof SourceInfo>(key: K) => ranked.find((f) => f.info[key])?.info[key];
  const outlet = pick('outlet') as string | undefined;
  const line = (ranked.find((f) => f.info.outlet || f.info.url) ?? ranked[0]!).seg;
  const out: NonNullable<Segmented['source']> = { line, lines: found.map((f) => f.seg) };
  const url = pick('url') as string | undefined;
  const domain = pick('domain') as string | undefined;
  const named = outletForDomain(outlet, domain);
  if (named) out.outlet = named;
  const author = pick('author') as string | undefined;
  if (url) out.url = url;
  else if (domain) out.url = `https://${domain}`;
  if (domain) out.domain = domain;
  if (author) out.author = author;
  return out;
}

/** The province whose name, without marks or spaces, is `label` ("laocai" → "Lào Cai"), if any. */
export function provinceOfLabel(label: string): string | undefined {
  const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/[^a-z]/g, '');
  const l = label.toLowerCase();
  return [...PROVINCES_63, ...PROVINCES_34].find((p) => fold(p) === l);
}

/**
 * The outlet's name given what a source line says and its domain: "Báo <province>" for a provincial
 * newspaper's domain ("bao" + province, e.g. baolaocai.vn) when the line names only that province or
 * only the domain; otherwise the name as written, else the domain.
 */
export function outletForDomain(name: string | undefined, domain: string | undefined): string | undefined {
  if (!domain) return name;
  const label = /^bao([a-z]+)\./.exec(domain.toLowerCase())?.[1];
  const province = label ? provinceOfLabel(label) : undefined;
  const bare = !name || name === domain || (!!canonicalProvince(name) && canonicalProvince(name) === province);
  if (province && bare) return `Báo ${province}`;
  return name ?? domain;
}
