/**
 * The "current series" of a paragraph: a figure whose sentence does not say what it measures
 * ("Đà Nẵng (58,89%), Hà Giang (55,76%) và Nam Định (52,96%) là những địa phương xếp sau.",
 * "Khối tỉnh chỉ đạt 18,2%.") continues the series of the figure just before it, when the words
 * around it leave no doubt. Stopping rules: only the sentence before (or, for a paragraph's first
 * sentence, the last one of the paragraph before) and earlier figures of the same sentence count;
 * a sentence without figures in between ends the series; the unit and kind must be the same; the
 * sentence must name no subject of its own (places, bodies, measure and rank words do not count),
 * nor a word the series excludes, no other country, no "chưa"; a province series needs a province in
 * the sentence (or, for an item that only dates it, "năm 2023 là", the sentence before and nothing national in its own), and a national one none in the figure's item. Ranks never continue (a bare rank reads
 * its ranking in `lexicon.ts`). Pure.
 */
import { isGoalOfResultBefore } from './goal-progress';
import type { Indicator } from '../../src/schemas/lexicon';
import type { MetricKind, Unit } from '../../src/schemas/metric';
import { findPhrase, phraseWords, tokenize } from './folded-text';
import { ownItemOf, type IndicatorQuery } from './indicator-context';
import { listedItem, namesListedPart, namesOwnSubject } from './indicator-own-subject';
import { namesOwnSubjectInEnglish } from './english-own-subject';
import { namesNation, subjectAllows } from './indicator-subject';
import { isChangeOrRate } from './lexicon';
import { countsAllow } from './indicator-counts';
import { seriesWords, withoutOutside } from './series-words';
import { folded } from './indicator-forms';
import { namesSibling } from './concept-sibling';
import { namesBody, SOURCE, withoutConcessions } from './phrases';
import { PART_OPENS } from './part-of-whole';
import { restatedGrowthSeries } from './series-growth-restated';
import { pointsToCountedGroup } from './not-series-group';

/** What the series carry reads of a figure already read. */
export interface PriorFigure {
  indicator?: string | undefined;
  unit: Unit;
  kind: MetricKind;
  /** The figure as written (to find it in the sentence). */
  text?: string;
}

/** An English contrast that opens a clause of its own after a comma ("…, while exports of computers …"), lowercase. (A Vietnamese
 *  "trong khi đó" often goes on with the same measure another year: "… 17% GRDP …, trong khi đó, năm 2021 chỉ đạt 12,7% GRDP".) */
const CONTRAST = /,\s*(?:while|whereas|but)\s/gu;
/** `CONTRAST` for one search, any case (no `lastIndex` kept between calls). */
const CONTRAST_AT = new RegExp(CONTRAST.source, 'iu');

/**
 * Session 24: true when a contrast stands in the sentence between the figure `last` and the number, and what follows it
 * names a subject of its own ("Cellphone exports decreased …, or 18.9%, while exports of computers … declined by …, or 7%").
 */
function contrastBetween(sentence: string, last: PriorFigure): boolean {
  const at = last.text ? sentence.lastIndexOf(last.text.toLowerCase()) : -1;
  if (at < 0) return false;
  const contrast = [...sentence.matchAll(CONTRAST)].filter((m) => m.index > at).at(-1);
  return !!contrast && namesOwnSubject(sentence.slice(contrast.index + contrast[0].length));
}

/** Session 46: what follows a figure in its item, up to an English contrast that opens a clause of its own (asked of a figure that goes on a series of its own sentence) ("…, a rise of 8.7% year on
 *  year, while about 70,000 new firms were established …": the firms are the next clause's subject, not this figure's). */
function untilContrast(after: string, english: boolean): string {
  const m = english ? CONTRAST_AT.exec(after) : null;
  return m ? after.slice(0, m.index) : after;
}

/**
 * "doanh thu … ước đạt 1,3 triệu tỷ đồng, xấp xỉ 57 tỷ USD, tăng 8,5% so với cùng kỳ": a growth rate
 * right after an amount of its sentence is that amount's growth, when the amount's series counts its
 * growth too (`kinds` with growth, `units` with percent: "… or its growth").
 */
function growthOfAmount(last: PriorFigure, q: IndicatorQuery, ind: Indicator): boolean {
  return isGrowthAfterAmount(last, q) && ind.units.includes('percent') && (ind.kinds ?? []).includes('growth');
}

/** A growth rate read after an amount of its sentence ("… ước đạt 127 tỷ USD, nhưng lĩnh vực chủ lực này giảm tới 4,9% so năm 2022"). */
function isGrowthAfterAmount(last: PriorFigure, q: IndicatorQuery): boolean {
  return (last.unit === 'VND' || last.unit === 'USD') && q.unit === 'percent' && q.kind === 'growth';
}

/** Round 46: the growth series that counts what an amount's series counts (the catalogue gives both the same concepts: "ict-exports" and
 *  "electronics-exports-growth"), for a growth rate after an amount whose own series has no percent. */
function growthTwin(amount: Indicator, indicators: readonly Indicator[]): Indicator | undefined {
  const key = JSON.stringify(amount.concepts);
  return indicators.find((x) => x !== amount && x.units.includes('percent') && (x.kinds ?? []).includes('growth') && JSON.stringify(x.concepts) === key);
}

/** "chưa" (not yet): the clause states the complement of a series. */
const NEGATION = /(?<![\p{L}\p{M}])chưa(?![\p{L}\p{M}])/u;

/** An attribution before the figure ("…, theo đánh giá của Bộ X:", "theo số liệu của Sở Y,"), lowercase: the source cited. */
const CITED = /(?<![\p{L}\p{M}])theo\s[^,;:.]{1,80}[,:]/u;

/** The sentence before the number without the source it cites nor a concession (round 44): what may name a subject of its own. */
function withoutAsides(sentence: string): string {
  return withoutConcessions(sentence.replace(CITED, ' '));
}

/** True when the only body the item names is in its attribution ("Song song đó, theo đánh giá của Bộ X: năm 2021 là"): the source, not whose figure it is. */
function citesBodyOnly(item: string): boolean {
  return namesBody(item) && !namesBody(item.replace(CITED, ' '));
}

/**
 * Right after the series' own figure (`next`), an item of two pieces: the figure's noun in the series' words, then after
 * a comma none but the series' optional words ("cấp 80 triệu tài khoản định danh điện tử, kích hoạt 58 triệu"): the same
 * series, left unnamed. Not "…, thuê bao băng rộng cố định đạt 23 triệu" nor "…; tỷ lệ … tại các Bộ, ngành đạt" (subjects of their own).
 */
function onlyOwnWords(item: string, ind: Indicator, next: boolean): boolean {
  const pieces = item.split(',');
  return next && pieces.length === 2 && !item.includes(';') && !namesOwnSubject(pieces[0]!, seriesWords(ind)) && !namesOwnSubject(pieces[1]!, new Set(ind.optional.flatMap(phraseWords)));
}

/** An item that only dates the figure ("năm 2022 là", ", năm 2024 ước đạt"): the same subject another year. */
const YEAR_ITEM = /(?<![\p{L}\p{M}])năm\s+\d{4}\s+(?:là|đạt|ước|phấn đấu|dự kiến|khoảng)[^,;:]{0,20}$/u;

/** What is read before the number: its sentence up to it, and its own item (from the figure before it), lowercase. */
export interface TextBefore {
  sentence: string;
  item: string;
}

/**
 * The series the number of `q` continues, or undefined. `prior` holds the figures read before it
 * that may set the current series, in reading order, those of its own sentence from `sameFrom` on:
 * a figure of the same sentence is continued when the number's own item names no subject, before
 * or after it ("tăng 11,2% … và tăng 18,3% so với tháng 6/2023"), one of the sentence before when
 * the number's sentence names none up to it. No word the series excludes may stand in the sentence
 * up to the number (nor, for the same sentence's series, in the number's item), and the number's sentence
 * names no sibling of the series' concepts (`concept-sibling.ts`).
 */
export function continuedSeries(q: IndicatorQuery, before: TextBefore, prior: readonly PriorFigure[], sameFrom: number, indicators: readonly Indicator[]): Indicator | undefined {
  const goalOfResult = isGoalOfResultBefore(before.item); // "…, vượt mục tiêu 60 triệu": the words before the goal's are the result's, whose series the goal takes
  if (q.unit === 'rank') return rankHistory(q, before, prior, sameFrom, indicators);
  if (q.foreign || (q.namedBody && !citesBodyOnly(before.item)) || NEGATION.test(q.clause) || isChangeOrRate(q) || pointsToCountedGroup(q.clause)) return undefined;
  const restated = restatedGrowthSeries(q, before, prior, sameFrom, indicators); // "…, tăng 14 tỷ USD so với năm trước (tương đương tăng 24%)" (round 32)
  if (restated) return restated;
  const at = lastSeriesFigure(prior, q, sameFrom);
  const last = prior[at];
  const found = indicators.find((x) => x.id === last?.indicator);
  const whole = wholeOf(found, indicators);
  const group = whole && at === prior.length - 1 && GROUPS.some(([, re]) => re.test(before.item)) ? refineByGroup(whole, before.item, indicators) : undefined;
  const grouped = group && group !== whole ? group : undefined; // "…, khối bộ, ngành đạt 60%, khối địa phương đạt 40%": the other group's share of the same whole, right after the first
  const same = at >= sameFrom;
  const ind = grouped ?? (same && last && found && isGrowthAfterAmount(last, q) && !growthOfAmount(last, q, found) ? growthTwin(found, indicators) : undefined) ?? found;
  if (!same && !grouped && PART_OPENS.test(before.sentence)) return undefined; // "… có 900 doanh nghiệp. Trong đó, 120 doanh nghiệp …": a part of the figure before
  if (same && last && contrastBetween(before.sentence, last)) return undefined;
  if (!last || !ind || (q.provincialGoal && ind.subject !== 'province') || (q.inProvince && ind.subject !== 'province') || !countsAllow(ind, q)) return undefined;
  if ((last.unit !== q.unit || last.kind !== q.kind) && !(same && growthOfAmount(last, q, ind))) return undefined;
  const ownItem = ownItemOf(q);
  const ownAfter = untilContrast(q.at <= ownItem.length ? ownItem.slice(q.at) : ownItem, !!q.english && same); // what stands before it in its item is `before.item`
  const names = (text: string, own?: ReadonlySet<string>) => (q.english ? namesOwnSubjectInEnglish(text, seriesWords(ind)) : namesOwnSubject(text, own)); // an English page's catalogue is its English view (english-catalogue.ts): its words are English
  if (!(same && goalOfResult) && (same ? (names(withoutRepeatedPredicate(before.item, before.sentence)) && !onlyOwnWords(before.item, ind, at === prior.length - 1)) || names(ownAfter) || listsPart(before.sentence, ind) : names(withoutAsides(before.sentence), seriesWords(ind)) || names(ownAfter, seriesWords(ind)))) return undefined; // round 35: nor after it ("Đã có 49/63 địa phương triển khai mô hình …")
  const read = before.sentence.replace(SOURCE, ''); // the source a sentence cites is not what it measures
  const own = tokenize(grouped ? `${before.item} ${ownAfter}` : same ? `${read} ${ownItem}` : `${read} ${ownAfter}`); // a group's item is read alone; round 51: what follows the number in its item too ("… 739 doanh nghiệp … được thành lập mới")
  if (excludedIn(own, ind)) return undefined;
  const sentenceTokens = tokenize(q.sentence);
  if (ind.concepts.some((c) => namesSibling(sentenceTokens, c.map(phraseWords)))) return undefined; // "… về cán bộ, công chức" after "… về dân cư"
  const province = ind.subject === 'province' && YEAR_ITEM.test(before.item) && !namesNation(q.sentence); // the province the figure before was read in: "… của tỉnh đạt 11,2% năm 2021. Năm 2022 là 12,5%."
  return province || subjectAllows(ind, { span: tokenize(q.clause), text: q.clause, sentence: q.sentence, total: q.total, unit: q.unit, inProvince: q.inProvince, english: q.english }) ? ind : undefined;
}

/** True when `tokens` hold a word the series excludes (`without`), outside its own concept phrases ("máy tính và linh kiện" is
 *  excluded beside phones, but is part of "điện tử, máy tính và linh kiện"; `withoutOutside`, as `scoreOne` in lexicon.ts reads it). */
function excludedIn(tokens: ReturnType<typeof tokenize>, ind: Indicator): boolean {
  const forms = folded(ind);
  const found = forms.concepts.flat().filter((c) => findPhrase(tokens, c).length > 0);
  return withoutOutside(forms.without, found).some((w) => findPhrase(tokens, w).length > 0);
}

/**
 * The figure whose series a number may continue: the last one read that has a series; when that one stands in the sentence
 * before and differs in unit or kind, the last of the number's own unit and kind there (round 40: "Kon Tum đạt 0,33 điểm …,
 * xếp thứ 46 …. Năm 2022, Kon Tum đạt 0,54 điểm, …": the score continues the score, not the rank read after it). Round 47: so
 * when the number's own sentence placed what it measures by rank first ("TP.HCM và Hà Nội đứng thứ 6 và 7 … với tỷ trọng tương ứng
 * 18,66% và 17,15%" after "… với tỷ trọng Kinh tế số trên GRDP 42,92%"): the share continues the share.
 */
function lastSeriesFigure(prior: readonly PriorFigure[], q: Pick<IndicatorQuery, 'unit' | 'kind'>, sameFrom: number): number {
  const any = prior.findLastIndex((p) => p.indicator !== undefined);
  if (any < 0 || (any >= sameFrom && !(prior[any]!.unit === 'rank' && q.unit !== 'rank')) || (prior[any]!.unit === q.unit && prior[any]!.kind === q.kind)) return any;
  const like = prior.findLastIndex((p) => p.indicator !== undefined && p.unit === q.unit && p.kind === q.kind);
  return like >= 0 ? like : any;
}

/**
 * Round 37: `item` (the text between a figure of `sentence` and the number, both lowercase) without its last words
 * when they repeat the two words right before an earlier figure of the sentence ("… đã đóng góp 17% GRDP …, trong
 * khi đó, năm 2021 chỉ đạt mức đóng góp 12,7% GRDP"): the same measure restated, which names no subject of its own.
 */
export function withoutRepeatedPredicate(item: string, sentence: string): string {
  const earlier = sentence.slice(0, sentence.length - item.length);
  const words = tokenize(item);
  const last = words.at(-1);
  const pair = words.at(-2);
  if (!last || !pair || /\d/.test(last.w)) return item;
  const predicate = tokenize(earlier).some((t, k, all) => t.w === pair.w && all[k + 1]?.w === last.w && /^\s*\d/.test(earlier.slice(all[k + 1]!.end)));
  return predicate ? item.slice(0, pair.start) : item;
}

/** A later item of the list that names goods of its own ("…; thủy sản hơn 2 tỷ USD"): no carry of the first item's series (round 32, `namesListedPart`). */
function listsPart(sentence: string, ind: Indicator): boolean {
  const part = listedItem(sentence);
  return part !== undefined && namesListedPart(part, [...ind.concepts.flat(), ...ind.optional].map(phraseWords));
}

/** An item of a rank history, before the rank: list glue and a position word only ("…, vị trí ", ", ", " và "). */
const HISTORY_ITEM = /^[\s,;]*(?:và\s+)?(?:(?:vị\s+trí|hạng|thứ)\s+)?(?:thứ\s+)?$/u;
/** After the rank: its year ("… 48 năm 2022", "… 42 (năm 2019 và 2020)"). */
const HISTORY_YEAR = /^\s*\(?\s*năm\s+\d{4}/u;

/**
 * A rank in a history of dated ranks of its sentence ("tăng từ vị trí 59 (năm 2016) lên 42 (năm 2019),
 * vị trí 44 năm 2021, 48 năm 2022 và vị trí 46 năm 2023"): the series of the rank just before it, when
 * its item holds only list glue and its year follows it. Other ranks never continue.
 */
function rankHistory(q: IndicatorQuery, before: TextBefore, prior: readonly PriorFigure[], sameFrom: number, indicators: readonly Indicator[]): Indicator | undefined {
  const last = prior.at(-1);
  if (!last?.indicator || last.unit !== 'rank' || prior.length - 1 < sameFrom || q.foreign) return undefined;
  const item = before.item.replace(/^\s*(?:\([^()]*\)|năm\s+\d{4}(?:\s+và\s+\d{4})?)/u, ''); // the year of the rank before
  const after = q.clause.slice(q.at).replace(/^\s*\d+/u, '');
  return HISTORY_ITEM.test(item) && HISTORY_YEAR.test(after) ? indicators.find((x) => x.id === last.indicator) : undefined;
}

/** Groups a national share is broken down by, with the words that name them (lowercase): the ministries taken together, the provinces taken together. */
const GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ministries', /(?<![\p{L}\p{M}])(?:(?:khối|các)\s+bộ(?:,?\s*ngành)?|bộ,\s*ngành)(?![\p{L}\p{M}])/u],
  ['provinces', /(?<![\p{L}\p{M}])(?:(?:khối|các)\s+(?:tỉnh|địa\s+phương)|tỉnh,\s*thành(?:\s+phố)?)(?![\p{L}\p{M}])/u],
];

/** The whole a group's series breaks down ("ministries-online-dossier-share" → "online-dossier-share"), when the catalogue has it; else `ind`. */
function wholeOf(ind: Indicator | undefined, indicators: readonly Indicator[]): Indicator | undefined {
  const base = ind?.id.replace(/^(?:ministries|provinces)-/u, '');
  return (base !== ind?.id && indicators.find((x) => x.id === base)) || ind;
}

/**
 * The breakdown of `ind` that the figure's own item names ("…, trong đó khối bộ, ngành đạt 55%, khối
 * địa phương đạt 25%": the ministries' and the provinces' shares, not the national one), when the
 * catalogue has it (`ministries-<id>`, `provinces-<id>`); `ind` otherwise, when the item names both
 * groups or none, and for a one-province series (its items name provinces one by one). `item` is the text between the figure before and this one, lowercase.
 */
export function refineByGroup(ind: Indicator, item: string, indicators: readonly Indicator[]): Indicator {
  const named = GROUPS.filter(([, re]) => re.test(item));
  if (named.length !== 1 || ind.subject === 'province') return ind; // "các tỉnh Hòa Bình (86,5%)": provinces one by one
  const base = ind.id.replace(/^(?:ministries|provinces)-/u, '');
  return indicators.find((x) => x.id === `${named[0]![0]}-${base}`) ?? ind;
}

/** A baseline's series ("… đạt 313 tỷ đồng, giảm 1% so với cùng kỳ (tháng 4/2022 đạt 317 tỷ đồng)"): that of its sentence's last figure of the same unit and kind. */
export function comparedSeries(sentenceDrafts: readonly { series?: string; metric: { unit: Unit; kind: MetricKind; indicator?: string } }[], n: { unit: Unit; kind: MetricKind }, indicators: readonly Indicator[]): Indicator | undefined {
  const same = sentenceDrafts.filter((d) => d.metric.unit === n.unit && d.metric.kind === n.kind).at(-1);
  const id = same?.series ?? same?.metric.indicator;
  return id ? indicators.find((x) => x.id === id) : undefined;
}

