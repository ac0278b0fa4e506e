/**
 * Which canonical indicator (content/indicators.yaml) a number measures, by scored matching on the
 * folded words around it (see the header of indicators.yaml for the rules); which topics a text is
 * about is `topics.ts`, re-exported here. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { isBareGrowth } from './growth-lead';
import { findPhrase, isSyllable, phraseWords } from './folded-text';
import { numberOffset, ownPiece, pointsToSector, prepare, type IndicatorQuery, type Matching } from './indicator-context';
import { listedItem, namesListedPart, namesOwnSubject, sentenceNamesSubject } from './indicator-own-subject';
import { DETAILS_OPENING, withoutConcessionPieces } from './phrases';
import { countsAllow } from './indicator-counts';
import { namesIndex, namesOwnField } from './foreign-holder';
import { ranksEnglishItem, ranksOwnField } from './english-clause';
import { PER_HEAD } from './number-context';
import { namesSibling } from './concept-sibling';
import { insideExcluded, intoTotalAfter, listLeadIn, moreSpecific, OPTIONAL, OPTIONAL_CAP, preferRefinement, type Scored } from './indicator-choice';
import { fieldLeadIn, namesNation, namesProvince, subjectAllows } from './indicator-subject';
import { anyWithin, averagedConcept, bestForm, folded, type Found } from './indicator-forms';
import { sentenceHead } from './sentence-head';
import { ranksInRegion } from './region-rank';
import { leftOutByOwnClause } from './rank-stretch';
import { pointsToCountedGroup } from './not-series-group';

import { BARE_WHOLE_SECTOR, isBareSector, isOtherSectorUnnamed } from './unnamed-sector';

export type { Scored } from './indicator-choice';
import { containsPhrase, paragraphTopic, readsOpening, seriesWords, topicsBefore, wholeSector, withoutOutside } from './series-words';

export { contextBefore, previousSentence, type IndicatorQuery } from './indicator-context';
export { containsPhrase, recentTopic, seriesWords, topicBefore, topicsBefore } from './series-words';
export { countOccurrences, matchTopics } from './topics';

/** Why a number that looked like an indicator's was left without one (a metric `reasons` code). */
export type IndicatorReason = 'indicator-tie' | 'weak-indicator-match';

/** The outcome of scoring: the indicator id when one wins, its score, and the reason when none does. */
export interface IndicatorScore {
  indicator?: string;
  score: number;
  reason?: IndicatorReason;
}

/** Lowest score an indicator needs to be assigned. */
export const THRESHOLD = 1.5;
/** How many pieces away a ranking named in the sentence still reaches a rank ("Theo … (DTI 2023), A lọt vào Top 10, tăng 18 bậc, vươn lên vị trí thứ 6"): the pieces between are the same subject's moves. */
const RANK_REACH = 4;
/** Two candidates closer than this are a tie: neither is assigned. */
export const TIE_MARGIN = 0.25;

/** "chưa" (not yet): the clause states the complement of what an indicator counts. Read on unfolded text ("chùa", "chứa" fold alike). */
const NEGATION = /(?<![\p{L}\p{M}])chưa(?![\p{L}\p{M}])/u;
/** Score weight of a phrase: 1 per syllable, 2 per acronym or loan word, at most 4. */
export function phraseWeight(words: string[]): number {
  return Math.min(4, words.reduce((s, w) => s + (isSyllable(w) ? 1 : 2), 0));
}

/** Words right before a count or an amount that make it a change, not a level ("tăng thêm 4 tỷ USD"); "cắt giảm" (cut) is an act whose count a series may count ("đã cắt giảm 1.200 thủ tục"). */
const INCREMENT = /(?:^|[\s,(])(?:tăng thêm|tăng trưởng|tăng|(?<!cắt\s)giảm|thêm|giảm đi|tăng lên thêm)\s+(?:(?:nhẹ|mạnh|sâu|đáng kể)\s+)?(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|ước|ước tính)\s+)?$/u;
/** Session 24: on an English page, "by" right before an amount or count makes it a change or a gap ("decreased by US$5.11 billion", "surpassed … by nearly US$1 billion"), as do "up"/"down" and "an increase/a drop of". */
const ENGLISH_INCREMENT = /(?:^|[\s,(])(?:by|up|down|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|loss)\s+of)\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|approximately|just)\s+)?(?:us\$|usd|vnd|\$)?\s*$/u;
/** Session 46: a passive's agent before the figure ("Vietnam was hit by 988 cyberattacks", "was targeted by 1,200 attacks"): "by" names who
 *  or what did it, no change's amount. Review: only verbs whose agent is counted (not "was down by 1,000", "were slashed by", "higher by").
 *  Lowercase. */
const PASSIVE_AGENT = /(?<![\p{L}])(?:was|were|been|being|is|are|be|get|got)\s+(?:\p{L}+ly\s+)?(?:hit|struck|targeted|attacked|breached|affected|visited|used|accessed|attended|viewed|watched|downloaded|installed|activated|adopted|registered|followed|joined|approved|supported|backed|signed|owned|operated|served|reached|chosen|selected|rated|reviewed|shared)\s+by\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|approximately|just)\s+)?(?:us\$|usd|vnd|\$)?\s*$/u;
/** A noun that makes a count a rate ("lượt/ngày", "thuê bao/100 dân", "thuê bao trên 100 dân"). */
const RATE_NOUN = /^[\p{L}\p{M}\s]{1,24}(?:\/|\strên\s)\s*(?:\d|ngày|tháng|tuần|giờ|người|dân|hộ)/u;
/** The same on an English page (round 43): "265 cyber attacks per week", "256 attacks on domestic systems every week", "3 million transactions a day". */
const ENGLISH_RATE_NOUN = new RegExp(String.raw`^[\p{L}\p{M}\s-]{1,48}?(?:\s(?:per|every|each|a)\s+(?:day|week|month|hour|minute|second)(?![\p{L}])|\s*${PER_HEAD.source})`, 'iu'); // session 43: "2.1 digital technology enterprises per 1,000 people", "/1000 people"

/** True for a count or an amount stated as a change ("tăng 4,1 triệu thuê bao") or a rate ("425.000 lượt/ngày"): no level series applies. */
export function isChangeOrRate(q: IndicatorQuery): boolean {
  if (q.unit !== 'count' && q.unit !== 'VND' && q.unit !== 'USD' && q.unit !== 'index') return false; // a score's change too: "tăng 0,18 điểm"
  const before = q.clause.slice(0, q.at);
  const after = q.clause.slice(q.at).replace(/^[\d.,]+/u, ''); // the noun as printed, its "/" kept
  return INCREMENT.test(before) || (!!q.english && ((ENGLISH_INCREMENT.test(before) && !PASSIVE_AGENT.test(before)) || PER_HEAD.test(before.split(/,(?!\d)|\s(?:and|or)\s/u).at(-1) ?? ''))) || (q.unit === 'count' && (RATE_NOUN.test(q.noun ?? '') || (!!q.english && (ENGLISH_RATE_NOUN.test(q.noun ?? '') || ENGLISH_RATE_NOUN.test(after)))));
}

/**
 * Round 37: a concept read away from the number (in the sentence before it, or in the part itself) that its sentence names again in a part
 * opened after the number by "trong đó" ("Số hồ sơ trực tuyến tiếp tục tăng. … tiếp nhận hơn 4,3 triệu hồ sơ, trong đó có trên
 * 3,2 triệu hồ sơ được nộp trực tuyến"): the sentence tells the whole from its part, and the concept is the part's.
 */
function namedByPartAfter(m: Matching, f: Found): boolean {
  const { tokens, num } = m;
  const part = tokens.findIndex((t, i) => i > num.last && t.w === 'trong' && tokens[i + 1]?.w === 'do' && /[,;]\s*$/u.test(m.text.slice(tokens[i - 1]!.end, t.start)));
  if (part < 0 || (f.hit.first > num.last && f.hit.first < part)) return false;
  const away = tokens[f.hit.last]!.end <= m.anaphor || f.hit.first > part; // not the number's own sentence before it ("… kinh tế số … 53 tỷ USD, trong đó kinh tế số nền tảng …": the whole's own words)
  return away && findPhrase(tokens.slice(part), f.words).length > 0;
}

/** True when a publisher of `sources` (folded) is named in the number's sentence before it ("Theo NCS, …", "dữ liệu từ KSN cho thấy, … 1.674.418 sự cố"). */
function namesSourceBefore(q: IndicatorQuery, sources: readonly string[][]): boolean {
  if (sources.length === 0) return false;
  const words = phraseWords(q.sentence.slice(0, numberOffset(q)));
  return sources.some((s) => containsPhrase(words, s));
}

/** The score of one indicator for the number, or undefined when a rule rules it out. */
export function scoreOne(ind: Indicator, q: IndicatorQuery, m: Matching): Scored | undefined {
  if (!ind.units.includes(q.unit)) return undefined;
  if (q.provincialGoal && ind.subject !== 'province') return undefined;
  if (q.inProvince && ind.subject !== 'province') return undefined; // a province's figure is no national or sector total
  if (q.districts && ind.subject !== 'sector') return undefined; // round 36: the districts' figure is neither the nation's nor the province's
  if (q.namedBody && ((q.unit === 'percent' && ind.subject === 'country') || ind.subject === 'province')) return undefined; // a ministry's value is no province's
  if (ind.kinds && !ind.kinds.includes(q.kind)) return undefined;
  if (ind.totals && q.total !== undefined && !ind.totals.includes(q.total)) return undefined;
  if (!countsAllow(ind, q)) return undefined;
  const forms = folded(ind);
  if (namesSourceBefore(q, forms.sources)) return undefined; // round 45: "Theo NCS, … 5.100 vụ tấn công": a security firm's tally
  const found: Found[] = [];
  for (const concept of forms.concepts) {
    const f = bestForm(m, concept, phraseWeight);
    if (!f) return undefined;
    found.push(f);
  }
  if (found.some((f) => namedByPartAfter(m, f) || (q.unit !== 'percent' && intoTotalAfter(m, f.hit)))) return undefined;
  const [ownFirst, ownLast] = ownPiece(m.tokens, m.num.first);
  // Concepts in the shared predicate (after " … ") are read there: the other items between are not this claim's words.
  const inPredicate = (f: Found) => m.tokens[f.hit.first]!.start >= m.predicate;
  const near = found.filter((f) => !inPredicate(f));
  const first = Math.min(ownFirst, ...near.map((f) => f.hit.first));
  const last = Math.max(ownLast, ...near.map((f) => f.hit.last));
  const without = withoutOutside(forms.without, found.map((f) => f.words));
  if ((q.unit === 'rank' || q.unit === 'index') && without.some((w) => containsPhrase(fieldLeadIn(q.sentence, numberOffset(q) ?? q.at - 1), w))) return undefined; // "Trong ASEAN, Việt Nam xếp thứ 5 về …"
  if (found.some((f) => insideExcluded(m, f.hit, without) || averagedConcept(m, f.hit, without))) return undefined;
  if (found.some((f) => isBareSector(f.words)) && isOtherSectorUnnamed(q)) return undefined; // session 54: "toàn ngành" on a publishing page names no ICT series
  if (anyWithin(m, first, last, without, near.map((f) => f.hit))) return undefined;
  const predicateFirst = m.tokens.findIndex((t) => t.start >= m.predicate);
  if (predicateFirst >= 0 && near.length < found.length && anyWithin(m, predicateFirst, m.tokens.length - 1, without)) return undefined;
  if (!subjectAllows(ind, { span: m.tokens.slice(first, last + 1), text: m.text, sentence: subjectSentence(q, m, near), total: q.total, unit: q.unit, inProvince: q.inProvince || q.provincialGoal, english: q.english })) return undefined; // a province plan's goal is the province's
  const optional = forms.optional.map((o) => bestForm(m, [o], () => OPTIONAL)?.value ?? 0).reduce((a, b) => a + b, 0);
  const score = found.reduce((sum, f) => sum + f.value, 0) + Math.min(OPTIONAL_CAP, optional);
  return { score, near: Math.min(...found.map((f) => f.distance)), far: Math.max(...found.map((f) => f.distance)) };
}

/**
 * The sentence whose words say whose value the number is: its own, with the sentence read before it when every concept
 * was found only there (not the headline and lead a rank reads), unless its own sentence names the nation: "Thứ hạng chỉ số chuyển đổi số của tỉnh Y còn thấp. Cụ
 * thể: năm 2021 (hạng 40, chỉ số 0,41)" — the province named with the index is the figures' subject.
 */
function subjectSentence(q: IndicatorQuery, m: Matching, near: Found[]): string {
  const readBefore = !m.leadRead && near.length > 0 && near.every((f) => m.tokens[f.hit.last]!.end <= m.anaphor) && !namesNation(q.sentence);
  if (readBefore) return `${m.text.slice(0, m.anaphor)}${q.sentence}`;
  const detailed = DETAILS_OPENING.test(q.sentence) ? q.previous ?? q.earlier : q.opening !== undefined && DETAILS_OPENING.test(q.opening) ? q.earlier : undefined; // a paragraph of details, sentence after sentence
  return detailed !== undefined && namesProvince(detailed) && !namesNation(detailed.replace(RANKED_IN_NATION, ' ')) ? `${detailed} ${q.sentence}` : q.sentence; // round 48: "Theo đó, TP Hải Phòng … thứ 8 …. // Cụ thể, chính quyền số xếp hạng 28": the province the detail's sentence names
}

/** A place in the nation's ranking ("đứng vị trí thứ 8 cả nước"): the field ranked in, not the nation as the figure's owner. */
const RANKED_IN_NATION = /(?<![\p{L}\p{M}])(?:thứ|hạng)\s+\d{1,3}(?:\/\d{1,3})?\s+(?:(?:trên|trong)\s+)?(?:cả nước|toàn quốc)/gu;


/** A sentence that opens on a rate or share alone ("Tốc độ tăng lần lượt …", "Tỷ trọng …"; an amount, "Quy mô thị trường …", may name a market of its own), lowercase. */
const MEASURE_OPENS = /^\s*(?:(?:tốc độ )?tăng trưởng|tốc độ tăng|t[ỷỉ] (?:lệ|trọng))(?![\p{L}\p{M}])/u;

/** Round 44: a rank in a bracket right after an item ("… (xếp hạng 3)") of a sentence that lists measures ("Có 3 chỉ số … là: tốc độ tăng năng suất lao
 *  động (xếp hạng 3); …"): that measure's own rank, not the ranking the page leads with. Lowercase. */
const ITEM_RANK_BRACKET = /\(\s*(?:xếp\s+hạng|hạng|xếp\s+thứ|thứ|vị\s+trí)\s*(?:thứ\s*)?$/u;
const LISTS_MEASURES = /(?<![\p{L}\p{M}])(?:\d+|các|những|một\s+số|hai|ba|bốn|năm)\s+(?:chỉ\s+số|chỉ\s+tiêu)(?:\s+(?:thành\s+phần|con|phụ))?(?![\p{L}\p{M}])[^.;]{0,120}?:/u;

/** True when the rank's clause up to it ends on an item's bracket (`ITEM_RANK_BRACKET`) in a sentence listing measures (`LISTS_MEASURES`). */
function ranksItemBefore(before: string, sentence: string): boolean {
  return ITEM_RANK_BRACKET.test(before) && LISTS_MEASURES.test(sentence);
}

/**
 * Scores every indicator for the number and picks the best: the one whose concepts all stand
 * nearest the number (the farthest of them, in pieces), then the highest score. A later verb of a sentence with no
 * subject of its own reads the sentence's opening subject (`sentenceHead`). A rank whose
 * sentence names no ranking reads the sentence before ("… công bố xếp hạng DTI năm 2023. Tỉnh X
 * tăng 5 bậc, xếp thứ 21/63"), then the article's headline and lead ("Quảng Ngãi tăng 5 bậc trong đánh giá
 * chuyển đổi số … Ở vị trí thứ 2 là TP.HCM"); a later sentence of a paragraph that opens on its topic ("Về chỉ số X, …",
 * `paragraphTopic`) reads that topic. A rank whose clause names its own field ("… về chỉ số Y") reads nothing before it;
 * a clause that points back to a sector ("đóng góp của ngành vào …", `pointsToSector`) takes only series its own
 * sentence fits (`fitsOwnSentence`). None for a number
 * stated for another country, for a whole sector left unnamed on a page that names another sector when its own words name no series (`unnamed-sector.ts`, session 54), in a clause with "chưa" (not one in a concession before the figure, `phrases.ts` `withoutConcessionPieces`), for a counted group pointed back to (`not-series-group.ts`), or a count or amount that is a change or a
 * rate (`isChangeOrRate`); none, with `weak-indicator-match`, when
 * the best is below THRESHOLD or its concepts all stand two pieces or more away (a rank: RANK_REACH); none, with
 * `indicator-tie`, when two equally near indicators score within TIE_MARGIN of each other (unless the
 * better one asks for more concepts: a breakdown of the other, `moreSpecific`).
 */
export function scoreIndicator(q: IndicatorQuery, indicators: Indicator[]): IndicatorScore {
  if (q.foreign || NEGATION.test(withoutConcessionPieces(q.clause, q.at)) || isChangeOrRate(q) || pointsToCountedGroup(q.clause) || (q.unit === 'rank' && ranksInRegion(q.noun ?? '', q.sentence, q.clause.slice(0, q.at)))) return { score: 0 }; // "2 mặt hàng này": a sum, no one series (round 32)
  const own = prepare(q);
  let scored = candidates(q, indicators, own).filter((x) => own.anaphor === 0 || !pointsToSector(q.clause) || fitsOwnSentence(x.ind, own)); // "của ngành" points back to the sector, not its measure
  const readOwn = scored.length > 0;
  if (!readOwn && isOtherSectorUnnamed(q) && BARE_WHOLE_SECTOR.test(q.clause)) return { score: 0 }; // second look: the series refused for the unnamed sector; none read from the text around takes its figure
  const head = scored.length === 0 ? sentenceHead(q) : undefined;
  if (head) scored = readingBefore(q, indicators, head).filter((x) => fitsOwnSentence(x.ind, own));
  const ownField = (q.unit === 'rank' && (namesOwnField(q.clause, q.clause) || ranksItemBefore(q.clause.slice(0, q.at), q.sentence) || (!!q.english && (ranksEnglishItem(q.sentence.slice(0, numberOffset(q) ?? 0)) || ranksOwnField(q.clause.slice(0, q.at), q.noun ?? ''))))) || (q.unit === 'points' && namesIndex(q.sentence)); // a rank "về chỉ số X" in its clause, or in a bracket after an item's measure, or a score in a sentence naming its index ("Chỉ số … (PAR INDEX)", round 64), reads no ranking named before
  if (scored.length === 0 && q.previous && !ownField) scored = candidates(q, indicators, prepare(q, true)).filter((x) => q.unit === 'rank' || fitsOwnSentence(x.ind, own));
  if (scored.length === 0 && !q.previous && q.earlier && !ownField && q.unit !== 'rank' && MEASURE_OPENS.test(q.sentence) && !sentenceNamesSubject(own)) scored = readingBefore(q, indicators, q.earlier).filter((x) => fitsOwnSentence(x.ind, own)); // a paragraph that opens on a measure alone ("Tốc độ tăng qua các năm lần lượt là: năm 2021 tăng 9,2%; …", round 40) measures the subject of the one before
  for (const topic of scored.length === 0 && !ownField ? topicsBefore(q) : []) {
    const fits = (x: { ind: Indicator }) => fitsOwnSentence(x.ind, own) && (!topic.after || !namesOwnSubject(topic.after.split(/\d/u)[0]!, seriesWords(x.ind)));
    scored = readingBefore(q, indicators, topic.after ? `${topic.text} ${topic.after}` : topic.text).filter(fits);
    if (scored.length === 0 && topic.after) scored = readingBefore(q, indicators, topic.text).filter(fits); // the sibling figures between ("Kinh tế số: // - Tỷ trọng … 18,3%. // - Tăng trưởng 20%") do not stand between the topic and its item
    if (scored.length > 0) break;
  }
  if (scored.length === 0 && readsOpening(q)) scored = readingBefore(q, indicators, q.opening).filter((x) => fitsOwnSentence(x.ind, own, wholeSector(q.clause)));
  const lead = scored.length === 0 && !ownField ? paragraphTopic(q) : undefined;
  if (lead) scored = readingBefore(q, indicators, lead).filter((x) => q.unit === 'rank' || fitsOwnSentence(x.ind, own));
  if (scored.length === 0 && (q.unit === 'rank' || totalScore(q)) && q.lead && !ownField && !namesOwnField(q.sentence, q.clause)) scored = readingBefore(q, indicators, q.lead, true);
  if (scored.length === 0 && q.lead && isBareGrowth(q)) scored = readingBefore(q, indicators, q.lead, true); // round 58: a growth rate of no series of its own: the lead's
  const intro = scored.length === 0 && q.unit === 'rank' ? listLeadIn(q) : undefined; // "Về xếp hạng X: A xếp thứ nhất, …; B tăng 5 bậc, xếp hạng 15"
  if (intro) scored = readingBefore(q, indicators, intro, true);
  const part = listedPart(q);
  if (part) scored = scored.filter((x) => !namesListedPart(part, [...x.ind.concepts.flat(), ...x.ind.optional].map(phraseWords))); // "…; thủy sản hơn 2 tỷ USD": a part of its own (round 32)
  const [best, second] = preferRefinement(scored);
  if (!best || (!readOwn && q.unit === 'rank' && leftOutByOwnClause(best.ind, q))) return { score: 0 };
  const score = round(best.s.score);
  if (best.s.score < THRESHOLD || best.s.near >= (q.unit === 'rank' ? RANK_REACH : 2)) return { score, reason: 'weak-indicator-match' };
  if (second && second.s.far === best.s.far && best.s.score - second.s.score < TIE_MARGIN && !moreSpecific(best.ind, second.ind)) return { score, reason: 'indicator-tie' };
  return { indicator: best.ind.id, score };
}


/** Round 46: an index's total score named only as such ("Việt Nam nằm trong nhóm 1 với tổng điểm 99,74"): like a bare rank, it reads the index the page leads with. */
function totalScore(q: IndicatorQuery): boolean {
  return q.unit === 'index' && /(?<![\p{L}\p{M}])tổng\s+(?:số\s+)?điểm(?:\s+(?:là|đạt))?\s*$/u.test(q.clause.slice(0, q.at));
}

/** The item the number opens after an earlier figure of its sentence and ";" or "và" (`listedItem`), if any. */
function listedPart(q: IndicatorQuery): string | undefined {
  const at = numberOffset(q);
  return listedItem(at === undefined ? q.clause.slice(0, q.at) : q.sentence.slice(0, at));
}

/**
 * Whether an indicator found by reading the sentence before fits the number's own sentence: none of
 * its `without` words stand there ("Trung bình tỷ trọng … đạt 12,88%"), it names no sibling of a concept
 * (`concept-sibling.ts`), and a sentence that names
 * its own subject ("Nộp ngân sách nhà nước ước đạt …") beyond the indicator's own words ("Theo đó,
 * doanh thu … đạt" names none) names the indicator's concepts too, unless its subject is the whole sector (`sectorTotal`: "Toàn ngành có …").
 */
function fitsOwnSentence(ind: Indicator, own: Matching, sectorTotal = false): boolean {
  const here = (words: string[]) => findPhrase(own.tokens, words).some((h) => own.tokens[h.first]!.start >= own.anaphor);
  const forms = folded(ind);
  if (forms.without.some(here) || forms.concepts.some((c) => namesSibling(own.tokens, c, own.anaphor))) return false;
  return sectorTotal || !sentenceNamesSubject(own, seriesWords(ind)) || forms.concepts.every((c) => c.some(here));
}

/** The indicators of a catalogue by unit, in catalogue order, once per catalogue. */
const BY_UNIT = new WeakMap<Indicator[], Map<string, Indicator[]>>();

/** The indicators of `indicators` that take `unit` (the others cannot fit: `scoreOne` rules them out first). */
function ofUnit(indicators: Indicator[], unit: string): Indicator[] {
  let byUnit = BY_UNIT.get(indicators);
  if (!byUnit) {
    byUnit = new Map();
    for (const ind of indicators) for (const u of ind.units) byUnit.set(u, [...(byUnit.get(u) ?? []), ind]);
    BY_UNIT.set(indicators, byUnit);
  }
  return byUnit.get(unit) ?? [];
}

/** The indicators that fit the number, best first: nearest farthest concept, then highest score. */
/** The candidates when the clause is read with `before` as the text before it (a sentence head, a topic, the opening, a
 * lead or a list's lead-in); `leadRead` marks a headline or lead read for a rank. */
function readingBefore(q: IndicatorQuery, indicators: Indicator[], before: string | undefined, leadRead = false): { ind: Indicator; s: Scored }[] {
  const withBefore = { ...q, previous: before };
  const m = prepare(withBefore, true);
  return candidates(withBefore, indicators, leadRead ? { ...m, leadRead } : m);
}

function candidates(q: IndicatorQuery, indicators: Indicator[], m: Matching): { ind: Indicator; s: Scored }[] {
  return ofUnit(indicators, q.unit)
    .map((ind) => ({ ind, s: scoreOne(ind, q, m) }))
    .filter((x): x is { ind: Indicator; s: Scored } => x.s !== undefined)
    .sort((a, b) => a.s.far - b.s.far || b.s.score - a.s.score);
}

/** What metrics.ts reads: the winning indicator, if any, and the review reasons. */
export interface IndicatorMatch {
  indicator?: Indicator;
  reasons: IndicatorReason[];
  score: number;
}

/** `scoreIndicator` with the indicator object and the reason as a `reasons` list. */
export function matchIndicator(q: IndicatorQuery, indicators: Indicator[]): IndicatorMatch {
  const s = scoreIndicator(q, indicators);
  const indicator = s.indicator ? indicators.find((i) => i.id === s.indicator) : undefined;
  return { ...(indicator ? { indicator } : {}), reasons: s.reason ? [s.reason] : [], score: s.score };
}

const round = (x: number) => Math.round(x * 100) / 100;
