/**
 * A share of a population named by what its members use, that measures something else they do (round 32, the lead):
 * "91% người dùng điện thoại thông minh ở nông thôn dùng ví điện tử X" is the share of smartphone users who use X, not
 * the share of people who use a smartphone. When every word group of a series stands in the population's name and the
 * share's verb has an object of its own, the share is not that series.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { findPhrase, phraseWords, tokenize } from './folded-text';

/** The population's head right after the share: "người dùng", "người sử dụng", "khách hàng", "chủ thuê bao". */
const HEAD = /^\s*(?:các\s+|những\s+)?(?:người dùng|người sử dụng|khách hàng|chủ thuê bao|chủ tài khoản)(?![\p{L}\p{M}])/iu;
/** What its members do, after the population's name: a verb of use or choice, then its object. */
const VERB = /\s(?:sử dụng|dùng|chọn|cài đặt|truy cập|mua sắm|mua|thanh toán|xem|biết|tin dùng|ưa chuộng)\s+(?=[^\s,.;:()])/iu;
/** The end of the share's clause. */
const CLAUSE_END = /[,.;:()!?]/u;

/** True when the share right before `after` is of a population named by `ind`'s words that does something else (see the module note). */
export function sharesOfUsersDoingElse(ind: Indicator, after: string): boolean {
  const head = HEAD.exec(after);
  if (!head) return false;
  const clause = after.split(CLAUSE_END)[0]!;
  const verb = VERB.exec(clause.slice(head[0].length));
  if (!verb) return false;
  const population = tokenize(clause.slice(0, head[0].length + verb.index));
  return ind.concepts.every((group) => group.some((p) => findPhrase(population, phraseWords(p)).length > 0));
}
