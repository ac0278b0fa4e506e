/**
 * Session 48 (review of round 67): the internet economy's other segments — online travel, ride-hailing, food delivery, online media —
 * as the subject of a figure ("Vietnam's online travel sector is projected to grow 16%, reaching US$5 billion", "1,4 tỷ USD doanh thu du
 * lịch trực tuyến"): no e-commerce series takes it, and no whole digital economy's amount. Named beside a total or as what a figure is
 * compared with or excludes ("the digital economy, which covers e-commerce, online travel and online media, was worth …", "e-commerce,
 * excluding online travel, reached …", "ahead of food delivery") they own nothing. `other-subject.ts` asks it. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';

/** The segments, in both languages. */
const SEGMENT = String.raw`(?:online\s+travel|ride[- ]hailing|food\s+delivery|online\s+media|du\s+lịch\s+trực\s+tuyến|gọi\s+xe|giao\s+đồ\s+ăn|truyền\s+thông\s+trực\s+tuyến|nội\s+dung\s+nghe\s+nhìn)`;
/** A segment as the figure's own noun, right after it ("1,4 tỷ USD doanh thu du lịch trực tuyến", "$5 billion from online travel"). */
const SEGMENT_AFTER = new RegExp(String.raw`^\s*(?:(?:doanh\s+thu|revenue|sales|from)\s+)?(?:(?:của\s+|the\s+)?(?:ngành|lĩnh\s+vực)\s+)?${SEGMENT}(?![\p{L}\p{M}])`, 'iu');
/** The last segment named before the figure in its sentence, with no e-commerce (by any of its names) or whole economy named between it and the
 *  figure. */
const SEGMENT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${SEGMENT}(?![\p{L}\p{M}])(?:(?!e-?commerce|online\s+(?:shopping|retail|sales)|thương\s+mại\s+điện\s+tử|tmđt|mua\s+sắm\s+trực\s+tuyến|(?:bán\s+lẻ|bán\s+hàng)\s+trực\s+tuyến|digital\s+economy|internet\s+economy|kinh\s+tế\s+số)[^;.]){0,140}$`, 'iu');
/** What makes a segment no subject: an exclusion, a comparison, what a total counts or covers, a list it is one item of ("e-commerce, online
 *  travel and …", "which also counts online travel bookings"). */
const NOT_ITS_OWN = /(?:excluding|except|not\s+including|other\s+than|besides|ahead\s+of|than|compared\s+(?:to|with)|includ\p{L}*|cover\p{L}*|counts?|such\s+as|không\s+(?:tính|kể)|ngoài|so\s+với|hơn|nhờ|gồm|bao\s+gồm|kể\s+cả|,|\band|\bvà)\s*$/iu;

/** The series' concepts, as the catalogue a page is read with gives them (an English page's are English, `english-catalogue.ts`). */
const names = (ind: Indicator, ...words: string[]) => (ind.concepts ?? []).some((group) => words.some((w) => group.includes(w))); // a test's bare indicator may carry none
const isEcommerce = (ind: Indicator) => names(ind, 'thuong mai dien tu', 'e commerce');
const isDigitalEconomyAmount = (ind: Indicator) => (ind.units ?? []).some((u) => u === 'USD' || u === 'VND') && names(ind, 'kinh te so', 'digital economy');

/** True when `ind` is an e-commerce or a digital-economy amount series and the figure at `at` of `sentence` is another segment's own
 *  (`SEGMENT_AFTER`), or, for e-commerce, a segment is the subject named last before it (`SEGMENT_BEFORE`, not after `NOT_ITS_OWN` words). */
export function isOtherSegmentFigure(ind: Indicator, sentence: string, at: number, end: number): boolean {
  if (!isEcommerce(ind) && !isDigitalEconomyAmount(ind)) return false;
  if (SEGMENT_AFTER.test(sentence.slice(end, end + 60))) return true;
  const before = sentence.slice(Math.max(0, at - 200), at);
  const m = SEGMENT_BEFORE.exec(before);
  return isEcommerce(ind) && m !== null && !NOT_ITS_OWN.test(before.slice(0, m.index));
}
