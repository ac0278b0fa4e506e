/**
 * Whose figure it is when other countries are named: a foreign country that holds the figure (not one
 * Viet Nam overtakes), a bracket or a sentence that opens on another country (a market's figure), and
 * whether a rank's own sentence says which ranking it is in, so that the article's lead's ranking
 * (`lexicon.ts` reads it for a bare rank) is not this one's. Pure.
 */
import { parenAround } from './items';
import { FOREIGN_COUNTRIES, foreignCountry } from './phrases';

/** Short country names left out of `FOREIGN_COUNTRIES` (they are also parts of personal or place names), capitalised. */
const SHORT_COUNTRIES = ['Mỹ', 'Anh', 'Đức', 'Nga', 'Pháp', 'Lào', 'Ý', 'EU'];
/** Every other country a market or a place abroad may name: the long names and the short ones. */
const ANY_COUNTRY = [...FOREIGN_COUNTRIES, ...SHORT_COUNTRIES].join('|');

/** A field named after the rank: "đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến", or the ranking's own table named ("thứ 2 trong bảng xếp hạng kết quả đánh giá Bộ chỉ số …"; not "… bảng xếp hạng năm nay"). */
const OWN_FIELD = /(?<![\p{L}\p{M}])(?:về(?!\s+(?:xếp\s+hạng|thứ\s+hạng)\s+(?:chung|tổng(?:\s+thể)?)(?![\p{L}\p{M}]))|(?:trong|theo)\s+bảng\s+xếp\s+hạng(?!\s+(?:năm|này|chung|tổng|mới)(?![\p{L}\p{M}])))\s+[\p{L}\p{M}]/u;
/** An index named by its title in the sentence: "Trong bảng Chỉ số tham gia điện tử (EPI) năm 2024, …", "Chỉ số cải cách hành chính (PAR INDEX)". */
const NAMED_INDEX = /(?<![\p{L}\p{M}])chỉ\s+số\s+\p{L}[^,;()]{2,60}\(\s*[a-z]{2,6}(?:\s+index)?\s*\)/iu;
/** A foreign country, any case (the sentence may be lowercased). */
const COUNTRY = new RegExp(`(?<![\\p{L}\\p{M}])(?:${FOREIGN_COUNTRIES.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
/** Viet Nam as the subject before a rank. */
const VIET_NAM = /(?<![\p{L}\p{M}])việt\s+nam(?![\p{L}\p{M}])/iu;
/** Round 64: Viet Nam by name or as "nước ta", "trong nước": a clause naming it is no region's figure (not "hàng nội địa", goods). */
const OWN_COUNTRY = /(?<![\p{L}\p{M}])(?:việt\s+nam|nước\s+ta|trong\s+nước)(?![\p{L}\p{M}])/iu;
/** Viet Nam named as a subject, not as an owner or a destination ("thị trường lớn nhất của Việt Nam"). */
const VIET_NAM_SUBJECT = /(?<!(?:của|tại|với|sang|đến|vào)\s+)(?<![\p{L}\p{M}])việt\s+nam(?![\p{L}\p{M}])/iu;
/** A verb of overtaking before a country, or before the countries listed with it: "vượt Brunei", "vượt qua Thái Lan và ", "bỏ xa …". */
const OVERTAKES = /(?<![\p{L}\p{M}])(?:vượt(?:\s+qua)?|bỏ\s+xa|vượt\s+lên\s+trên)\s+(?:[^,;.\d()]{1,25}?(?:\s*,|\s+và)\s+){0,4}$/iu;

/**
 * True when `text` names a foreign country that is not one Viet Nam, named before it, overtakes ("Việt
 * Nam đã vượt Brunei để vươn lên vị trí thứ 5" names none; "Singapore xếp thứ 3" does): a figure after it
 * is that country's. Case-insensitive unless `exactCase` (names in running text are capitalised).
 */
export function foreignHolder(text: string, exactCase = false): boolean {
  const country = new RegExp(COUNTRY.source, exactCase ? 'gu' : 'giu');
  for (const found of text.matchAll(country)) {
    const before = text.slice(0, found.index);
    if (!(OVERTAKES.test(before) && VIET_NAM.test(before))) return true;
  }
  return false;
}

/**
 * True when the rank's sentence names its own ranking: a field after "về" or a ranking's table, an index by its title and
 * acronym, or a foreign country that holds the rank in its clause (`clause`, the number's context).
 */
export function namesOwnField(sentence: string, clause: string): boolean {
  return OWN_FIELD.test(sentence) || namesIndex(sentence) || SUPERLATIVE_FIELD.test(sentence) || foreignHolder(clause);
}

/** True when the sentence names an index by its title and acronym (`NAMED_INDEX`): its scores are that index's, whatever a lead or topic names. */
export function namesIndex(sentence: string): boolean {
  return NAMED_INDEX.test(sentence);
}

/** Round 60: the ranked field with its own measure, a superlative ("đứng thứ 3/63 tỉnh có số giao dịch cao nhất qua nền tảng NDXP",
 *  "thuộc nhóm 5 địa phương có tỷ lệ … cao nhất"): the rank is by that measure, not by a ranking the page names elsewhere. */
const SUPERLATIVE_FIELD = /(?<![\p{L}\p{M}])(?:tỉnh|thành\s+phố|địa\s+phương|quốc\s+gia|nước|bộ|ngành|doanh\s+nghiệp|đơn\s+vị)\s+có\s+[^,;.()]{2,80}?(?<![\p{L}\p{M}])(?:cao|nhiều|lớn|thấp|ít|nhanh|tốt)\s+nhất(?![\p{L}\p{M}])/iu;

/** True when the number stands in a parenthesis that opens on another country ("(Thái Lan năm 2021 là 12,66% và 2022 là 12,1%)"). */
export function foreignParenthesis(sentence: string, at: number): boolean {
  const paren = parenAround(sentence, at);
  const head = paren ? sentence.slice(paren.start + 1, at) : '';
  return foreignCountry(head) !== undefined && !VIET_NAM.test(head);
}

/** A market named before the figure in its clause: "xuất khẩu … sang thị trường Trung Quốc …, đạt 6,33 tỷ USD", "sang Hoa Kỳ đạt …". */
const MARKET = new RegExp(`(?<![\\p{L}\\p{M}])(?:sang|thị trường)\\s+(?:thị trường\\s+)?(?:${FOREIGN_COUNTRIES.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** A sentence that opens on another country as its subject: "Trung Quốc là thị trường …", "Riêng Hoa Kỳ, …". */
const OPENS_ON = new RegExp(`^\\s*(?:[Tt]rong (?:số )?đó,?\\s+)?(?:[Rr]iêng\\s+|[Tt]ại\\s+|[Ss]ang\\s+|[Tt]hị trường\\s+)?(?:${FOREIGN_COUNTRIES.join('|')})(?![\\p{L}\\p{M}])(?!\\s+và\\s+Việt Nam)`, 'u');

/**
 * True when the number's figure is another country's or an average abroad's (`ABROAD_AVERAGE_BEFORE`): its clause before it names one that holds it
 * (`foreignHolder`, or a short name in a sentence about markets, `marketHolder`) or a foreign market ("sang thị trường Trung Quốc"), its bracket opens on one, or its
 * sentence opens on one ("Trong đó, Trung Quốc là thị trường …") and its `;`-clause does not
 * turn to Viet Nam ("Trung Quốc là thị trường lớn nhất của nhóm hàng … với 7,19 tỷ USD, giảm 2,9%").
 */
export function isForeignFigure(sentence: string, at: number, itemBefore: string): boolean {
  if (ABROAD_AVERAGE_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)) || foreignHolder(itemBefore, true) || foreignParenthesis(sentence, at) || marketHolder(sentence, itemBefore) || MARKET_AFTER.test(sentence.slice(at))) return true;
  const clause = sentence.slice(sentence.lastIndexOf(';', at) + 1, at);
  if (placedAbroad(clause) || (REGION_HOLDER.test(clause) && !OWN_COUNTRY.test(clause)) || (MOVE_END.test(clause) && foreignHolder(clause.slice(0, clause.search(/(?<![\p{L}\p{M}])từ\s/u)), true) && !VIET_NAM.test(clause))) return true;
  const market = MARKET.exec(clause);
  if (market && !WHOLE.test(clause.slice(market.index + market[0].length))) return true; // "…, tổng kim ngạch cả nước đạt …" turns to the whole
  return OPENS_ON.test(sentence) && !VIET_NAM_SUBJECT.test(sentence.slice(0, at)) && !WHOLE.test(clause);
}

/** Round 40: a place abroad set before the figure's clause ("Ở các nền kinh tế lớn, ví dụ ở Mỹ, thương mại điện tử tăng …",
 *  "Tại Nhật Bản, …"): the figures after it are that country's. */
const ABROAD_LEAD = new RegExp(`(?:^|[,;(]\\s*|\\s)(?:[ởỞ]|[Tt]ại)\\s+(?:${ANY_COUNTRY})\\s*,`, 'u');

/** True when the clause before the figure sets a place abroad (`ABROAD_LEAD`) and does not turn to Viet Nam after it. */
function placedAbroad(clause: string): boolean {
  const lead = ABROAD_LEAD.exec(clause);
  return !!lead && !VIET_NAM.test(clause.slice(lead.index));
}

/** Round 44: a region's economy as the holder before the figure ("nền kinh tế số khu vực dự kiến đạt …", "nhóm 6 nền kinh tế kỹ thuật số hàng đầu của khu vực
 *  Đông Nam Á … đạt …", "nền kinh tế kỹ thuật số của 6 quốc gia trên sẽ đạt …", "Ở khu vực Đông Nam Á, …"; round 64: "quy mô thương mại điện tử
 *  ASEAN đã đạt …"), any case: the region's figure, when its clause does not name Viet Nam. */
const REGION_HOLDER = /(?<![\p{L}\p{M}])(?:(?:nền\s+)?kinh\s+tế(?:\s+(?:số|kỹ\s+thuật\s+số|internet))?(?:\s+hàng\s+đầu)?\s+(?:của\s+)?(?:(?:toàn\s+)?khu\s+vực|đông\s+nam\s+á|asean|(?:\d+|sáu|các)\s+(?:quốc\s+gia|nước))|(?:thị\s+trường\s+)?(?:thương\s+mại\s+điện\s+tử|tmđt)\s+(?:của\s+)?(?:khu\s+vực\s+)?(?:đông\s+nam\s+á|asean)|nhóm\s+(?:\d+|sáu)\s+nền\s+kinh\s+tế|(?:^|[,;]\s*|\s)(?:ở|tại|trong)\s+khu\s+vực\s+(?:đông\s+nam\s+á|asean)|(?:giao\s+dịch|doanh\s+thu|quy\s+mô|thị\s+trường|giá\s+trị)(?:\s+(?!(?:nhất|nhanh|dẫn|hàng|đứng|thứ|nhóm)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,4}?\s+(?:ở|tại|trong)\s+(?:khu\s+vực\s+)?(?:đông\s+nam\s+á|asean))(?![\p{L}\p{M}])/iu; // session 50: a measure placed in the region ("giao dịch thương mại điện tử tại Đông Nam Á đã vượt mốc 100 tỷ USD"); review: not a comparison's scope ("nhanh nhất ở Đông Nam Á", "đứng thứ 3 trong ASEAN") nor an event ("Tại ASEAN DX Summit")

/** Round 40: the item before the figure is only a move's end ("… tăng từ 15% GDP năm 2008 lên 37%"): the move's holder is the figure's. */
const MOVE_END = /(?<![\p{L}\p{M}])từ\s[^;]*(?<![\p{L}\p{M}])(?:lên|xuống)(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$/u;

/** An average or benchmark of other countries right before the figure, with at most a link between (round 33): "(trung bình
 *  quốc tế: 66%", "mức trung bình thế giới là 60%", "bình quân toàn cầu khoảng 55%", "trung bình các nước OECD đạt 70%". */
const ABROAD_AVERAGE_BEFORE = /(?<![\p{L}\p{M}])(?:trung\s+bình|bình\s+quân)(?:\s+(?:của|chung\s+của|chung))?\s+(?:quốc\s+tế|thế\s+giới|toàn\s+cầu|khu\s+vực|các\s+nước|asean|oecd)(?:\s+[A-Z]{2,6})?\s*(?::|là|ở\s+mức|đạt|vào\s+khoảng)?\s*(?:(?:khoảng|gần|hơn|trên|chỉ)\s+)?$/iu;

/** A market named right after the figure and its unit: "tăng trưởng âm 30% tại Hàn Quốc", "đạt 2 tỷ USD ở thị trường Nhật Bản", "giảm 5% sang Mỹ" (round 31f): one market's part. */
const MARKET_AFTER = new RegExp(`^[\\d.,]+[^,;()]{0,22}?\\s(?:tại|ở|sang)\\s+(?:thị trường\\s+)?(?:${ANY_COUNTRY})(?![\\p{L}\\p{M}])`, 'u');

/** The whole the clause turns to: "cả nước", "toàn quốc", "tổng …". */
const WHOLE = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc|tổng)(?![\p{L}\p{M}])/iu;

/** A short country name (`SHORT_COUNTRIES`) as a word. */
const SHORT_COUNTRY = new RegExp(`(?<![\\p{L}\\p{M}])(?:${SHORT_COUNTRIES.join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** A sentence about markets: "thị trường", "khách hàng lớn nhất", "xuất khẩu sang". */
const MARKETS = /(?<![\p{L}\p{M}])(?:thị\s+trường|khách\s+hàng|xuất\s+khẩu\s+sang|nhập\s+khẩu\s+từ)(?![\p{L}\p{M}])/iu;

/**
 * True when a short country name stands as the holder before the figure ("… là Mỹ với trị giá hơn 1,4 tỷ USD", "Đức đứng
 * thứ 4 với …") in a sentence about markets: there the name is the market, whose figure is no national series.
 */
export function marketHolder(sentence: string, itemBefore: string): boolean {
  return SHORT_COUNTRY.test(itemBefore) && MARKETS.test(sentence);
}
