/**
 * Vietnamese provinces and centrally-run cities, as data (general knowledge, not taken from seeds).
 *
 * - PROVINCES_63: the 63 units in force until 30 June 2025 (58 provinces, 5 cities).
 * - PROVINCES_34: the 34 units in force from 1 July 2025 (28 provinces, 6 cities), after the merger
 *   decided by Resolution 202/2025/QH15; names that also existed before are the same strings.
 * - PROVINCE_ALIASES: other spellings met in news text (old-style tone placement "Hoà", "TP.HCM" …)
 *   mapped to the canonical name.
 */

export const PROVINCES_63: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre',
  'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng',
  'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa',
  'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định',
  'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thừa Thiên Huế', 'Tiền Giang', 'Thành phố Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];

export const PROVINCES_34: readonly string[] = [
  // unchanged
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An',
  'Hà Tĩnh', 'Cao Bằng',
  // merged (the name kept)
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk',
  'Thành phố Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];

/** Other spellings → canonical name. Matching is exact on these strings (after NFC). */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  'Bà Rịa – Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Bà Rịa Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Bắc Cạn': 'Bắc Kạn',
  'Đắc Lắc': 'Đắk Lắk',
  'Đắk Lăk': 'Đắk Lắk',
  'Đắc Nông': 'Đắk Nông',
  'Hoà Bình': 'Hòa Bình',
  'Khánh Hoà': 'Khánh Hòa',
  'Thanh Hoá': 'Thanh Hóa',
  'Thừa Thiên - Huế': 'Thừa Thiên Huế',
  'Thừa Thiên – Huế': 'Thừa Thiên Huế',
  'TP Hồ Chí Minh': 'Thành phố Hồ Chí Minh',
  'TP. Hồ Chí Minh': 'Thành phố Hồ Chí Minh',
  'TP.Hồ Chí Minh': 'Thành phố Hồ Chí Minh',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  'TP. HCM': 'Thành phố Hồ Chí Minh',
  'TP HCM': 'Thành phố Hồ Chí Minh',
  'TPHCM': 'Thành phố Hồ Chí Minh',
  'Hồ Chí Minh': 'Thành phố Hồ Chí Minh',
  'Kontum': 'Kon Tum',
};

/** Every province name and alias, longest first (so "Thừa Thiên Huế" wins over "Huế"). */
export const PROVINCE_NAMES: readonly string[] = [
  ...new Set([...PROVINCES_63, ...PROVINCES_34, ...Object.keys(PROVINCE_ALIASES)]),
].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** The canonical name of a province or city, or undefined when `name` is not one. */
export function canonicalProvince(name: string): string | undefined {
  const n = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (PROVINCES_63.includes(n) || PROVINCES_34.includes(n)) return n;
  if (n in PROVINCE_ALIASES) return PROVINCE_ALIASES[n];
  // "THÀNH PHỐ HỒ CHÍ MINH", "lào cai": compare case-insensitively
  return BY_LOWER.get(n.toLocaleLowerCase('vi'));
}

/** Lowercase name or alias → canonical name (the first of PROVINCE_NAMES' order wins). */
const BY_LOWER = new Map<string, string>();
for (const cand of PROVINCE_NAMES) {
  const key = cand.toLocaleLowerCase('vi');
  if (!BY_LOWER.has(key)) BY_LOWER.set(key, PROVINCE_ALIASES[cand] ?? cand);
}

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every province's name (PROVINCE_NAMES), escaped, as alternatives of a regular expression. */
export const PROVINCE_PATTERN = PROVINCE_NAMES.map(escapeRegExp).join('|');
