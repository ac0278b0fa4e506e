/**
 * What the indicator matcher (`lexicon.ts`) reads around one number: the number's `;`-clause (with
 * a lead-in before ":" and, for "tỷ lệ này", the sentence before), folded and cut into pieces, the
 * number's own tokens, which pieces carry words of their own, and which words belong to another
 * number's claim. Pure.
 */
import { tokenize, type Hit, type Token } from './folded-text';
import { isWeakPhrase } from './phrases';
import { hasOwnSubject } from './indicator-own-subject';
import { splitSentences } from './sentences';
import { memo } from './memo'; // scale: shared memo
import { restatesCountBefore } from './share-restated';
import type { MetricKind, Unit } from '../../src/schemas/metric';
import { clauseBounds, englishAnaphorAt } from './english-clause';

/** What the lexicon needs to know about a number to name its indicator. */
export interface IndicatorQuery {
  /** The words that describe the number (its list item, see `items.ts`), lowercased. */
  clause: string;
  /** The whole sentence, lowercased. */
  sentence: string;
  /** Position of the number in `clause`. */
  at: number;
  unit: Unit;
  kind: MetricKind;
  total?: number;
  /** The words right after the number, lowercased (what a count counts). */
  noun?: string;
  /** The number is stated for another country ("Singapore xếp thứ 2"): no indicator of ours applies. */
  foreign?: boolean;
  /** The sentence before, lowercased, read when the clause points back to it ("tỷ lệ này chỉ đạt 45,8%"). */
  previous?: string;
  /** The last sentence of the paragraph before, lowercased: read only when the clause points back to it ("Nhóm hàng này …" opening a paragraph). */
  earlier?: string;
  /** The paragraph's first sentence, lowercased: the sector a later total of the paragraph counts ("Tổng số nhân lực đạt …", `sectorTotal`). */
  opening?: string;
  /** The nearest figure-less sentence of the last two read, lowercased, with the text after it (`recentTopic`): the series its figures measure. */
  topic?: { text: string; after: string };
  /** The number's item names one ministry or central body ("Bộ Công Thương … 99,7%"): its rate is no national series. */
  namedBody?: boolean;
  /** The article's headline and lead, lowercased: read for a rank whose sentence and the one before name no ranking. */
  lead?: string;
  /** A target of a province's plan (`plan-scope.ts`): only `province` series apply. */
  provincialGoal?: boolean;
  /** A result its paragraph places in one province (`isInProvince`): no `country` series applies. */
  inProvince?: boolean;
  /** The page is English (`ctx.english`): whose value it is is read in English (`english-subject.ts`). */
  english?: boolean;
  /** The number's clause counts the districts of a province together ("các huyện, thành phố đã tiếp nhận …", round 36): neither a country's nor a province's value. */
  districts?: boolean;
}

/** The sector left unnamed after "của" ("đóng góp của ngành vào …"): it points back to the sector named before, not to what was measured there. */
const SECTOR_POINTER = /(?<![\p{L}\p{M}])của\s+(?:toàn\s+)?ngành(?=\s+(?:vào|đạt|là|ước|tăng|giảm|trong)(?![\p{L}\p{M}])|\s*[,.;])/u;
/** Round 50: "Theo đó," opening a sentence: the ranks and scores after it are the ranking's the sentence before named ("ITU cũng đã
 *  công bố Chỉ số an toàn thông tin mạng toàn cầu năm 2024 (GCI). // Theo đó, Việt Nam … vươn lên vị trí thứ 17/194"); a company's
 *  revenue after a report's "Theo đó" is no sector's series, so other units do not read back. */
const ACCORDINGLY = /^\s*theo\s+đó\s*,/iu;
/** The units of a ranking's figures. */
const RANKED_UNITS: ReadonlySet<string> = new Set(['rank', 'points', 'index']);
/** A phrase that points back to the sentence before ("tỷ lệ này", "chỉ số trên", `SECTOR_POINTER`), on lowercase text. */
const ANAPHOR = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:tỷ lệ|tỉ lệ|tỷ trọng|chỉ số|con số|doanh thu|giá trị|số lượng|thứ hạng|nhóm hàng|mặt hàng|lĩnh vực|ngành)(?:\\s+[\\p{L}\\p{M}]+){0,3}?\\s+này|(?:tỷ lệ|tỉ lệ|tỷ trọng|chỉ số|con số)\\s+(?:trên|đó))(?![\\p{L}\\p{M}])|${SECTOR_POINTER.source}`, 'u');

/** True when the clause points back to a sector named before (`SECTOR_POINTER`), on lowercase text. */
export function pointsToSector(clause: string): boolean {
  return SECTOR_POINTER.test(clause);
}
/** A piece that only counts or lists bodies ("…, 63 địa phương, 04 doanh nghiệp, phục vụ …", a pair "63 tỉnh, thành phố", "… cấp độ 3, 4 của các bộ, cơ quan ngang bộ, …"): it names nothing measured. */
const BODY_COUNT_PIECE = /^\s*(?:\d[\d.,/]*\s+)?(?:(?:của\s+)?(?:các|những)\s+)?(?:[\p{L}\p{M}]+\s+)?(?:bộ|ngành|địa phương|tỉnh|thành phố|doanh nghiệp|cơ quan|đơn vị)(?:,\s+(?:ngành|thành phố|thành|cơ quan|đơn vị))?(?:\s+(?:nhà\s+nước|ngang\s+bộ|thuộc\s+chính\s+phủ))?\s*$/iu;
/** For each piece of the clause: true when it carries no words of its own (see `isWeakPhrase`) or only counts bodies (`BODY_COUNT_PIECE`). */
export function weakPieces(tokens: Token[], clause: string): boolean[] {
  const out: boolean[] = [];
  for (const t of tokens) out[t.piece] = out[t.piece] === undefined ? true : out[t.piece]!;
  const spans = new Map<number, [number, number]>();
  for (const t of tokens) spans.set(t.piece, [spans.get(t.piece)?.[0] ?? t.start, t.end]);
  for (const [piece, [a, b]] of spans) out[piece] = weakPhrase(clause.slice(a, b)) || BODY_COUNT_PIECE.test(clause.slice(a, b));
  return Array.from(out, (w) => w ?? true);
}

/** `isWeakPhrase`, once per piece of text (the pieces of a sentence are read again for each of its numbers). */
const weakPhrase = memo(1024, isWeakPhrase);

/** True when a hit lies in the number's own words (`items.ts`). */
export const inWindow = (m: Matching, hit: Hit) => m.tokens[hit.first]!.start >= m.window[0] && m.tokens[hit.last]!.end <= m.window[1];

/** A number other than a year, as a token. */
export const isNumberToken = (t: Token | undefined, prev: Token | undefined) => !!t && /^\d/.test(t.w) && !/^(?:19|20)\d\d$/.test(t.w) && prev?.w !== 'nam';

/** The number being matched: its first and last token (digit groups written close together: "4.422/6.423"). */
export interface NumberTokens {
  first: number;
  last: number;
}

/** True for the number of a whole ("trong tổng số 168.000 hồ sơ", "trên tổng số …"; on an English page a rank's field, "out of
 * 63 provinces", "among 193 countries"): its words are the claim's too. */
function isDenominator(tokens: Token[], i: number): boolean {
  let k = i;
  while (k > 0 && /^\d/.test(tokens[k - 1]!.w)) k--;
  const [before, first] = [tokens[k - 1]?.w, tokens[k - 2]?.w];
  return (before === 'so' && first === 'tong') || (before === 'of' && first === 'out') || before === 'among';
}

/** The tokens of the number at token `n`. */
export function numberTokens(tokens: Token[], n: number): NumberTokens {
  let last = n;
  while (/^\d/.test(tokens[last + 1]?.w ?? '') && tokens[last + 1]!.start - tokens[last]!.end <= 3) last++;
  return { first: n, last };
}

/** Round 45: the number's piece opens on "với tỷ lệ" ("…, with a rate of …") right after the hit: a rate of what the hit's piece counts. */
function ratesHitBefore(tokens: Token[], first: number, hit: Hit): boolean {
  const own = tokens[first]?.piece;
  const start = tokens.findIndex((t) => t.piece === own);
  return start === hit.last + 1 && tokens[start]?.w === 'voi' && tokens[start + 1]?.w === 'ty' && tokens[start + 2]?.w === 'le';
}

/**
 * True when a hit is the words of another number's claim: its piece has another number before it
 * ("đạt 80% X, 40% Y": Y is 40%'s), unless that number is closed off by a bracket ("(chiếm 68,8%)
 * đã …") or is the whole of this one ("68,54% trong tổng số 168.000 hồ sơ"); or, when the number has a subject of its own, the hit stands in another piece that holds
 * a number ("TMĐT chiếm 10% bán lẻ, và năng suất lao động tăng 7%": TMĐT is 10%'s, not 7%'s).
 * Words of the number's own list item (`items.ts`) and of a shared predicate are never another's.
 */
export function ownedByOtherNumber(m: Matching, hit: Hit, trustWindow = true): boolean {
  const { tokens, num, text } = m;
  if ((trustWindow && inWindow(m, hit) && tokens[hit.first]!.piece === tokens[hit.last]!.piece) || restatesCountBefore(text, tokens, num.first, num.last, hit)) return false; // a hit across a cut from another number's piece ("18% GDP, tăng 20%") is that number's
  if (tokens[hit.first]!.start >= m.predicate || (m.leadRead && tokens[hit.last]!.end <= m.anaphor) || namesNumberNext(tokens, hit, num.first)) return false;
  const piece = tokens[hit.first]!.piece;
  if (ratesHitBefore(tokens, num.first, hit)) return false; // round 45: "tiếp nhận 239.723 hồ sơ, với tỷ lệ tiếp nhận trực tuyến đạt 97,92%": the rate of what the piece before counts
  const from = tokens[hit.first]!.start >= m.anaphor ? m.anaphor : 0; // the sentence read before is not this one's piece
  for (let i = hit.first - 1; i >= 0 && tokens[i]!.piece === piece && tokens[i]!.start >= from; i--) {
    if (i >= num.first && i <= num.last) return false;
    if (isNumberToken(tokens[i], tokens[i - 1]) && !text.slice(tokens[i]!.end, tokens[hit.first]!.start).includes(')') && !isDenominator(tokens, i)) return true;
  }
  if (hit.first > num.last && piece !== tokens[num.last]?.piece && tokens.some((t, i) => i > hit.last && t.piece === piece && isNumberToken(t, tokens[i - 1]))) return true; // round 45: "16,82% TTHC …, còn lại 32,41%, tỷ lệ hồ sơ nộp trực tuyến đạt 65,75%": the subject of a later number
  if (!m.ownSubject || piece === tokens[num.first]?.piece) return false;
  return tokens.some((t, i) => t.piece === piece && (i < num.first || i > num.last) && isNumberToken(t, tokens[i - 1]));
}

/** Linking words between a subject and its figure ("tổng điểm là 0,4626", "giá trị đạt 0,909", "ở mức"), folded. */
const LINKS_TO_FIGURE = new Set(['la', 'dat', 'o', 'muc', 'chiem', 'bang', 'uoc']);

/** Round 37: the hit is followed by the number with only linking words between ("… xếp vị trí 20/63 với tổng điểm là 0,4626 điểm"): it names this number, not the one before it. */
function namesNumberNext(tokens: Token[], hit: Hit, first: number): boolean {
  const between = tokens.slice(hit.last + 1, first);
  return between.length > 0 && between.every((t) => LINKS_TO_FIGURE.has(t.w));
}

/** The tokens of the number's own piece: first and last index. */
export function ownPiece(tokens: Token[], n: number): [number, number] {
  const piece = tokens[n]?.piece;
  if (piece === undefined) return [tokens.length, tokens.length - 1];
  let a = n;
  let b = n;
  while (a > 0 && tokens[a - 1]!.piece === piece) a--;
  while (b + 1 < tokens.length && tokens[b + 1]!.piece === piece) b++;
  return [a, b];
}

/** The text the matcher reads for one number, tokenised: its words, their pieces, the number's tokens. */
export interface Matching {
  text: string;
  tokens: Token[];
  num: NumberTokens;
  weak: boolean[];
  /** The number's own words (`items.ts`): never another number's. */
  window: [number, number];
  /** Where the shared predicate appended after " … " starts (it reads as the piece after the number). */
  predicate: number;
  /** Where the previous sentence, read for "tỷ lệ này", ends (it reads as the piece before the number's). */
  anaphor: number;
  /** The number's own piece names its subject before it (see `hasOwnSubject`). */
  ownSubject: boolean;
  /** The sentence before is read as the number's context (`prepare(q, true)`, not for a rank): its `without` words count too. */
  readBack: boolean;
  /** The text before is the article's headline and lead, read for a rank's ranking: its words name the ranking, whichever of its numbers they follow ("Việt Nam tăng 15 bậc về Chính phủ điện tử"). */
  leadRead?: boolean;
}

/** The number's own item of `q.clause`, without the predicate shared with other items (after " … "). */
export const ownItemOf = (q: Pick<IndicatorQuery, 'clause'>): string => q.clause.split(' … ')[0]!;

/** Where the number stands in its sentence (`q.sentence`), read from where its own item stands there; undefined when the item is not found. */
export function numberOffset(q: Pick<IndicatorQuery, 'sentence' | 'clause' | 'at'>): number | undefined {
  const idx = q.sentence.indexOf(ownItemOf(q));
  return idx < 0 ? undefined : idx + q.at;
}

/**
 * The words the matcher reads: the number's `;`-clause of the sentence (brackets and all), so that
 * the subject before an earlier number ("kinh tế số … tăng 22,4%, chiếm 18,3% trong GDP") and the
 * predicate after a bracket ("4.422/6.423 TTHC (chiếm 68,8%) đã cung cấp …") are in reach; the
 * shared predicate `items.ts` found is kept after " … ". An item of a `;`-list after a lead-in
 * ("… kinh tế số trong GDP lần lượt là: Năm 2020 là X; 2021 là Y") reads the lead-in too (`leadIn`);
 * a clause that points back ("tỷ lệ này"), or any clause when `readPrevious`, reads the sentence before.
 * Words of other numbers are told apart by `ownedByOtherNumber`.
 */
export function matchingText(q: IndicatorQuery, readPrevious = false): { text: string; at: number; window: [number, number]; predicate: number; anaphor: number } {
  const cut = q.clause.indexOf(' … ');
  const base = ownItemOf(q);
  const idx = q.sentence.indexOf(base);
  const pointer = anaphorIn(q.sentence);
  const english = q.english ? englishAnaphorAt(q.sentence) : undefined;
  const pointsBack = (ACCORDINGLY.test(q.sentence) && RANKED_UNITS.has(q.unit)) || anaphorIn(base) !== undefined || (pointer !== undefined && idx >= 0 && pointer < idx + q.at) || (english !== undefined && idx >= 0 && english < idx + q.at);
  const before = q.previous ?? q.earlier;
  const back = q.previous && readPrevious ? `${q.previous} ` : before && pointsBack ? `${before} ` : '';
  if (idx < 0) return { text: back + q.clause, at: back.length + q.at, window: [back.length, back.length + base.length], predicate: cut < 0 ? Infinity : back.length + cut, anaphor: back.length };
  const p = idx + q.at;
  const [start, end] = clauseBounds(q.sentence, p, !!q.english);
  const lead = back + (start > 0 ? seriesLeadIn(q.sentence, start) : '');
  const text = lead + q.sentence.slice(start, end);
  const shift = lead.length - start;
  return { text: text + (cut < 0 ? '' : q.clause.slice(cut)), at: p + shift, window: [idx + shift, idx + shift + base.length], predicate: cut < 0 ? Infinity : text.length, anaphor: back.length };
}


/**
 * The lead-in a later item of a `;`-list reads: the sentence up to the end of the `;`-clause that
 * holds the last ":" before the item ("… lần lượt là: năm 2020 là X;"), else the first `;`-clause
 * ("Tỷ lệ hồ sơ trực tuyến cả nước đạt 42%; bộ, ngành đạt 61%; …"). Ends with "; ".
 */
export function leadIn(sentence: string, start: number): string {
  const colon = sentence.lastIndexOf(':', start - 1);
  const end = sentence.indexOf(';', Math.max(0, colon));
  return end >= 0 && end < start ? `${sentence.slice(0, end + 1)} ` : '';
}

/** The words that name a measure ("kim ngạch", "doanh thu", "xuất khẩu", …), lowercase. */
const MEASURE = String.raw`(?<![\p{L}\p{M}])(?:kim ngạch|doanh thu|sản lượng|giá trị|quy mô|t[ỷỉ] lệ|t[ỷỉ] trọng|số lượng|xuất khẩu|nhập khẩu)(?![\p{L}\p{M}])`;
/** A measure named before the colon ("kim ngạch xuất khẩu … của 3 nhóm hàng như sau:"), lowercase: the items after it name its parts. */
const MEASURE_LEAD = new RegExp(`${MEASURE}[^;]*$`, 'u');

/** `leadIn` as the series matcher reads it: up to the colon only, when the lead names the measure and the first item after the colon
 *  names its own thing (`namesOwnItem`): the other items share the measure, not the first item's thing. */
function seriesLeadIn(sentence: string, start: number): string {
  const lead = leadIn(sentence, start);
  const colon = sentence.lastIndexOf(':', start - 1);
  if (lead && colon < 0) return breakdownLeadIn(sentence, lead);
  if (!lead || !MEASURE_LEAD.test(sentence.slice(0, colon))) return lead;
  return namesOwnItem(sentence.slice(colon + 1, lead.length - 1)) ? `${sentence.slice(0, colon + 1)} ` : lead;
}

/** "trong đó" opening the clause after a lead-in with no colon. */
const BREAKDOWN_OPENS = /^\s*trong\s+(?:đó|số\s+đó)\s*,?\s*/u;
/** Each measure word of a lead (`MEASURE`). */
const MEASURE_WORD = new RegExp(MEASURE, 'gu');

/**
 * Round 39: a whole and its parts with no colon ("xuất khẩu máy tính, điện thoại, linh kiện đạt 65,9 tỷ USD; trong đó, máy tính,
 * sản phẩm điện tử và linh kiện đạt 36,32 tỷ USD; điện thoại và linh kiện là 29,57 tỷ USD"): when the clause after the lead opens on
 * "trong đó" and names its own thing (`namesOwnItem`), the items read the lead's measure ("… xuất khẩu"), not the whole's things.
 */
function breakdownLeadIn(sentence: string, lead: string): string {
  const opener = BREAKDOWN_OPENS.exec(sentence.slice(lead.length - 1));
  if (!opener) return lead;
  const next = sentence.indexOf(';', lead.length - 1);
  const first = sentence.slice(lead.length - 1 + opener[0].length, next < 0 ? sentence.length : next);
  const measure = [...lead.matchAll(MEASURE_WORD)].at(-1);
  if (!measure || !namesOwnItem(first)) return lead;
  return `${lead.slice(0, measure.index + measure[0].length)}; `;
}

/** After the colon, a first item that names its own thing in two words or more before its figure ("máy tính, điện tử gần 14 tỷ USD"),
 *  not a year or a period ("năm 2020 là 12%"): the list's first item, not part of its lead (round 32; lowercase). */
function namesOwnItem(item: string): boolean {
  const head = item.split(/\d/u)[0]!.trim();
  return /^\p{L}/u.test(head) && !/^(?:năm|tháng|quý|giai đoạn|riêng|trong|tại|ở)(?![\p{L}\p{M}])/u.test(head) && head.split(/\s+/u).length >= 2;
}

/** The last sentence of a text (the part of a paragraph before a sentence). */
const lastSentence = memo(256, (text: string) => splitSentences(text).at(-1)?.text);

/** The sentence before `sentence` in `paragraph`, if any. */
export function previousSentence(paragraph: string, sentence: string): string | undefined {
  const at = paragraph.indexOf(sentence);
  if (at <= 0) return undefined;
  return lastSentence(paragraph.slice(0, at));
}

/**
 * The sentence before `sentence` in `paragraph`, and the one before that too when it points back
 * itself ("Tỷ lệ hồ sơ trực tuyến … chưa đạt mục tiêu. Đến cuối năm, tỷ lệ này chỉ đạt 45,8%. Khối
 * bộ, ngành đạt 63,47%": the third reads the first).
 */
export function contextBefore(paragraph: string, sentence: string): string | undefined {
  const prev = previousSentence(paragraph, sentence);
  if (!prev || !ANAPHOR.test(prev.toLowerCase())) return prev;
  const before = previousSentence(paragraph, prev);
  return before ? `${before} ${prev}` : prev;
}

/** Tokenises what the matcher reads for `q` (with the sentence before when `readPrevious`). */
export function prepare(q: IndicatorQuery, readPrevious = false): Matching {
  const { text, at, window, predicate, anaphor } = matchingText(q, readPrevious);
  const { tokens, weak } = tokenized(text);
  const i = tokens.findIndex((t) => t.end > at);
  const n = i < 0 ? tokens.length : i;
  return { text, tokens, num: numberTokens(tokens, n), weak, window, predicate, anaphor, ownSubject: hasOwnSubject(tokens, n), readBack: readPrevious && q.unit !== 'rank' };
}

/** Where the first phrase pointing back ("tỷ lệ này") stands in a text, once per text. */
const anaphorIn = memo(256, (text: string) => ANAPHOR.exec(text)?.index);

/** Tokens and weak pieces of a matching text, once per text (the numbers of one clause share it). Read-only. */
const tokenized = memo(256, (text: string) => {
  const tokens = tokenize(text);
  return { tokens, weak: weakPieces(tokens, text) };
});

