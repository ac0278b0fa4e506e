/**
 * What a number counts, in the article's own words: a short phrase cut from its sentence.
 *
 *  - a count names what it counts after the number ("84,7 triệu thẻ căn cước công dân gắn chip");
 *    a bare classifier ("50.350 doanh nghiệp") takes the fuller name written before it
 *    ("Phát triển doanh nghiệp công nghệ số đạt …" → "doanh nghiệp công nghệ số");
 *  - a share names its whole after the number ("82% hồ sơ trực tuyến") or before it, from "tỷ lệ" /
 *    "tỷ trọng" on ("tỷ lệ hồ sơ trực tuyến toàn trình/…"); money, growth, indices and multipliers
 *    name it before the number ("Doanh thu kinh tế số Việt Nam đạt 53 tỷ USD");
 *  - a rank names what is ranked before it ("chỉ số EGDI (…) của Việt Nam"), else the "Về …" frame of
 *    the sentence; a rank of another country is that country ("Singapore");
 *  - a number with no words of its own ("…, tăng 10,9%") takes the subject of the number before it.
 * Pure. The result is made of the sentence's words, in order (usually one verbatim piece; a share
 * may add the "trong X" after it: "tỷ trọng trong GDP", a rank its field), at most 18 syllables.
 */
import type { NumberMatch } from './numbers';
import { parenAround } from './items';
import { foreignCountry, isTimePhrase, isWeakPhrase, norm, phraseAfter, tidy, words } from './phrases';

/** Longest subject, in syllables: a phrase read before the number, and one read after it (a counted noun). */
const MAX = 18;
const MAX_AFTER = 14;
/** Words at which an over-long phrase may be cut. */
const BREAK_WORDS = new Set(['của', 'trong', 'có', 'và', 'hoặc', 'để', 'với', 'tại', 'ở', 'trên', 'được', 'đã', 'nhưng', 'cho', 'theo', 'về', 'từ', 'là']);
/** Verbs that end the short name of a counted thing ("doanh nghiệp công nghệ số đạt …"). */
const NAME_END = /\s(?:đạt|là|có|được|đã|đang|phát huy|với|tăng|giảm|trong|tại|của)(?![\p{L}\p{M}])/u;

/** At most `max` syllables; an over-long phrase is cut before its last break word within the limit. */
export function capPhrase(phrase: string, max = MAX): string {
  const w = words(phrase);
  if (w.length <= max) return phrase;
  for (let k = max; k > 1; k--) if (BREAK_WORDS.has(w[k]!.toLowerCase())) return tidy(w.slice(0, k).join(' '));
  return tidy(w.slice(0, max).join(' '));
}

/**
 * The phrase just before position `at`, back to `from`: the last piece between delimiters, widened
 * over a parenthetical right before it ("chỉ số EGDI (…) của Việt Nam") and over short comma-separated
 * nouns ("các bộ, ngành có").
 */
export function phraseBefore(sentence: string, from: number, at: number, afterNumber = false): string {
  const text = sentence.slice(from, at);
  const DELIM = /,(?!\d)|[;:()“”"]/gu;
  const cuts = [...text.matchAll(DELIM)].map((m) => ({ i: m.index, c: m[0] }));
  let k = cuts.length - 1;
  let start = k >= 0 ? cuts[k]!.i + 1 : 0;
  while (k >= 0) {
    const c = cuts[k]!;
    if (c.c === ')') {
      const open = cuts.slice(0, k).map((x) => x.c).lastIndexOf('(');
      if (open < 0) break;
      k = open - 1;
      start = k >= 0 ? cuts[k]!.i + 1 : 0;
      continue;
    }
    const prev = k > 0 ? cuts[k - 1]!.i + 1 : 0;
    if (prev === 0 && afterNumber) break;
    const piece = text.slice(prev, c.i);
    if (c.c !== ',' || /\d/.test(piece) || words(piece).length > 3 || tidy(piece) === '') break;
    start = prev;
    k -= 1;
  }
  return text.slice(start);
}

/** The "Về X," frame that opens a sentence, or "về X" after a rank ("đứng thứ 6 … về tốc độ tăng trưởng kinh tế số"). */
export function framePhrase(text: string): string {
  const m = [...text.matchAll(/(?:^|\s)[Vv]ề\s+([^,;:()]+)/gu)].at(-1);
  return m ? tidy(m[1]!.replace(/\s+năm\s+\d{4}.*$/u, '')) : '';
}

/** The field a rank is counted in, after it: "đứng thứ 7 trong khu vực châu Á - Thái Bình Dương". */
export function rankField(after: string): string {
  const m = /^\s*((?:trong|tại)\s+(?:khu vực|thế giới|toàn cầu|châu|nhóm)[^,;:()]*?)(?=\s+(?:và|về)\s|[,;:().]|$)/u.exec(after);
  return m ? norm(m[1]!) : '';
}

/** Head nouns of a rate, from which its phrase is read. */
const HEADS = /t[ỷỉ] lệ|t[ỷỉ] trọng|tốc độ|số lượng|doanh thu|mục tiêu|chỉ số/;

/** Starts a rate's phrase at its first head noun ("… có tỷ lệ phê duyệt …" → "tỷ lệ phê duyệt …"). */
function fromHead(phrase: string, heads = HEADS): string {
  const m = new RegExp(`(?:^|\\s)(${heads.source})(?![\\p{L}\\p{M}])`, 'iu').exec(phrase);
  return m ? phrase.slice(m.index).trim() : phrase;
}

/** A counted classifier's fuller name written first before it ("Triển khai dịch vụ công thiết yếu 43/53 dịch vụ"). */
export function fullerName(before: string, noun: string): string {
  const first = words(noun)[0];
  if (!first || words(noun).length > 2 || /[^\p{L}\p{M}]/u.test(first)) return '';
  const m = new RegExp(`(?:^|\\s)(${first}\\s[^/\\d]*)`, 'iu').exec(before);
  if (!m) return '';
  const name = m[1]!;
  const end = NAME_END.exec(name);
  const cut = tidy(words(end ? name.slice(0, end.index) : name).slice(0, 6).join(' '));
  return words(cut).length > words(noun).length ? cut : '';
}

/** The subject of `numbers[i]` in `sentence`; `previous` is the subject of the number before it in the same sentence. */
export function subjectFor(sentence: string, numbers: NumberMatch[], i: number, previous = ''): string {
  const n = numbers[i]!;
  const clauseStart = sentence.lastIndexOf(';', n.start - 1) + 1;
  const nextSemi = sentence.indexOf(';', n.end);
  const from = Math.max(clauseStart, i > 0 ? numbers[i - 1]!.end : 0);
  const to = Math.min(nextSemi < 0 ? sentence.length : nextSemi, numbers[i + 1]?.start ?? sentence.length);
  const rawBefore = phraseBefore(sentence, from, n.start, i > 0 && numbers[i - 1]!.end > clauseStart);
  const before = tidy(rawBefore);
  const after = phraseAfter(sentence, n.end, to);
  const strong = (s: string) => (s && !isWeakPhrase(s) ? capPhrase(s) : '');
  return ownSubject(sentence, n, { rawBefore, before, after, clauseStart, to })
    || strong(parenthesisSubject(sentence, numbers, i, clauseStart))
    || previous
    || strong(framePhrase(sentence.slice(0, n.start)))
    || capPhrase(before) || capPhrase(after);
}

/** The subject from the words next to the number (see the module comment), or "". */
function ownSubject(sentence: string, n: NumberMatch, p: { rawBefore: string; before: string; after: string; clauseStart: number; to: number }): string {
  const strong = (s: string) => (s && !isWeakPhrase(s) ? capPhrase(s) : '');
  const country = foreignCountry(p.rawBefore);
  if (n.kind === 'rank' && country) return country;
  if (n.kind === 'rank') {
    const rest = sentence.slice(n.end, p.to);
    const field = rankField(rest);
    return strong(p.before) || strong(framePhrase(rest)) || strong(framePhrase(sentence.slice(0, n.start)))
      || (field ? norm(`${p.before} ${field}`) : '');
  }
  if (n.unit === 'count') {
    const clauseBefore = sentence.slice(p.clauseStart, n.start);
    return strong(fullerName(clauseBefore, p.after)) || (p.after ? capPhrase(p.after, MAX_AFTER) : '') || strong(p.before);
  }
  if (n.unit === 'percent' && p.after) return capPhrase(p.after, MAX_AFTER);
  const head = n.kind === 'share' ? fromHead(p.before) : n.kind === 'growth' ? fromHead(p.before, /mục tiêu/) : p.before;
  const within = /^\s*(trong\s+[^\s,;.]+(?:\s+[^\s,;.]+)?)(?=$|[\s,;.])/u.exec(sentence.slice(n.end, p.to));
  const whole = within && !isTimePhrase(within[1]!) && strong(head) && words(head).length <= 3;
  return strong(whole ? `${head} ${within[1]}` : head);
}

/** For a number inside "( … )" with no words of its own: the phrase the parenthesis belongs to. */
function parenthesisSubject(sentence: string, numbers: NumberMatch[], i: number, clauseStart: number): string {
  const paren = parenAround(sentence, numbers[i]!.start);
  if (!paren) return '';
  const lastBefore = numbers.filter((m) => m.end <= paren.start).at(-1);
  const phrase = tidy(phraseBefore(sentence, Math.max(clauseStart, lastBefore?.end ?? 0), paren.start));
  return phrase && !isTimePhrase(phrase) ? fromHead(phrase) : '';
}
