/**
 * Figures of a part of what a series counts, told by who or when the sentence speaks of (round 27b): one tier of a
 * province's administration ("Các sở, ban, ngành giải quyết …, đạt tỷ lệ 85%"; the province's rate is the whole), or the
 * few days of a holiday ("trong kỳ nghỉ Tết …, đã ghi nhận 9 vụ lừa đảo"; the year's count is the whole). Pure.
 */
import { withoutConcessions } from './phrases';

/**
 * A `;`-item that opens, after at most one short lead phrase ("Trong tháng 10, "), on one tier of a province's
 * administration as its subject: its departments ("các sở, ban, ngành"), its districts ("các huyện, thị xã, thành
 * phố"), its communes ("các xã, phường, thị trấn"). Not "100% các sở, ban, ngành …" (a share of the tier: the
 * item opens on the number) nor "các sở, ban, ngành, địa phương" (every body of the province).
 */
const TIER_OPENS = /^\s*(?:[^,;\d]{0,30}\d{0,4}[^,;\d]{0,10},\s*)?(?:các\s+)?(?:sở\s*,\s*ban\s*,\s*ngành|sở\s*,\s*ngành|huyện\s*,\s*thị\s+xã(?:\s*,\s*thành\s+phố)?|quận\s*,\s*huyện|xã\s*,\s*phường(?:\s*,\s*thị\s+trấn)?)(?![\p{L}\p{M}])(?!\s*,\s*(?:địa\s+phương|ubnd|ủy\s+ban))/iu;

/** True when the figure's `;`-item (`item`, up to or around the figure) opens on one tier of a province's administration (`TIER_OPENS`). */
export function isTierFigure(item: string): boolean {
  return TIER_OPENS.test(item);
}

/** A holiday's few days named as the time of what is counted: "trong kỳ nghỉ Tết", "dịp lễ 30/4", "cả nước đón Tết", "những ngày nghỉ lễ". */
const HOLIDAY = /(?<![\p{L}\p{M}])(?:(?:kỳ|kì|đợt|tuần)\s+nghỉ\s+(?:tết|lễ)|dịp\s+(?:tết|lễ)|(?:đón|ăn|nghỉ|vui)\s+tết|(?:những|các)\s+ngày\s+(?:tết|nghỉ\s+lễ|lễ))(?![\p{L}\p{M}])/iu;

/** True when the text read up to the figure (its paragraph up to the end of its sentence) names a holiday's days (`HOLIDAY`): a count over them is no year's or month's value.
 *  Not in a concession ("dù có nhiều ngày nghỉ Tết, nhưng … vẫn thu về 4 tỷ USD", round 44): the month's value despite the holiday. */
export function isHolidayFigure(upToSentence: string): boolean {
  return HOLIDAY.test(withoutConcessions(upToSentence));
}
