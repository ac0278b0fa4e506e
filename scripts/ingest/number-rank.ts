/**
 * Ranks read across their neighbours (`numbers.ts`): the size of a rank's field after it ("thứ 14
 * trong 63 tỉnh", "trong tổng số 132 quốc gia") and the ranks of a list or a move after a first one
 * ("Singapore xếp thứ 2, Malaysia 29", "từ vị trí 59 (năm 2016) lên 42", "vị trí 44 năm 2021, 48 năm
 * 2022"), and a score out of a round scale ("tổng điểm 54,96/100"). Pure.
 */
import type { NumberMatch } from './numbers';

/** "thứ 14 trong 63 tỉnh", "vị trí thứ 5 trong 11 nước": the number after a rank is the size of its field. */
export function rankField(s: string, prev: NumberMatch, p: number): boolean {
  if (prev.kind !== 'rank' || prev.total !== undefined) return false;
  const gap = s.slice(prev.end, p);
  return /^\s+(?:trong|trên)\s+(?:số\s+|tổng số\s+)?$/u.test(gap)
    || (/(?<![\p{L}\p{M}])(?:trong|trên)\s+tổng\s+số\s+$/u.test(gap) && !/[\d;.]/u.test(gap) && FIELD_NOUN.test(s.slice(p).replace(/^[\d.,]+/u, '')));
}

/** A ranking or a survey's field sized right after its verb ("PII 2023 cũng xếp hạng 63 tỉnh, thành", "đánh giá 20 bộ, ngành", "chỉ số SIPAS của 63 địa phương", "Chỉ số SIPAS 63 tỉnh, thành phố", round 35): how many it ranks, no rank nor claim. */
const RANKS_FIELD_BEFORE = /(?<![\p{L}\p{M}])(?:xếp hạng|đánh giá|khảo sát|(?:sipas|par index|pci|papi|dti|pii|chỉ số)(?:\s+(?:19|20)\d\d)?(?:\s+của)?)\s*(?:cho\s+)?(?:cả\s+|tất cả\s+)?$/iu;
const FIELD_PLURAL_AFTER = /^\s+(?:tỉnh,?\s*thành|địa phương|bộ,?\s*ngành|quốc gia và vùng lãnh thổ|quốc gia, nền kinh tế)(?![\p{L}\p{M}])/iu;

/** True when the bare number after `lower` (lowercase text before it) and before `after` is the size of the field a ranking or survey covers (`RANKS_FIELD_BEFORE`). */
export function isRankedFieldSize(lower: string, after: string): boolean {
  return RANKS_FIELD_BEFORE.test(lower) && FIELD_PLURAL_AFTER.test(after);
}

/** What a ranking ranks, after the size of its field ("trong tổng số 132 quốc gia", "trên tổng số 63 tỉnh, thành phố"). */
const FIELD_NOUN = /^\s+(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương|bộ|ngành|đơn vị|trường)(?![\p{L}\p{M}])/iu;

/** Session 48: the next `;`-item of a ranks list, a capitalised name of up to six words then a dash or a colon ("…; Thể chế số - 57"). */
const RANK_ITEM_NAMED = /^\s*;\s*(?!(?:Số(?!\s+h(?:óa|oá))|Tổng|Tỷ\s+lệ|Tỉ\s+lệ|Lượng)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,5}\s*[-–:]\s*$/u; // review: not a count's or an amount's name ("; Số xã hoàn thành - 45", "; Tổng số trạm BTS - 850")
/** Review of round 67: the place alone closes its item ("- 57;", "- 50."), at most three digits: not a count with its noun ("; Huyện A - 12 xã …", "; Hạ tầng số: 1.200 trạm"). */
const RANK_ITEM_END = /^\d{1,3}(?![\d.,]\d)\s*(?:[;.)]|$)/u;

/**
 * "Singapore xếp thứ 2, Malaysia 29, Thái Lan 31", "lần lượt xếp thứ 2 và 3": a bare number after a
 * rank (and a proper name); "từ vị trí 57 lên 53", "từ hạng 40 xuống 45": the rank a move ends at; "…; Thể chế số - 57" (`RANK_ITEM_NAMED`).
 */
export function isRankListItem(s: string, p: number, prev: NumberMatch | undefined): boolean {
  if (!prev || prev.kind !== 'rank' || prev.unit !== 'rank') return false;
  const gap = s.slice(prev.end, p).replace(RANK_YEAR, '');
  if (/^\s+(?:lên|xuống)\s+(?:(?:vị trí|hạng|thứ)\s+)?$/u.test(gap)) return true;
  if (prev.total === undefined && RANK_ITEM_NAMED.test(gap) && RANK_ITEM_END.test(s.slice(p))) return true; // session 48: "Nhận thức số - xếp thứ 36; Thể chế số - 57; …"
  return prev.total === undefined && /^\s*(?:,|,?\s*và)\s*(?:\p{Lu}[\p{L}\p{M}]*\s+){0,4}$/u.test(gap);
}

/** A rank out of its field written with "trên", its move in the bracket after the field: "là 41 trên 175 (giảm 3 bậc)". */
const RANK_OUT_OF = /^\s+trên\s+(\d{1,3})\s*\(\s*(?:tăng|giảm|tụt|thăng|lên|xuống)\s+\d{1,3}\s+(?:bậc|hạng|vị trí)(?![\p{L}\p{M}])/iu;

/** True when the bare `value` before `after` is a rank out of a field "trên M" that a rank move in brackets follows (round 30a): read like "41/175"; the field then sizes it (`rankField`). */
export function isRankOutOfField(after: string, value: number): boolean {
  const m = RANK_OUT_OF.exec(after);
  return m !== null && Number.isInteger(value) && value >= 1 && value <= Number(m[1]);
}

/** A move of a ranking, then where it ends out of its field: "tăng 14 bậc xếp hạng (lên 37/110 quốc gia)", "thứ hạng giảm, xuống 52/63". */
const RANK_MOVE_TO = /(?<![\p{L}\p{M}])(?:bậc|hạng|vị trí)(?![\p{L}\p{M}])[^.;\d]{0,40}?(?<![\p{L}\p{M}])(?:lên|xuống)\s+(?:(?:vị trí|hạng|thứ)\s+)?$/u;

/** Round 48: the ranks a move's bracket goes between, after its steps ("thể chế số tăng 5 bậc (từ 6 lên 1)", "lùi 5 bậc (từ 1 xuống 6)"). */
const MOVE_BRACKET_RANK = /(?<![\p{L}\p{M}])bậc\s*\(\s*từ\s+(?:(?:vị trí|hạng|thứ)\s+)?(?:\d{1,3}\s+(?:lên|xuống)\s+(?:(?:vị trí|hạng|thứ)\s+)?)?$/u;

/** True when a bare number right after `lower` (the lowercase text before it) is a rank a move's bracket goes from or to. */
export function isMoveBracketRank(lower: string): boolean {
  return MOVE_BRACKET_RANK.test(lower);
}

/** True when "a/b" right after `lower` (the lowercase text before it) is the rank a ranking's move ends at, out of its field. */
export function isRankMoveTo(lower: string): boolean {
  return RANK_MOVE_TO.test(lower);
}

/** A ranking's pillars listed, then their ranks in turn: "xếp hạng chính quyền số, kinh tế số, xã hội số của tỉnh lần lượt là" (no figure between). */
const RESPECTIVE_RANK = /(?<![\p{L}\p{M}])(?:xếp hạng|thứ hạng|vị trí)(?![\p{L}\p{M}])[^\d;:.]{0,160}(?<![\p{L}\p{M}])lần lượt(?:\s+(?:là|đạt|ở|giữ))?\s*(?:(?:vị trí|thứ|hạng)\s+)?$/u;

/** True when a bare number at `p` is the first of ranks given in turn for the parts a ranking names before ("… lần lượt là 15, 7, 4"): the rest follow it as list items. */
export function isRespectiveRank(s: string, p: number): boolean {
  return RESPECTIVE_RANK.test(s.slice(Math.max(0, p - 240), p).toLowerCase());
}

/** The year a rank of a history is of, after it: " (năm 2016)", " năm 2021", " (năm 2019 và 2020)" (left out when reading the next rank: "59 (năm 2016) lên 42", "44 năm 2021, 48 năm 2022");
 *  round 39: its month too, " trong tháng 2", " vào tháng 2/2022" ("giảm từ vị trí 50 trong tháng 2 và 45 trong tháng 1"). */
const RANK_YEAR = /^\s*(?:\(\s*)?(?:năm\s+(?:19|20)\d\d(?:\s*(?:,|và|-|–)\s*(?:19|20)\d\d)*|(?:(?:trong|vào)\s+)?tháng\s+(?:1[0-2]|0?[1-9])(?:\s*\/\s*(?:19|20)\d\d)?(?!\d))(?:\s*\))?/u;


/** Words right before a score: "tổng điểm", "điểm số đạt", "đạt số điểm", a level on a scale ("cấp độ 6/10"). */
const SCORE_BEFORE = /(?<![\p{L}\p{M}])(?:điểm(?:\s+số)?|cấp độ|mức độ)(?:\s+(?:đạt|là))?\s*:?\s*$/u;

/** "điểm" right after "a/b", ending its phrase ("40,62/80 điểm,", "8/10 điểm và"): points on any scale (not places, "2.152/2.418 điểm lõm sóng", "20/45 điểm cầu"). */
const SCORE_AFTER = /^\s*điểm(?:\s*(?:[,.;:!?()]|$)|\s+(?:và|xếp|đứng|tăng|giảm|đạt|so|của|trên|trong|là)(?![\p{L}\p{M}]))/u;

/** The people a rate is given per ("0,7/1.000 dân", "2,5/100 người"): a density, no score. */
const PER_PEOPLE = /^\s*(?:dân|người|hộ|trẻ|học sinh)(?![\p{L}\p{M}])/iu;

/**
 * True when "a/b" is a score out of a round scale ("tổng điểm 54,96/100", "đạt 8,2/10 điểm", "cấp độ 6/10"), or a fraction
 * `value` out of 10 or 100 with nothing before it ("mức khá với 76,25/100": no count has a fraction; round 29a), not a rate per
 * people (`PER_PEOPLE`): an index value, not a count.
 */
export function isScoreOutOf(before: string, scale: number, after: string, value: number): boolean {
  if (!Number.isInteger(value) && (scale === 10 || scale === 100) && !PER_PEOPLE.test(after)) return true;
  return ([1, 5, 10, 100, 1000].includes(scale) && SCORE_BEFORE.test(before)) || SCORE_AFTER.test(after);
}

/** A count of provinces, not a rank: a count word before ("có 40/63") or the provinces then what they did after ("40/63 tỉnh đã …"). */
const COUNT_OF_FIELD = { before: /(?<![\p{L}\p{M}])(?:có|gồm|còn|với|được)\s*$/iu, after: /^\s+(?:tỉnh|địa phương|thành phố)[^;.()]{0,24}?(?<![\p{L}\p{M}])(?:đã|đều|có|hoàn thành|đạt|được)(?![\p{L}\p{M}])/iu };

/** A lead-in that names ranks before a colon, the list of fields after it up to the fraction ("… thay đổi xếp hạng: Chính quyền số "). */
const RANK_LEAD_COLON = /(?<![\p{L}\p{M}])(?:xếp\s+hạng|thứ\s+hạng)(?![\p{L}\p{M}])[^.;:\d]{0,40}:\s*[^.;:]*$/iu;

/**
 * True when the fraction "a/`total`" right after `before` (the sentence up to it) follows a rank out of the same
 * field earlier in the sentence: a list of ranks that drops its rank word ("Nhận thức số xếp hạng 1/63 (tăng 3
 * bậc); chính quyền số 23/63"). The field size is a whole (≥ 10), not a small share; a count of provinces
 * (`COUNT_OF_FIELD`, "có 40/63 tỉnh đã …") is none. `after` is the text after the fraction.
 */
export function isRankListFraction(before: string, total: number, after: string): boolean {
  if (!Number.isInteger(total) || total < 10 || COUNT_OF_FIELD.before.test(before) || COUNT_OF_FIELD.after.test(after)) return false;
  if (RANK_LEAD_COLON.test(before)) return true; // round 44: "Ba trụ cột … có sự thay đổi xếp hạng: Chính quyền số 28/63 (tăng 11 bậc …), kinh tế số 26/63 …"
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:xếp hạng|xếp thứ|đứng thứ|hạng|thứ)\\s+(?:thứ\\s+)?\\d{1,3}\\s*\\/\\s*${total}(?!\\d)`, 'iu').test(before);
}

/** Round 73: an index's name, then its place alone in brackets ("(1) Chỉ số quản trị môi trường (17/63), (2) Chỉ số kiểm soát tham nhũng (22/63)"). */
const INDEX_PLACE_BRACKET = { before: /(?<![\p{L}\p{M}])chỉ\s+số(?![\p{L}\p{M}])(?:(?!(?<![\p{L}\p{M}])(?:đạt|được|tại|ở|các|chỉ tiêu|hoàn thành|triển khai|khảo sát|điểm|năm)(?![\p{L}\p{M}]))(?:[^(),\d;:.]|,(?!\s*[(\d]))){1,100}\(\s*$/iu, after: /^\s*\)/u }; // review: the name alone, no verb, place, count or score word ("Chỉ số DTI đã được công bố tại các tỉnh (63/63)", "… đạt điểm cao (13/14)")

/**
 * True when "`value`/`total`" stands alone in brackets right after an index's name (`before`, the sentence up to it; `after`, the text
 * after the fraction): the index's place out of a field of places (63 provinces, 193 countries), not a count of them. A whole place
 * out of a field of 30 or more that is no round scale ("(85/100)", "(42/80)", "(45/50)" are scores; "(12/12)" a share); a comma inside the
 * name ("Chỉ số hài lòng của người dân, tổ chức …").
 */
/** The round scales a score is given out of, never a field of places. */
const SCORE_SCALES: ReadonlySet<number> = new Set([50, 80, 100, 1000]);

export function isIndexPlaceBracket(before: string, value: number, total: number, after: string): boolean {
  if (!Number.isInteger(value) || !Number.isInteger(total) || total < 30 || SCORE_SCALES.has(total) || value > total) return false; // review: a field of places (63, 34, 140, 193), not a scale (/50, /80, /100) nor a share of a few (12/12, 15/18)
  return INDEX_PLACE_BRACKET.before.test(before) && INDEX_PLACE_BRACKET.after.test(after);
}
