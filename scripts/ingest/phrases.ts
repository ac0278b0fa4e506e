/**
 * Word lists and small tests on Vietnamese phrases, shared by `items.ts` (which words around a
 * number belong to it) and `subject.ts` (what a number counts). General knowledge about Vietnamese,
 * not taken from seeds. Words are syllables: Vietnamese writes one syllable per word.
 */
import { anyOf, MOVED_GOAL, MOVES_GOAL } from './goal-lexicon';

/** Syllables of a phrase: words of letters, marks, digits and a few joiners, lowercased. */
export function syllables(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}\p{N}%./-]+/u).map((w) => w.replace(/^[./-]+|[./-]+$/g, '')).filter(Boolean);
}

/**
 * Phrases that carry no "what" of their own: linking verbs, hedges, comparison and rank words,
 * connectors, "Việt Nam" (the subject of nearly every claim). Longest first.
 */
const WEAK_PHRASES = [
  'việt nam', 'giữ nguyên', 'thứ hạng', 'xếp hạng', 'tăng trưởng', 'tăng thêm', 'so với', 'cùng kỳ', 'trong đó',
  'theo đó', 'tuy nhiên', 'ngoài ra', 'đến nay', 'hiện nay', 'trong khi', 'ước tính', 'cả nước', 'toàn quốc',
  'liên tiếp', 'tổng cộng', 'đạt được', 'từ mức', 'ở mức',
];
/** The weak words, one syllable each. */
export const WEAK_WORD_LIST: readonly string[] = (
  'đạt là có chiếm ước tăng giảm còn lên xuống từ mức ở được đã đang sẽ vẫn cũng xếp thứ hạng đứng gấp ' +
  'cao thấp hơn gần khoảng trên dưới năm thì và nhưng mà trong khi nếu đó hiện nay tính chung với của tại cho ' +
  'nhanh nhất bậc lần vn các những này đều rất tới đến vào so bằng'
).split(' ');
const WEAK_WORDS = new Set(WEAK_WORD_LIST);

/** True for one weak word: a linking verb, hedge, connector or comparison word. */
export function isWeakWord(word: string): boolean {
  return WEAK_WORDS.has(word.toLowerCase());
}

/** Any weak phrase as whole words (the space after it is left for the next one: "so với cùng kỳ" loses both). */
const WEAK_PHRASE = new RegExp(` (?:${WEAK_PHRASES.join('|')})(?= )`, 'gu');

/** True when `text`, without weak words, years and numbers, has fewer than two syllables left. */
export function isWeakPhrase(text: string): boolean {
  const t = ` ${text.toLowerCase()} `.replace(WEAK_PHRASE, ' ');
  let left = 0;
  for (const w of syllables(t)) if (!WEAK_WORDS.has(w) && !/\d/.test(w) && ++left >= 2) return false;
  return true;
}

/** A time expression rather than a thing: "trong giai đoạn 2021 - 2024", "năm 2023", "quý I". */
export function isTimePhrase(text: string): boolean {
  return /^(?:trong\s+|vào\s+|đến\s+|từ\s+)?(?:các\s+)?(?:giai đoạn|năm|quý|tháng|tuần|ngày|thời gian|thời kỳ|nửa|cùng kỳ)(?![\p{L}\p{M}])/iu.test(text.trim());
}

/** Connectors and frames that may open a phrase but are not part of what is counted. */
export const LEADING = /^(?:(?:trong đó|theo đó|tuy nhiên|ngoài ra|hiện nay|hiện|đến nay|tính đến nay|tính chung(?: đến nay)?|nếu|thì|mà|và|còn|nhưng|riêng|đặc biệt|có|đã|trong khi|với|cùng với)(?![\p{L}\p{M}])[\s,]*)+/iu;

/** Verbs, hedges and function words that may close the phrase before a number. */
export const TRAILING = /(?:(?:^|[\s,]+)(?:đạt được|đạt|là|có|chiếm|ước tính|ước|còn|từ mức|từ|ở mức|mức|được|xếp hạng|xếp thứ|xếp|đứng thứ|đứng|thứ|hạng|giữ nguyên thứ hạng|giữ nguyên|tăng thêm|tăng|giảm|gấp|cao|khoảng|gần|trên|hơn|dưới|với|trong|tại|của|và|gồm|như|bằng|cho|đã|chỉ|cũng|vẫn|đều|nhanh nhất|tới|đến|vào|các|những)(?![\p{L}\p{M}])|[\s:;,.…"“”'–{}[\]<>=+*-]+|\s*\()+$/iu;

/** Words that, right after a number, show it names no noun of its own ("tăng 8% so với …", "18,3% trong GDP"). */
export const AFTER_START = /^(?:so với|so sánh|trong|tại|vào|năm|từ|và|hoặc|lên|xuống|trở|so|với|đến|tới|cao|thấp|nhưng|để|do|vì|nhằm|khi|nếu|thì|mà|sau|trước|mỗi|của|là|đạt|tăng|giảm)(?![\p{L}\p{M}])/iu;
/** The same on an English page (round 43): a time, a comparison or a new clause right after the number ("… was 6,641 in the first six months"), so the number names no noun of its own. */
export const ENGLISH_AFTER_START = /^(?:in|on|at|during|over|since|from|to|by|compared|against|versus|as|up|down|and|or|but|while|when|after|before|this|last|year|month|quarter|respectively)(?![\p{L}\p{M}])/iu;
/** Words that end the noun phrase after a number: a comparison, a purpose, a new clause. */
export const AFTER_CUT = /\s(?:so với|so sánh|và|hoặc|lên|xuống|trở lên|để|do|vì|nhằm|khi|nếu|thì|mà|nhưng|với|cao hơn|thấp hơn)(?![\p{L}\p{M}])/iu;

/** Markers that start a predicate shared by every item of an "A và B đã …" list. */
export const PREDICATE_MARK = /\s(?:đã|đang|chưa|được|có|sẽ|vẫn|cũng|đều|phải)\s/u;

/**
 * Countries other than Viet Nam, as written in Vietnamese news (case-sensitive, whole words).
 * A rank or score stated for one of them is not Viet Nam's indicator. Ambiguous short names
 * (Anh, Lào, Mỹ, Đức, Nga, Pháp) are left out: they are also parts of personal or place names.
 */
export const FOREIGN_COUNTRIES = [
  'Singapore', 'Malaysia', 'Thái Lan', 'Indonesia', 'Philippines', 'Brunei', 'Campuchia', 'Myanmar', 'Timor-Leste',
  'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Ấn Độ', 'Hoa Kỳ', 'Australia', 'Canada', 'Estonia', 'Đan Mạch', 'Phần Lan',
  'Thụy Điển', 'Hà Lan', 'Thụy Sĩ', 'New Zealand', 'Israel',
  // the transliterations of state publications: "Xinh-ga-po", "Ma-lai-xi-a", "Phi-líp-pin" …
  'Xinh-ga-po', 'Xin-ga-po', 'Ma-lai-xi-a', 'In-đô-nê-xi-a', 'Phi-líp-pin', 'Phi-lip-pin', 'Bru-nây', 'Cam-pu-chia', 'Mi-an-ma',
  'Ô-xtrây-li-a', 'Ô-xtơ-rây-li-a', 'Ca-na-đa', 'Ét-xtô-ni-a', 'Niu Di-lân', 'I-xra-en',
];
const COUNTRY = new RegExp(`(?<![\\p{L}\\p{M}])(?:${FOREIGN_COUNTRIES.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** The foreign country named in `text`, if any ("trong khi Singapore xếp thứ" → "Singapore"). */
export function foreignCountry(text: string): string | undefined {
  return COUNTRY.exec(text)?.[0];
}

/** Whitespace-separated words. */
export const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** Whitespace collapsed and trimmed. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Strips connectors at the start and verbs, hedges and punctuation at the end, until stable. */
export function tidy(phrase: string): string {
  let s = norm(phrase);
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEADING, '').replace(TRAILING, '').replace(/^[\s,:;.…"“”'()–-]+/u, '').trim();
    if (s.endsWith(')') && (s.match(/\(/g) ?? []).length < (s.match(/\)/g) ?? []).length) s = s.slice(0, -1);
  }
  return s;
}

/**
 * The noun phrase just after position `at`, up to `to`: none when a comparison, time or linking word
 * follows the number (AFTER_START); it stops at a delimiter, "/", or a comparison, purpose or new
 * clause (AFTER_CUT), but reads on over ", " after a short noun ("bộ, ngành", "tỉnh, thành").
 */
export function phraseAfter(sentence: string, at: number, to: number): string {
  return phraseAfterSpan(sentence, at, to).text;
}

/** {@link phraseAfter}, with the position just after the raw words it was read from. */
export function phraseAfterSpan(sentence: string, at: number, to: number): { text: string; end: number } {
  const text = sentence.slice(at, to);
  if (AFTER_START.test(text.trimStart()) || /^\s*[,;:()/.…”"]/u.test(text)) return { text: '', end: at };
  let out = '';
  let used = 0;
  for (const piece of text.split(/,(?!\d)/u)) {
    const stop = /[;:()“”"/…]|\.(?:\s|$)/u.exec(piece);
    const head = stop ? piece.slice(0, stop.index) : piece;
    const cut = AFTER_CUT.exec(head);
    const part = cut ? head.slice(0, cut.index) : head;
    const first = words(part)[0] ?? '';
    if (out && (first === '' || isWeakWord(first) || AFTER_START.test(first))) break;
    out = out ? `${out},${part}` : part;
    used += (used ? 1 : 0) + part.length;
    if (stop || cut || words(part).length > 3) break;
  }
  return { text: tidy(out), end: at + used };
}


/** A sentence that details the one before: "Trong đó, …", "Cụ thể, …", "Chi tiết: …" (lowercase). */
export const DETAILS_OPENING = /^\s*(?:trong đó|cụ\s+thể|chi\s+tiết)\s*[,:]/u;

/** A sentence's opening attribution ("Theo báo cáo của Bộ Thông tin và Truyền thông, …"), lowercase: the source cited, not what is measured. */
export const SOURCE = /^\s*theo\s[^,;.]{1,80},/u;

/** One named ministry or central body ("Bộ Công Thương", "Bộ TT&TT", "Ngân hàng Nhà nước", "NHNN"), not "bộ, ngành" or "các bộ", nor a source ("Theo Bộ …", "Bộ … cho biết", "Số liệu NHNN … đưa ra cho thấy") nor the author of a plan's goals ("Bộ … đặt mục tiêu đến năm 2025, tỷ lệ …") or of a document ("Bộ … ban hành Quyết định …"), nor the Party's Politburo ("Bộ Chính trị"); on original-case text. */
const NAMED_BODY = /(?<![\p{L}\p{M}])(?<!(?:[Tt]heo|[Cc]ủa|[Tt]ừ|[Ss]ố liệu|[Bb]áo cáo)\s)(?:Bộ\s+(?!Chính trị)(?:\p{Lu}|[a-zđ]{2,}&)|Ngân hàng Nhà nước|(?<!\(\s*)NHNN|Văn phòng Chính phủ|(?<!\(\s*)VPCP|Thanh tra Chính phủ)(?![^,;.]*(?:\)\s*,\s*)?(?:cho biết|công bố|thông tin|báo cáo|ước tính|đánh giá|dự báo|ban hành|đưa ra|cho thấy|(?:đặt|đề|xác định)(?: ra)? mục tiêu))/u; // round 48: a speaker's body in brackets, then ", cho biết" ("Cục … (Bộ KH&CN), cho biết …") // round 38: "Số liệu Ngân hàng Nhà nước (NHNN) vừa đưa ra cho thấy, …": a source
/** Words that make a value the country's although a body reports it ("cả nước", "toàn quốc"). */
const NATIONWIDE = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc)(?![\p{L}\p{M}])/iu;

/** An attribution opening the item ("Theo số liệu của Cục Thống kê (Bộ Tài chính), …"), original case: the source and its parent body, not whose figure it is (round 32). */
const OPENING_SOURCE = /^\s*[Tt]heo\s[^,;.]{1,80},/u;

/** True when `text` (the words of a number's item) names one ministry or central body, and not the whole country: a rate there is that body's own. */
export function namesBody(text: string): boolean {
  const own = text.replace(OPENING_SOURCE, ' ');
  return NAMED_BODY.test(own) && !NATIONWIDE.test(own) && !SETS_GOAL_AFTER_BODY.test(own);
}

/** Round 51: a body that sets or moves a goal for what it governs ("Bộ Công Thương vừa điều chỉnh mục tiêu tăng trưởng thương mại điện tử
 *  cả năm 2025 từ 20-22% lên …", "… nâng mục tiêu …"): the goal is the sector's, not the body's own rate. */
const SETS_GOAL_AFTER_BODY = new RegExp(`(?<![\\p{L}\\p{M}])${anyOf([...MOVES_GOAL, 'đặt', 'đề ra', 'đặt ra'])}\\s+${anyOf(MOVED_GOAL)}(?![\\p{L}\\p{M}])`, 'iu');

/** A list's lead that names ministries one by one after it ("Các bộ có tỷ lệ … thấp nhất lần lượt là:"), on lowercase text. */
const BODY_LIST_LEAD = /(?<![\p{L}\p{M}])(?:các|những)\s+bộ(?![\p{L}\p{M}])[^:;.]*:[^:;.]*$/u;
/** An item that is a name and a bracket ("Xây dựng (", "và Tài nguyên và Môi trường ("), on original-case text. */
const NAME_BRACKET = /^[\s,]*(?:và\s+)?\p{Lu}[\p{L}\p{M}\s,&]*\(\s*$/u;

/**
 * True when the number stands in a bracket after a name listed under a lead naming ministries ("Các bộ …
 * lần lượt là: Xây dựng (16,6%), Công Thương (25%)"): each value is one ministry's, though "Bộ" is left out.
 */
export function namesListedBody(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const item = before.slice(Math.max(before.lastIndexOf(')'), before.lastIndexOf(':')) + 1);
  return NAME_BRACKET.test(item) && BODY_LIST_LEAD.test(before.toLowerCase());
}

/** Round 44: a concession that opens a clause ("dù có nhiều ngày nghỉ Tết, nhưng ", "mặc dù …, song "): a circumstance the
 *  figure holds despite, neither what it measures nor when it was counted. */
const CONCESSION_WORDS = String.raw`(?:mặc\s+dù|tuy|dù|dẫu)`;
const CONCESSION = new RegExp(String.raw`(?<![\p{L}\p{M}])${CONCESSION_WORDS}\s[^;:.]{1,80}?,\s*(?:nhưng|song)(?![\p{L}\p{M}])`, 'giu');
/** The concession words that open a piece of their own, not the connectors "Tuy nhiên", "Tuy vậy", "Dù vậy", "Dẫu vậy", "Mặc dù vậy". */
const CONCEDES = String.raw`${CONCESSION_WORDS}(?!\s+(?:nhiên|vậy)(?![\p{L}\p{M}]))`;

/** `text` with its concessions (`CONCESSION`) blanked. */
export function withoutConcessions(text: string): string {
  return text.replace(CONCESSION, ' ');
}

/** Session 48: a comma-piece that grants a shortfall before the figure: one opening on a concession word (`CONCEDES`, "Dù chưa hoàn thành mục
 *  tiêu, …") or on ", nhưng"/", song" after an earlier piece ("…, nhưng vẫn chưa đạt yêu cầu, …"; not ", song song"), up to its comma. */
const CONCESSION_PIECE = new RegExp(String.raw`(?:(?:^|,\s)\s*${CONCEDES}|,\s*(?:nhưng|song(?!\s+song)|tuy\s+nhiên))(?![\p{L}\p{M}])[^,]*(?=,\s)`, 'giu'); // third review: ", tuy nhiên vẫn chưa …," as ", nhưng …"

/** `clause` with the concession pieces before offset `at` blanked (`CONCESSION_PIECE`): what they grant is not the figure's (lexicon.ts reads
 *  "chưa" in what is left). Review of round 67: a sentence's opening connector ("Tuy nhiên …", "Nhưng …" with no comma before) grants nothing. */
export function withoutConcessionPieces(clause: string, at: number): string {
  return `${clause.slice(0, at).replace(CONCESSION_PIECE, ' ')}${clause.slice(at)}`;
}
