/**
 * Ingest stage 6, entities: the organisations an article names (ministries, central bodies,
 * international organisations, large companies, local authorities). Rule-based and precise, like
 * entities.ts; the lists are general knowledge, not taken from seeds.
 */
import { PROVINCE_PATTERN, escapeRegExp } from './provinces';

/**
 * Organisations known by name (ministries, central bodies, international organisations, large
 * companies): the first entry is the canonical name, the others are spellings and abbreviations.
 */
const MINISTRY_SUBJECTS = [
  'Công an', 'Quốc phòng', 'Ngoại giao', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Kế hoạch và Đầu tư', 'Công Thương',
  'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Xây dựng', 'Giao thông vận tải',
  'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Khoa học và Công nghệ', 'Giáo dục và Đào tạo',
  'Y tế', 'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch',
  'Văn hoá, Thể thao và Du lịch', 'Dân tộc và Tôn giáo',
];
const KNOWN_ORGS: string[][] = [
  ...MINISTRY_SUBJECTS.map((s) => [`Bộ ${s}`]),
  ['Bộ Thông tin và Truyền thông', 'Bộ TT&TT', 'Bộ TTTT'],
  ['Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT'],
  ['Bộ Khoa học và Công nghệ', 'Bộ KH&CN'],
  ['Bộ Giáo dục và Đào tạo', 'Bộ GD&ĐT'],
  ['Bộ Chính trị'], ['Ban Bí thư'], ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương'], ['Quốc hội'],
  ['Ủy ban Thường vụ Quốc hội', 'Uỷ ban Thường vụ Quốc hội'], ['Văn phòng Chính phủ'], ['Thanh tra Chính phủ'],
  ['Kiểm toán Nhà nước'], ['Ủy ban Dân tộc'], ['Mặt trận Tổ quốc Việt Nam'], ['Tòa án nhân dân tối cao'],
  ['Viện kiểm sát nhân dân tối cao'], ['Tổng cục Thống kê'], ['Cục An toàn thông tin'],
  ['Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam', 'NHNN'],
  ['Ủy ban Quốc gia về chuyển đổi số', 'Ủy ban quốc gia về chuyển đổi số', 'Ủy ban Quốc gia về CĐS',
    'Ủy ban quốc gia về CĐS', 'Uỷ ban Quốc gia về chuyển đổi số', 'Uỷ ban quốc gia về chuyển đổi số'],
  ['Ủy ban Quốc gia về Chính phủ điện tử', 'Ủy ban quốc gia về Chính phủ điện tử'],
  ['Liên hợp quốc', 'Liên Hợp Quốc', 'Liên Hiệp Quốc', 'LHQ'], ['Liên minh Viễn thông Quốc tế', 'ITU'],
  ['Ngân hàng Thế giới', 'World Bank', 'WB'], ['Quỹ Tiền tệ Quốc tế', 'IMF'], ['Diễn đàn Kinh tế Thế giới', 'WEF'],
  ['Tổ chức Thương mại Thế giới', 'WTO'], ['Tổ chức Y tế Thế giới', 'WHO'], ['Chương trình Phát triển Liên hợp quốc', 'UNDP'],
  ['UNESCO'], ['UNICEF'], ['OECD'], ['ASEAN'], ['APEC'], ['Thông tấn xã Việt Nam', 'TTXVN'],
  ['Đài Truyền hình Việt Nam', 'VTV'], ['Đài Tiếng nói Việt Nam', 'VOV'],
  ['Phòng Thương mại và Công nghiệp Việt Nam', 'VCCI'], ['Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam', 'VINASA'],
  ['Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Viettel'], ['Tập đoàn Bưu chính Viễn thông Việt Nam', 'VNPT'],
  ['FPT'], ['MobiFone'], ['Google'], ['Microsoft'], ['Meta'], ['Apple'], ['Amazon'], ['NVIDIA'], ['Samsung'],
  ['Intel'], ['Qualcomm'], ['Huawei'],
];
const ORG_CANON = new Map<string, string>();
for (const [canon, ...alts] of KNOWN_ORGS) for (const n of [canon!, ...alts]) if (!ORG_CANON.has(n)) ORG_CANON.set(n, canon!);
const ORG_ALT = [...ORG_CANON.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** Any known organisation's name or spelling (global; ORG_CANON gives its canonical name). */
export const KNOWN_RE = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${ORG_ALT})(?![\\p{L}\\p{N}&])`, 'gu');
/** "UBND tỉnh Lào Cai", "Sở TT-TT", "Tập đoàn FPT": a head and a province, an acronym or capitalised words. */
const LOCAL_RE = new RegExp(
  `(?<![\\p{L}])(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy)(?: (?:tỉnh|thành phố|TP\\.?))? (?:${PROVINCE_PATTERN})(?![\\p{L}])`,
  'gu',
);
const GENERIC_RE =
  /(?<![\p{L}])(?:Sở|Cục|Tổng cục|Vụ|Viện|Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Học viện|Trường Đại học|Đại học|Trung tâm|Hiệp hội|Báo|Tạp chí|Đài) (?:[A-ZĐ][A-ZĐ0-9&-]+|\p{Lu}\p{Ll}*)(?: (?:[A-ZĐ][A-ZĐ0-9&-]+|\p{Lu}\p{Ll}*))*(?=$|[\s]*[,.;:()]| (?:đã|và|có|là|cho|của|tại|với|trong|về|được|sẽ|đang|vừa|cũng|chủ trì|công bố|tổ chức|phối hợp|triển khai|ban hành|thực hiện)(?![\p{L}\p{N}]))/gu;

/**
 * Organisations, deduplicated, in first-seen order. Known names (with their spellings and
 * abbreviations folded to one canonical name), local authorities with a province ("UBND tỉnh X"),
 * and a head ("Sở", "Tập đoàn", "Ngân hàng" …) followed by capitalised words or an acronym that end
 * cleanly. "Chính phủ", "Trung ương" and bare heads are not listed.
 */
export function findOrganisations(paragraphs: string[]): string[] {
  const out = new Map<string, string>();
  for (const p of paragraphs) {
    const hits: { start: number; end: number; name: string }[] = [];
    for (const m of p.matchAll(KNOWN_RE)) hits.push({ start: m.index, end: m.index + m[0].length, name: ORG_CANON.get(m[0])! });
    for (const re of [LOCAL_RE, GENERIC_RE]) {
      for (const m of p.matchAll(re)) {
        const end = m.index + m[0].length;
        if (hits.some((h) => m.index < h.end && end > h.start)) continue;
        if (re === GENERIC_RE && m[0].split(' ').length < 2) continue;
        hits.push({ start: m.index, end, name: m[0] });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) {
      const key = h.name.toLocaleLowerCase('vi');
      if (!out.has(key)) out.set(key, h.name);
    }
  }
  return [...out.values()];
}
