/**
 * Round 31d: a year that closes an event's name ("Tuần lễ Cấp cao APEC 2027", "Diễn đàn Kinh tế số Việt Nam 2025",
 * "Hội chợ Công nghệ - Mekong 2023") names the event: it dates neither the figures near it nor the paragraphs after it,
 * and it is not the year an undated page reports on. The name is a title: an event noun, then a capitalised word, then up
 * to a dozen words with no stop or digit, and the year written bare (no "năm", "giai đoạn", "đến" … before it); a meeting
 * that reviews or plans a period ("Hội nghị Tổng kết công tác 2024") names that period, no event. An
 * acronym that closes such a name names the event again when it comes back with the year ("… phục vụ APEC 2027"). Pure.
 */
import { type DateMatch, findDates } from './dates';

/** An event noun (either case for its first letter), then a title opening on a capital, up to the bare year at the end of `before`. */
const EVENT_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:[Tt]uần lễ|[Dd]iễn đàn|[Hh]ội nghị|[Hh]ội thảo|[Tt]riển lãm|[Hh]ội chợ|[Ll]ễ hội|[Nn]gày hội|[Ll]iên hoan|[Cc]uộc thi|[Hh]ội thi|[Gg]iải thưởng|[Ff]estival|[Ee]xpo|[Ss]ummit)\s+\p{Lu}[^\s,;:.()\d]*(?:\s+[^\s,;:.()\d]+){0,12}\s+$/u;
/** A time word right before a year: the year is a period, not a name's ("Hội nghị Tổng kết năm 2024", "Diễn đàn … giai đoạn 2021-2025"). */
const TIME_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:năm|đoạn|kỳ|khóa|khoá|niên|đến|tới|từ|trong|cuối|đầu|hết|tháng|quý|vào|sau|trước|of|in)\s+$/iu;
/** The word right before a bare year, when it is an acronym ("APEC 2027"). */
const ACRONYM_BEFORE = /(?<![\p{L}\p{M}\p{N}])(\p{Lu}{2,8})\s+$/u;

/** True when `d` is a year written bare (four digits alone, no span). */
function isBareYear(d: Pick<DateMatch, 'text' | 'precision' | 'isoEnd'>): boolean {
  return d.precision === 'year' && !d.isoEnd && /^(?:19|20)\d\d$/u.test(d.text);
}

/** A meeting that reviews or plans a period ("Hội nghị Tổng kết công tác 2024", "Hội nghị Triển khai nhiệm vụ 2025"): its year is that period, not a name's. */
const REVIEW_OR_PLAN = /(?<![\p{L}\p{M}])(?:tổng kết|sơ kết|giao ban|triển khai|kế hoạch|nhiệm vụ|phương hướng)(?![\p{L}\p{M}])/iu;

/** True when the bare year `d` closes an event's name in `sentence` (`EVENT_NAME_BEFORE`, no time word right before it, no meeting on a period: `REVIEW_OR_PLAN`). */
function closesEventName(sentence: string, d: Pick<DateMatch, 'start' | 'text' | 'precision' | 'isoEnd'>): boolean {
  const name = EVENT_NAME_BEFORE.exec(sentence.slice(Math.max(0, d.start - 160), d.start));
  return isBareYear(d) && !!name && !TIME_WORD_BEFORE.test(name[0]) && !REVIEW_OR_PLAN.test(name[0]);
}

/** Round 55: a curriculum, a law or a constitution named by its year, the year bare right after ("Chương trình giáo dục phổ thông 2018",
 *  "chương trình 2006", "Luật Giao dịch điện tử 2023", "Bộ luật Lao động 2019", "Hiến pháp 2013"): an edition's name, no period. */
const EDITION_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:chương\s+trình(?:\s+(?:giáo\s+dục\s+phổ\s+thông|gdpt|mới|cũ))?|[Ll]uật\s+\p{Lu}[^\s,;:.()\d]*(?:\s+[^\s,;:.()\d]+){0,6}|[Bb]ộ\s+luật\s+\p{Lu}[^\s,;:.()\d]*(?:\s+[^\s,;:.()\d]+){0,4}|[Hh]iến\s+pháp)\s+$/iu;

/** True when the bare year `d` closes an edition's name in `sentence` (`EDITION_NAME_BEFORE`). */
function closesEditionName(sentence: string, d: Pick<DateMatch, 'start' | 'text' | 'precision' | 'isoEnd'>): boolean {
  return isBareYear(d) && EDITION_NAME_BEFORE.test(sentence.slice(Math.max(0, d.start - 80), d.start));
}

/** The acronyms with their year that close an event's name on the page ("apec 2027"): the event named again. */
export function eventNames(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const p of paragraphs) {
    for (const d of findDates(p)) {
      const acronym = ACRONYM_BEFORE.exec(p.slice(Math.max(0, d.start - 12), d.start))?.[1];
      if (acronym && closesEventName(p, d)) names.add(`${acronym.toLowerCase()} ${d.text}`);
    }
  }
  return names;
}

/** True when the date `d` of `sentence` is an event's name's year: it closes one (`closesEventName`; round 55: or an edition's name, `closesEditionName`) or follows an acronym the page named an event with (`names`, `eventNames`). */
export function isEventNameYear(sentence: string, d: Pick<DateMatch, 'start' | 'text' | 'precision' | 'isoEnd'>, names: ReadonlySet<string>): boolean {
  if (closesEventName(sentence, d) || closesEditionName(sentence, d)) return true;
  const acronym = isBareYear(d) ? ACRONYM_BEFORE.exec(sentence.slice(Math.max(0, d.start - 12), d.start))?.[1] : undefined;
  return !!acronym && names.has(`${acronym.toLowerCase()} ${d.text}`);
}
