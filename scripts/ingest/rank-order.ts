/**
 * Session 43: ranks and scores that belong to no series of a province although they look like it: an order of finishing ("Hà Tĩnh trở
 * thành địa phương thứ 2 của cả nước hoàn thành …") and the pillars of a national average ("… giá trị trung bình cả nước đạt 0,6961 điểm.
 * Cả ba trụ cột …"). Read by not-series.ts. Pure.
 */
import type { Span } from './items';

/** Session 43: an order of finishing, "Hà Tĩnh trở thành địa phương thứ 2 của cả nước hoàn thành việc thu nhận hồ sơ …": who got there
 *  second, no place in a ranking's series. */
const FINISHER_BEFORE = /(?<![\p{L}\p{M}])(?:địa\s+phương|tỉnh|thành\s+phố|đơn\s+vị|bộ|ngành)\s+(?:thứ|đầu\s+tiên\s+và\s+thứ)\s*$/iu;
const FINISHED_AFTER = /^\s*(?:(?:của|trên|trong)\s+(?:cả\s+nước|toàn\s+quốc)\s+)?(?:hoàn\s+thành|về\s+đích|cán\s+mốc|đạt\s+mốc|triển\s+khai\s+thành\s+công)(?![\p{L}\p{M}])/iu;

/** True when the rank at `n` orders who finished something (`FINISHER_BEFORE`, then `FINISHED_AFTER`). */
export function isFinishingOrder(sentence: string, n: Span): boolean {
  return FINISHER_BEFORE.test(sentence.slice(Math.max(0, n.start - 30), n.start)) && FINISHED_AFTER.test(sentence.slice(n.end));
}

/** Session 43: a sentence on all the pillars of an index ("Cả ba trụ cột đều ghi nhận …: Chính quyền số 0,7582 …", "All three key pillars
 *  showed improvement, …") after one that states the average over the country (`NATION_AVERAGE_NAMED`: "giá trị trung bình cả nước đạt
 *  0,6961 điểm", "the DTI averaged 0.6961"): the pillars of that average. */
const PILLARS_OPEN = /^\s*(?:(?:cả\s+(?:ba|3|hai|2|bốn|4)|các|những)\s+trụ\s+cột(?!\s+(?:chính\s+)?của)|all\s+(?:three|3|two|2|four|4|the)\s+(?:key\s+|main\s+)?pillars(?!\s+of))(?![\p{L}\p{M}])/iu;
const NATION_AVERAGE_NAMED = /(?<![\p{L}\p{M}])(?<!(?:hơn|vượt|với|so\s+với)\s+(?:mức\s+)?)(?:(?:giá\s+trị\s+)?(?:trung\s+bình|bình\s+quân)\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc|các\s+tỉnh)(?:\s+năm\s+\d{4})?\s+(?:đạt|là|ở\s+mức)|averaged)(?![\p{L}\p{M}])/iu;

/** True when `sentence` opens on all the pillars (`PILLARS_OPEN`) after a sentence (`previous`, its last sentence) that states the national average's value (`NATION_AVERAGE_NAMED`). */
export function pillarsOfNationalAverage(sentence: string, previous: string): boolean {
  return PILLARS_OPEN.test(sentence) && NATION_AVERAGE_NAMED.test(previous);
}
