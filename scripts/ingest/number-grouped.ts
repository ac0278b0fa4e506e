/**
 * Round 18: a count of whole things written with an English thousands comma ("4,907 người", "12,350 hộ"). In
 * Vietnamese notation "," is the decimal mark, but a count of people, households or dossiers with three decimals and
 * no scale word cannot be a fraction: the comma groups thousands. Pure; `numbers.ts` reads the value this gives.
 */

/** One comma group of exactly three digits ("4,907"; "1,234,567" is already read as grouped). */
const ONE_COMMA_GROUP = /^[1-9]\d{0,2},\d{3}$/u;
/** Whole things counted right after the numeral: never a fraction of one. */
const WHOLE_THINGS_AFTER = /^\s+(?:người|hộ|lượt|hồ sơ|doanh nghiệp|tài khoản|thuê bao|hợp tác xã|cơ sở|trạm|điểm phục vụ|bưu cục|giao dịch|văn bản|thủ tục|học sinh|sinh viên|lao động|cán bộ|hội viên|đoàn viên|khách hàng|bệnh nhân|ca|sản phẩm|tin bài|tin|bài|cuộc|vụ)(?![\p{L}\p{M}])/iu;

/**
 * The count a numeral with one thousands comma stands for when whole things follow it ("4,907 người" → 4907), or
 * undefined (a decimal as Vietnamese writes it: "4,9 người/hộ", "2,907 triệu người").
 */
export function wholeCountWithComma(raw: string, after: string): number | undefined {
  return ONE_COMMA_GROUP.test(raw) && WHOLE_THINGS_AFTER.test(after) ? Number(raw.replace(',', '')) : undefined;
}
