/**
 * Round 40: a rank among the provinces of one region of Viet Nam ("xếp thứ 5 khu vực Tây Nguyên", "đứng thứ 2 trong vùng
 * Đồng bằng sông Cửu Long"): no national ranking's place (those count all 63 or 34 provinces). A region abroad ("thứ 3 khu
 * vực Đông Nam Á") is not one of these. Pure; text is compared lowercase.
 */

/** Viet Nam's regions, as reports name them, lowercase. */
const REGIONS = [
  'tây nguyên', 'tây bắc', 'đông bắc', 'bắc trung bộ', 'nam trung bộ', 'duyên hải', 'đông nam bộ', 'tây nam bộ',
  'đồng bằng sông hồng', 'đồng bằng sông cửu long', 'trung du', 'miền núi phía bắc', 'miền trung', 'miền bắc', 'miền nam',
  'đbscl', 'đbsh', 'miền tây',
];
const REGION = `(?:${REGIONS.join('|')})(?![\\p{L}\\p{M}])`;

/** Right after the rank (and its "/N"): "(trong|của|tại) (khu vực|vùng) <region>", or "của <region>" with no "khu vực" (round 57: "thứ 2 của Bắc Trung bộ"). */
const IN_REGION = new RegExp(String.raw`^\s*(?:\/\s*\d+\s*)?(?:(?:trong|của|tại)\s+(?:(?:các\s+tỉnh\s+)?(?:khu\s+vực|vùng)\s+)?|(?:khu\s+vực|vùng)\s+)${REGION}`, 'u');
/** Round 57: the region named before the rank, in its clause ("So với khu vực ĐBSCL, Cà Mau xếp ở vị trí thứ 3"), with no "cả nước" nor a bracket between ("chỉ sau Long An (hạng 7)": another province's national place). */
const REGION_BEFORE = new RegExp(String.raw`(?:so\s+với|trong|tại|ở)\s+(?:các\s+tỉnh\s+)?(?:khu\s+vực|vùng)\s+${REGION}(?![^]*(?:cả\s+nước|\())[^]*$`, 'u');
/** "trong khu vực" / "trong vùng" with no name after it, read as above only when a region of Viet Nam is named in the sentence. */
const UNNAMED = /^\s*(?:\/\s*\d+\s*)?(?:trong|của)\s+(?:khu\s+vực|vùng)(?![\p{L}\p{M}])/u;

/** A rank out of all the provinces ("/63", "/34"): a national place, whatever region the clause named before it. */
const NATIONAL_FIELD = /^\s*\/\s*(?:63|34)(?!\d)/u;

/** True when the words after a rank (`after`, lowercase) or its clause before it (`before`) place it in one region of Viet Nam; `sentence` (lowercase) names the region when `after` does not. */
export function ranksInRegion(after: string, sentence: string, before = ''): boolean {
  if (IN_REGION.test(after) || (REGION_BEFORE.test(before) && !NATIONAL_FIELD.test(after))) return true;
  return UNNAMED.test(after) && REGIONS.some((r) => sentence.includes(r));
}
