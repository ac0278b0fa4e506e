/**
 * Which canonical indicator (content/indicators.yaml) a number measures, by scored matching on the
 * folded words around it (see the header of indicators.yaml for the rules), and which topics a text
 * is about. Pure.
 */
import type { Indicator, Topic } from '../../src/schemas/lexicon';
import type { MetricKind, Unit } from '../../src/schemas/metric';
import { findPhrase, isSyllable, phraseWords, tokenize, type Hit, type Token } from './folded-text';
import { AFTER_START, isWeakPhrase, WEAK_WORD_LIST } from './phrases';
import { subjectAllows } from './indicator-subject';
import { splitSentences } from './segment';

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
}

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
/** Two candidates closer than this are a tie: neither is assigned. */
export const TIE_MARGIN = 0.25;
/** How many pieces before the number a concept may stand, and after it. */
const REACH_BEFORE = 3;
const REACH_AFTER = 2;
/** Score factor by distance in pieces (0 = the number's own piece). */
const NEAR = [1, 0.8, 0.6, 0.45];
/** A concept found after the number counts a little less. */
const AFTER = 0.9;
/** Each optional word adds this (times its nearness); all of them together at most OPTIONAL_CAP. */
const OPTIONAL = 0.5;
const OPTIONAL_CAP = 1.5;

/** Weak words (`phrases.ts`), folded: linking verbs, hedges, comparison words. */
const FOLDED_WEAK = new Set(WEAK_WORD_LIST.map((w) => phraseWords(w).join(' ')));
/** A phrase that points back to the sentence before ("tỷ lệ này", "chỉ số trên"), on lowercase text. */
const ANAPHOR = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|tỷ trọng|chỉ số|con số|doanh thu|giá trị|số lượng|thứ hạng)\s+(?:này|trên|đó)(?![\p{L}\p{M}])/u;
/** "chưa" (not yet): the clause states the complement of what an indicator counts. Read on unfolded text ("chùa", "chứa" fold alike). */
const NEGATION = /(?<![\p{L}\p{M}])chưa(?![\p{L}\p{M}])/u;
/** Bodies and places that a count may count instead of the indicator's thing ("34 địa phương đã …"). */
const ENTITY_NOUNS = ['dia phuong', 'tinh', 'thanh pho', 'bo', 'nganh', 'so', 'huyen', 'xa', 'phuong', 'co quan', 'don vi', 'quoc gia', 'nuoc'].map(phraseWords);
/** Score weight of a phrase: 1 per syllable, 2 per acronym or loan word, at most 4. */
export function phraseWeight(words: string[]): number {
  return Math.min(4, words.reduce((s, w) => s + (isSyllable(w) ? 1 : 2), 0));
}

/** A concept or optional word found near the number. */
interface Found {
  value: number;
  hit: Hit;
  distance: number;
}

/**
 * Distance in pieces from the number (token index `n`) to a hit, or undefined when out of reach.
 * Pieces with no words of their own between them ("năm 2022", "Việt Nam tăng 1 bậc") do not count:
 * "Về xếp hạng X, năm 2022, Việt Nam giữ nguyên thứ hạng là 6/11" keeps X next to the number.
 */
function piecesAway(tokens: Token[], n: number, hit: Hit, weak: boolean[]): { d: number; after: boolean } | undefined {
  const here = tokens[n]?.piece ?? tokens[tokens.length - 1]?.piece ?? 0;
  const between = (a: number, b: number) => (a === b ? 0 : 1 + weak.slice(a + 1, b).filter((w) => !w).length);
  if (hit.last < n) {
    const d = between(tokens[hit.last]!.piece, here);
    return d <= REACH_BEFORE ? { d, after: false } : undefined;
  }
  const d = between(here, Math.max(here, tokens[hit.first]!.piece));
  return d <= REACH_AFTER ? { d, after: true } : undefined;
}

/** For each piece of the clause: true when it carries no words of its own (see `isWeakPhrase`). */
export function weakPieces(tokens: Token[], clause: string): boolean[] {
  const out: boolean[] = [];
  for (const t of tokens) out[t.piece] = out[t.piece] === undefined ? true : out[t.piece]!;
  const spans = new Map<number, [number, number]>();
  for (const t of tokens) spans.set(t.piece, [spans.get(t.piece)?.[0] ?? t.start, t.end]);
  for (const [piece, [a, b]] of spans) out[piece] = isWeakPhrase(clause.slice(a, b));
  return Array.from(out, (w) => w ?? true);
}

/** The best-placed form of a set of forms: highest weight × nearness. */
function bestForm(m: Matching, forms: string[], weight: (w: string[]) => number): Found | undefined {
  const { tokens, num, weak } = m;
  const n = num.first;
  let best: Found | undefined;
  for (const form of forms) {
    const words = phraseWords(form);
    for (const hit of findPhrase(tokens, words)) {
      if ((hit.first <= num.last && hit.last >= n && tokens[n]) || ownedByOtherNumber(m, hit)) continue;
      const away = tokens[hit.first]!.start >= m.predicate ? { d: 1, after: true } : tokens[hit.last]!.end <= m.anaphor ? { d: 1, after: false } : piecesAway(tokens, n, hit, weak);
      if (!away) continue;
      const value = weight(words) * NEAR[Math.min(away.d, NEAR.length - 1)]! * (away.after ? AFTER : 1);
      const distance = inWindow(m, hit) ? Math.min(away.d, 1) : away.d;
      if (!best || value > best.value) best = { value, hit, distance };
    }
  }
  return best;
}

/** True when a hit lies in the number's own words (`items.ts`). */
const inWindow = (m: Matching, hit: Hit) => m.tokens[hit.first]!.start >= m.window[0] && m.tokens[hit.last]!.end <= m.window[1];

/** A number other than a year, as a token. */
const isNumberToken = (t: Token | undefined, prev: Token | undefined) => !!t && /^\d/.test(t.w) && !/^(?:19|20)\d\d$/.test(t.w) && prev?.w !== 'nam';

/** The number being matched: its first and last token (digit groups written close together: "4.422/6.423"). */
export interface NumberTokens {
  first: number;
  last: number;
}

/** The tokens of the number at token `n`. */
function numberTokens(tokens: Token[], n: number): NumberTokens {
  let last = n;
  while (/^\d/.test(tokens[last + 1]?.w ?? '') && tokens[last + 1]!.start - tokens[last]!.end <= 3) last++;
  return { first: n, last };
}

/**
 * True when a hit is the words of another number's claim: its piece has another number before it
 * ("đạt 80% X, 40% Y": Y is 40%'s), unless that number is closed off by a bracket ("(chiếm 68,8%)
 * đã …"); or, when the number has a subject of its own, the hit stands in another piece that holds
 * a number ("TMĐT chiếm 10% bán lẻ, và năng suất lao động tăng 7%": TMĐT is 10%'s, not 7%'s).
 * Words of the number's own list item (`items.ts`) and of a shared predicate are never another's.
 */
function ownedByOtherNumber(m: Matching, hit: Hit, trustWindow = true): boolean {
  const { tokens, num, text } = m;
  if (trustWindow && inWindow(m, hit)) return false;
  if (tokens[hit.first]!.start >= m.predicate) return false;
  const piece = tokens[hit.first]!.piece;
  for (let i = hit.first - 1; i >= 0 && tokens[i]!.piece === piece; i--) {
    if (i >= num.first && i <= num.last) return false;
    if (isNumberToken(tokens[i], tokens[i - 1]) && !text.slice(tokens[i]!.end, tokens[hit.first]!.start).includes(')')) return true;
  }
  if (!m.ownSubject || piece === tokens[num.first]?.piece) return false;
  return tokens.some((t, i) => t.piece === piece && (i < num.first || i > num.last) && isNumberToken(t, tokens[i - 1]));
}

/** Generic measure words, folded: they name how something is measured, not what ("tốc độ tăng trưởng", "tỷ lệ"). */
const MEASURE_WORDS = new Set('toc do truong ty le trong quy mo luong gia tri muc vuot binh quan trung tong cong hang thoi ky giai doan'.split(' '));

/** True when the number's own piece names a subject before it: three or more syllables that are neither weak nor measure words. */
function hasOwnSubject(tokens: Token[], n: number): boolean {
  const piece = tokens[n]?.piece;
  let k = 0;
  for (let i = n - 1; i >= 0 && tokens[i]!.piece === piece; i--) if (!/\d/.test(tokens[i]!.w) && !FOLDED_WEAK.has(tokens[i]!.w) && !MEASURE_WORDS.has(tokens[i]!.w)) k++;
  return k >= 3;
}

/** True when one of `forms` occurs in tokens first..last (inclusive) as words of this number's claim. */
function anyWithin(m: Matching, first: number, last: number, forms: string[][]): boolean {
  return forms.some((f) => findPhrase(m.tokens, f).some((h) => h.first >= first && h.last <= last && !ownedByOtherNumber(m, h, false)));
}

/** The tokens of the number's own piece: first and last index. */
function ownPiece(tokens: Token[], n: number): [number, number] {
  const piece = tokens[n]?.piece;
  if (piece === undefined) return [tokens.length, tokens.length - 1];
  let a = n;
  let b = n;
  while (a > 0 && tokens[a - 1]!.piece === piece) a--;
  while (b + 1 < tokens.length && tokens[b + 1]!.piece === piece) b++;
  return [a, b];
}

/** Words right before a count or an amount that make it a change, not a level ("tăng thêm 4 tỷ USD"). */
const INCREMENT = /(?:^|[\s,(])(?:tăng thêm|tăng|giảm|thêm|giảm đi|tăng lên thêm)\s+(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|ước|ước tính)\s+)?$/u;
/** A noun that makes a count a rate ("lượt/ngày", "thuê bao/100 dân"). */
const RATE_NOUN = /^[\p{L}\p{M}\s]{1,24}\/\s*(?:\d|ngày|tháng|năm|tuần|giờ|người|dân|hộ)/u;

/** True for a count or an amount stated as a change ("tăng 4,1 triệu thuê bao") or a rate ("425.000 lượt/ngày"): no level series applies. */
export function isChangeOrRate(q: IndicatorQuery): boolean {
  if (q.unit !== 'count' && q.unit !== 'VND' && q.unit !== 'USD') return false;
  return INCREMENT.test(q.clause.slice(0, q.at)) || (q.unit === 'count' && RATE_NOUN.test(q.noun ?? ''));
}

/** Whether a count's noun ("34 địa phương …") lets `ind` count it. */
export function countsAllow(ind: Indicator, q: IndicatorQuery): boolean {
  if (q.unit !== 'count') return true;
  const noun = (q.noun ?? '').trim();
  const words = phraseWords(noun.split(/[,;:.()]/)[0] ?? '');
  const startsWith = (p: string[]) => p.every((w, i) => words[i] === w);
  if (ind.counts?.some((c) => startsWith(phraseWords(c)))) return true;
  if (ENTITY_NOUNS.some(startsWith)) return false;
  if (!ind.counts) return true;
  return words.length === 0 || AFTER_START.test(noun) || !/^\p{L}/u.test(noun);
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
}

/** A candidate's score and how far (in pieces) its nearest and farthest concepts stand from the number. */
export interface Scored {
  score: number;
  near: number;
  far: number;
}

/**
 * The words the matcher reads: the number's `;`-clause of the sentence (brackets and all), so that
 * the subject before an earlier number ("kinh tế số … tăng 22,4%, chiếm 18,3% trong GDP") and the
 * predicate after a bracket ("4.422/6.423 TTHC (chiếm 68,8%) đã cung cấp …") are in reach; the
 * shared predicate `items.ts` found is kept after " … ". An item of a `;`-list after a lead-in
 * ("… kinh tế số trong GDP các năm lần lượt là: Năm 2020 là X; 2021 là Y") reads the lead-in too.
 * Words of other numbers are told apart by `ownedByOtherNumber`.
 */
export function matchingText(q: IndicatorQuery): { text: string; at: number; window: [number, number]; predicate: number; anaphor: number } {
  const cut = q.clause.indexOf(' … ');
  const base = cut < 0 ? q.clause : q.clause.slice(0, cut);
  const idx = q.sentence.indexOf(base);
  const pointer = ANAPHOR.exec(q.sentence);
  const back = q.previous && (ANAPHOR.test(base) || (pointer && idx >= 0 && pointer.index < idx + q.at)) ? `${q.previous} ` : '';
  if (idx < 0) return { text: back + q.clause, at: back.length + q.at, window: [back.length, back.length + base.length], predicate: cut < 0 ? Infinity : back.length + cut, anaphor: back.length };
  const p = idx + q.at;
  const start = q.sentence.lastIndexOf(';', p - 1) + 1;
  const next = q.sentence.indexOf(';', p);
  const end = next < 0 ? q.sentence.length : next;
  const colon = q.sentence.indexOf(':');
  const lead = back + (start > 0 && colon >= 0 && colon < start ? q.sentence.slice(0, colon + 1) + ' ' : '');
  const text = lead + q.sentence.slice(start, end);
  const shift = lead.length - start;
  return { text: text + (cut < 0 ? '' : q.clause.slice(cut)), at: p + shift, window: [idx + shift, idx + shift + base.length], predicate: cut < 0 ? Infinity : text.length, anaphor: back.length };
}

/** The sentence before `sentence` in `paragraph`, if any. */
export function previousSentence(paragraph: string, sentence: string): string | undefined {
  const at = paragraph.indexOf(sentence);
  if (at <= 0) return undefined;
  return splitSentences(paragraph.slice(0, at)).at(-1)?.text;
}

/** Tokenises what the matcher reads for `q`. */
export function prepare(q: IndicatorQuery): Matching {
  const { text, at, window, predicate, anaphor } = matchingText(q);
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.end > at);
  const n = i < 0 ? tokens.length : i;
  return { text, tokens, num: numberTokens(tokens, n), weak: weakPieces(tokens, text), window, predicate, anaphor, ownSubject: hasOwnSubject(tokens, n) };
}

/** The score of one indicator for the number, or undefined when a rule rules it out. */
export function scoreOne(ind: Indicator, q: IndicatorQuery, m: Matching): Scored | undefined {
  if (!ind.units.includes(q.unit)) return undefined;
  if (ind.kinds && !ind.kinds.includes(q.kind)) return undefined;
  if (ind.totals && q.total !== undefined && !ind.totals.includes(q.total)) return undefined;
  if (!countsAllow(ind, q)) return undefined;
  const found: Found[] = [];
  for (const concept of ind.concepts) {
    const f = bestForm(m, concept, phraseWeight);
    if (!f) return undefined;
    found.push(f);
  }
  const [ownFirst, ownLast] = ownPiece(m.tokens, m.num.first);
  const first = Math.min(ownFirst, ...found.map((f) => f.hit.first));
  const last = Math.max(ownLast, ...found.map((f) => f.hit.last));
  if (anyWithin(m, first, last, ind.without.map(phraseWords))) return undefined;
  if (!subjectAllows(ind, { span: m.tokens.slice(first, last + 1), text: m.text, sentence: q.sentence, total: q.total })) return undefined;
  const optional = ind.optional.map((o) => bestForm(m, [o], () => OPTIONAL)?.value ?? 0).reduce((a, b) => a + b, 0);
  const score = found.reduce((sum, f) => sum + f.value, 0) + Math.min(OPTIONAL_CAP, optional);
  return { score, near: Math.min(...found.map((f) => f.distance)), far: Math.max(...found.map((f) => f.distance)) };
}

/**
 * Scores every indicator for the number and picks the best: the one whose concepts all stand
 * nearest the number (the farthest of them, in pieces), then the highest score. None for a number
 * stated for another country, in a clause with "chưa", or a count or amount that is a change or a
 * rate (`isChangeOrRate`); none, with `weak-indicator-match`, when
 * the best is below THRESHOLD or its concepts all stand two pieces or more away; none, with
 * `indicator-tie`, when two equally near indicators score within TIE_MARGIN of each other.
 */
export function scoreIndicator(q: IndicatorQuery, indicators: Indicator[]): IndicatorScore {
  if (q.foreign || NEGATION.test(q.clause) || isChangeOrRate(q)) return { score: 0 };
  const m = prepare(q);
  const scored = indicators
    .map((ind) => ({ ind, s: scoreOne(ind, q, m) }))
    .filter((x): x is { ind: Indicator; s: Scored } => x.s !== undefined)
    .sort((a, b) => a.s.far - b.s.far || b.s.score - a.s.score);
  const [best, second] = scored;
  if (!best) return { score: 0 };
  const score = round(best.s.score);
  if (best.s.score < THRESHOLD || best.s.near >= 2) return { score, reason: 'weak-indicator-match' };
  if (second && second.s.far === best.s.far && best.s.score - second.s.score < TIE_MARGIN) return { score, reason: 'indicator-tie' };
  return { indicator: best.ind.id, score };
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

/** Topic ids whose terms appear in `text` (lowercased), most mentions first, ties in file order. */
export function matchTopics(text: string, topics: Topic[]): string[] {
  const lower = text.toLowerCase();
  const counts = topics.map((topic, order) => ({
    id: topic.id,
    order,
    n: topic.terms.reduce((sum, term) => sum + countOccurrences(lower, term), 0),
  }));
  return counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n || a.order - b.order).map((c) => c.id);
}

/** How many times `term` occurs in `text`. */
export function countOccurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

