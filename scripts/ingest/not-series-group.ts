/**
 * Round 32 (output audit of unscored pages, series): a figure whose subject is a counted group of things named before ("Tổng
 * kim ngạch 2 mặt hàng này …", "hai lĩnh vực này đạt …", "3 nhóm hàng trên chiếm …") is their sum or their share: no series of
 * one of them, however well the sentence before names one (`lexicon.ts`, `series-carry.ts` read no further). Not "các mặt hàng
 * này", which may point back to one group of goods named in the plural ("điện thoại các loại và linh kiện"). Pure.
 */

/** A count, a group noun, then a word pointing back (lowercase text); round 45: not the year's "năm" of "đầu năm mặt hàng này" ("the start of
 *  the year, this commodity"), which is no five. */
const COUNTED_GROUP = /(?<![\p{L}\p{M}\d])(?<!(?:đầu|cuối|giữa|trong|cả|mỗi|hằng|hàng|của|tháng)\s+)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+hàng|mặt\s+hàng|sản\s+phẩm|lĩnh\s+vực|ngành(?:\s+hàng)?|thị\s+trường)(?:\s+(?:chủ\s+lực|lớn(?:\s+nhất)?|chính))?\s+(?:này|trên|nêu\s+trên|kể\s+trên)(?![\p{L}\p{M}])/u;

/** True when the number's clause (lowercase) has a counted group pointed back to as its subject (`COUNTED_GROUP`). */
export function pointsToCountedGroup(clause: string): boolean {
  return COUNTED_GROUP.test(clause);
}
