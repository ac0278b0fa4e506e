/**
 * Round 31e: a plan's per-unit norms of organisation, no claims: the teams each unit sets up or the units each one
 * picks ("mỗi xã thành lập 1 tổ", "mỗi đơn vị lựa chọn 2 thôn", "các huyện lựa chọn 2 xã để …") and the size each team
 * is given ("mỗi nhóm có 4 thành viên; cấp ấp từ 4 - 6 thành viên"). They say how a plan is carried out, neither what it
 * reached nor an outcome it aims at: a per-person target ("mỗi hộ có 01 tài khoản thanh toán"), a unit's own goal ("mỗi
 * hợp tác xã đưa tối thiểu 2 sản phẩm lên sàn") and a tally ("các xã đã thành lập 65 tổ") stay claims. Pure; `numbers.ts`
 * skips what this accepts.
 */

/** Administrative and organisational units a plan gives a quota to. */
const UNIT = '(?:đơn vị|xã|phường|thị trấn|thôn|bản|ấp|làng|khu phố|tổ dân phố|huyện|quận|thị xã|thành phố|tỉnh|cơ quan|sở|ngành|trường)';
/** Teams a plan sets up. */
const TEAM = '(?:tổ|đội|nhóm|ban)';
/** "mỗi đơn vị cấp xã thành lập ", "từng thôn cử ": each unit, then a verb of setting up or picking, right before the number. */
const EACH_UNIT_SETS_UP = new RegExp(`(?<![\\p{L}\\p{M}])(?:mỗi|từng)\\s+${UNIT}(?![\\p{L}\\p{M}])[^.;:\\d]{0,60}?(?<![\\p{L}\\p{M}])(?:thành lập|lập|lựa chọn|chọn|cử|bố trí)\\s*$`, 'iu');
/** "các huyện, thị xã lựa chọn ": all units of a tier each picking some (no "đã": a tally of what they picked). */
const ALL_UNITS_PICK = new RegExp(`(?<![\\p{L}\\p{M}])các\\s+${UNIT}(?![\\p{L}\\p{M}])[^.;:\\d]{0,60}?(?<![\\p{L}\\p{M}])(?<!đã\\s)(?:lựa chọn|chọn)\\s*$`, 'iu');
/** The units picked, right after the number: "2 xã", "3 thôn". */
const UNIT_AFTER = new RegExp(`^\\s+${UNIT}(?![\\p{L}\\p{M}])`, 'iu');
/** Each team in the sentence before the number, with no average ("trung bình") after it: "Mỗi tổ … có ", "…; cấp thôn từ ". */
const EACH_TEAM = new RegExp(`(?<![\\p{L}\\p{M}])mỗi\\s+${TEAM}(?![\\p{L}\\p{M}])(?:(?!trung\\s+bình|bình\\s+quân)[^.]){0,120}$`, 'iu');
/** A team's members, right after the number (or range). */
const MEMBERS_AFTER = /^\s+(?:thành\s+viên|người)(?![\p{L}\p{M}])/iu;
/** The most a norm of teams or units picked per unit sets: a norm is small. */
const MOST = 20;

/**
 * True when the number at the end of `before` (the text up to it) is a plan's per-unit norm: teams or units each unit
 * sets up or picks (`EACH_UNIT_SETS_UP`, `ALL_UNITS_PICK`), or the members each team has (`EACH_TEAM`); `after` is the text
 * after the number (or range), `n` its (low) value.
 */
export function isPerUnitNorm(before: string, after: string, n: number): boolean {
  if (!Number.isInteger(n) || n < 1 || n > MOST) return false;
  if (EACH_UNIT_SETS_UP.test(before) || (ALL_UNITS_PICK.test(before) && UNIT_AFTER.test(after))) return true;
  return EACH_TEAM.test(before) && MEMBERS_AFTER.test(after);
}
