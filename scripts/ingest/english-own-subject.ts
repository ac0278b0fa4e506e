/**
 * Round 47: whether the English words before a number name what is measured, as `indicator-own-subject.ts` reads a Vietnamese
 * sentence: two or more content words that are neither function words, measure and change words, time words nor the series' own
 * English words. "July growth climbed to …", "August and September each reached …", "October is projected at …" name nothing new
 * and continue the e-commerce growth the page set; "Exports of phones reached …" names a subject of its own. Pure.
 */

/** Words that name how or when something is measured, not what (lowercase, letters only). */
const WEAK = new Set(`the a an of to in on at for and or with by from as is are was were be been being has have had it its this that these those which
while than then also each both all per cent percent percentage point points growth rate rates share level average total figure figures number forecast
forecasts projected projection projections estimate estimated estimates expected target targets goal goals initial earlier previous previously higher
lower up down rise rose risen rising increase increased decrease decreased fall fell reached reach reaching hit climbed climb grew grow growing stood
compared against versus around about nearly over more less only just some year years month months quarter quarters half first second third fourth final
last next january february march april may june july august september october november december scenario consequently meanwhile however during so far
pushed push will would could should respectively same period`.split(/\s+/u));

/** How many content words name a subject. */
const SUBJECT_WORDS = 2;

/** True when `before` (English text up to a number) names what is measured in words other than `own` (the series' English words). */
export function namesOwnSubjectInEnglish(before: string, own: ReadonlySet<string> = new Set()): boolean {
  const words = before.toLowerCase().match(/[a-z]+/gu) ?? [];
  return words.filter((w) => w.length > 2 && !WEAK.has(w) && !own.has(w)).length >= SUBJECT_WORDS;
}
