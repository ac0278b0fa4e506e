/**
 * Session 19: whose value a number of an English-language page is, for the indicator matcher (`lexicon.ts` through
 * `indicator-subject.ts`): a province's ("Lao Cai province ranked …", "Hanoi's rate …", "the provincial index") or the
 * country's, and another country's ("Thailand ranked 2nd"). The same rules as the Vietnamese ones, on English words and
 * on province names written without tone marks. Pure.
 */
import type { Indicator } from '../../src/schemas/lexicon';
import { foldDiacritics } from '../../src/lib/fold';
import { PROVINCE_NAMES } from './provinces';
import { withoutDatelinePlace } from './province-own';
import { OTHER_COUNTRY } from './english-countries';

/** English spellings of provinces and cities besides their names without tone marks ("Ha Noi" and "Hanoi" alike). */
const ENGLISH_SPELLINGS = ['hanoi', 'ho chi minh city', 'hcm city', 'hcmc', 'saigon', 'danang', 'haiphong', 'hue', 'vung tau', 'ba ria vung tau'];

/** Text or a name as the patterns read it: lowercase, without marks, hyphens, dashes and dots as spaces, one apostrophe, "thanh pho" dropped. */
/** Text as the English subject rules read it: a dateline's place left out (round 45: "HÀ NỘI — …", `withoutDatelinePlace`), folded, lowercase. */
const plain = (s: string) => foldDiacritics(withoutDatelinePlace(s)).toLowerCase().replace(/[-–—.]/gu, ' ').replace(/’/gu, "'").replace(/\s+/gu, ' ').replace(/^thanh pho /u, '').trim();

/** A province's or a centrally-run city's name, on `plain` text. */
const PROVINCE_NAME = new RegExp(`(?<![a-z])(?:${[...new Set([...PROVINCE_NAMES.map(plain), ...ENGLISH_SPELLINGS])]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /gu, '\\s+'))
  .join('|')})(?![a-z])`, 'u');

/** Words that make a clause one province's or city's ("the province", "provincial", "in the locality"; not "all provinces", a count or a field). */
const PROVINCE_MARK = /(?<![a-z])(?:province|provincial|locality|municipal(?:ity)?|grdp|gross\s+regional\s+domestic\s+product|(?:the|this)\s+city(?:\s*s)?)(?![a-z])/u;
/** Words of a ranking's field of provinces ("out of 63 provinces and cities", "among cities and provinces"). */
const PROVINCE_FIELD = /(?<![a-z])(?:provinces?|cities|localities)(?![a-z])/u;
/** A figure of the world's or another market's ("the global market", "worldwide"): no national or sector series. */
const WORLD = /(?<![a-z])(?:global(?!\s+(?:cybersecurity|innovation)\s+index)|worldwide|the\s+world's|world\s+average)(?![a-z])/u;

/** The whole country named ("nationwide", "across the country", "Vietnam's"): a province named in the sentence is not the figure's owner. */
const NATION = /(?<![a-z])(?:nationwide|national|across\s+the\s+country|the\s+whole\s+country|viet\s*nam)(?![a-z])/u;

/** Round 40: an English paragraph speaking of one province ("… communes, wards, and towns in the province have …", "The province has …"), lowercase. */
const THE_PROVINCE = /(?<![a-z])(?:in|across|throughout|of)\s+the\s+province(?![a-z])|(?:^|[.;]\s+)the\s+province(?:'s)?\s/u;

/** True when an English page's text up to the number (`before`: the paragraph and the sentence so far) speaks of one province and
 *  the number's own clause does not name the whole country (`NATION`): the province's figure, as `isInProvince` reads Vietnamese. */
export function isInProvinceInEnglish(before: string, clause: string): boolean {
  return THE_PROVINCE.test(before.toLowerCase()) && !NATION.test(plain(clause));
}

/** Words of a place below the nation ("commune", "district", "provincial", "the province"), on `plain` text. */
const LOCAL_WORDS = /(?<![a-z])(?:province|provincial|commune|communes|district|districts|ward|wards|village|villages|hamlet|hamlets|township|town|towns)(?![a-z])/u; // round 48: "Bim Son town's teams …"

/**
 * Session 24: true when an English page is one place's report, as `isProvincialPage` reads a Vietnamese one: its opening
 * (`opening`: the headline, if any, and the lead) names a province, a city or a place below them and not the whole country.
 */
export function isLocalPageInEnglish(opening: string): boolean {
  const folded = plain(opening);
  const text = NATIONAL_BODY.test(folded) && !CITY_OWN.test(folded) ? folded.replace(EVENT_VENUE, ' ') : folded; // session 49: "the Ministry … held a conference … in Hanoi"
  return (PROVINCE_NAME.test(text) || LOCAL_WORDS.test(text)) && !NATION.test(text.replace(NATIONAL_PLAN, ' '));
}

/** Session 49: a city named as the venue of an event a body held ("held a conference … in Hanoi", "organised … at HCM City"), on `plain` text:
 *  no one place's report when a national body speaks (`NATIONAL_BODY`); review: only after a verb and a noun of an event (second review: not
 *  "launched 5G in Hanoi", nor a city ", where …"), and never when the opening
 *  speaks of the city itself (`CITY_OWN`: "the city's …", "municipal", "residents"). */
const EVENT = String.raw`(?:conference|workshop|forum|meeting|seminar|ceremony|summit|event|exhibition)`;
const EVENT_VENUE = new RegExp(String.raw`(?<![a-z])(?:(?:held|hosted|organi[sz]ed|convened|opened|launched)(?:\s+[^\s.]+){0,6}?\s+${EVENT}|${EVENT}\s+(?:was\s+)?(?:held|hosted|organi[sz]ed|convened|opened))(?:\s+[^\s.]+){0,14}?\s+(?:in|at)\s+(?:the\s+capital\s+(?:city\s+)?(?:of\s+)?)?(?:${ENGLISH_SPELLINGS.map((n) => n.replace(/ /gu, '\\s+')).join('|')}|ha\s+noi)(?![a-z])(?!\s*'s|\s*,\s*where)`, 'gu');
const CITY_OWN = /(?<![a-z])(?:city's|capital's|municipal|residents|citizens)(?![a-z])/u;

/** Round 49: a national plan the opening cites ("one of the three pillars of the national digital transformation programme"): no national figure. */
const NATIONAL_PLAN = /(?<![a-z])national\s+(?:[a-z]+\s+){0,3}(?:programme|program|strategy|plan|project|target\s+programmes?)(?![a-z])/gu;

/** A national body ("the Ministry of Information and Communications", "MIC", "the Government", "the Prime Minister"), on `plain` text. */
const NATIONAL_BODY = /(?<![a-z])(?:ministry|ministries|mic|mps|the\s+government|prime\s+minister|national\s+assembly)(?![a-z])/u;

/** True when an English clause names the whole country (`NATION`) or speaks for a national body (`NATIONAL_BODY`): no one place's figure. */
export function namesNationInEnglish(clause: string): boolean {
  const text = plain(clause);
  return NATION.test(text) || NATIONAL_BODY.test(text);
}

/** True when `text` (any case, with or without tone marks) names a Vietnamese province or centrally-run city. */
export function namesProvinceInEnglish(text: string): boolean {
  return PROVINCE_NAME.test(plain(text));
}

/** What `englishSubjectAllows` reads: the words from the concepts to the number, the sentence, the ranked field. */
export interface EnglishSubjectEvidence {
  /** The text from the indicator's concepts to the number. */
  span: string;
  sentence: string;
  total?: number | undefined;
  unit?: string | undefined;
  inProvince?: boolean | undefined;
}

/** Round 45: one district as the figure's owner ("the district received …", "this district's"), on `plain` text: no province's series. */
const DISTRICT_OWNER = /(?<![a-z])(?:the|this)\s+district(?![a-z])/u;

/** Round 58: a body below the province standing between the series' words and its figure ("the average score for provincial-level
 *  agencies was 73.2/100 points, with the Department of Information and Communications ranking first"): the body's figure, on `plain` text. */
const BELOW_PROVINCE = /(?<![a-z])(?:departments?|agenc(?:y|ies)|districts?|communes?|wards?)(?![a-z])/u;
/** The levels or bodies a province's own total spans ("at all three levels of province, district and commune", "across departments and
 *  districts"): no body's figure. Blanked before `BELOW_PROVINCE` is read. */
const SPANNED_LEVELS = /(?<![a-z])(?:(?:all\s+(?:three\s+|3\s+|the\s+)?)?levels?\s+of|across|throughout|at\s+all)\s[^,.;]*(?:,\s*(?:district|commune|ward)s?[^,.;]*)*/gu;

/** Whether the English words say whose value it is in a way `ind` allows (as `subjectAllows` does for Vietnamese). */
export function englishSubjectAllows(ind: Indicator, e: EnglishSubjectEvidence): boolean {
  const span = plain(e.span);
  const sentence = plain(e.sentence);
  const ranking = ind.units.some((u) => u === 'rank' || u === 'index');
  const marksProvince = PROVINCE_NAME.test(span) || PROVINCE_MARK.test(span) || (PROVINCE_NAME.test(sentence) && !NATION.test(sentence)); // "In Hanoi, cashless payments rose …
  if (ind.subject !== 'province' && !ranking && WORLD.test(span)) return false;
  if (ind.subject === 'country') return !marksProvince;
  if (ind.subject === 'sector') return e.unit === 'percent' || !marksProvince;
  if (ind.subject === 'province') {
    if (DISTRICT_OWNER.test(sentence) || BELOW_PROVINCE.test(span.replace(SPANNED_LEVELS, ' '))) return false; // round 45: "the district received 5,673 documents, of which … 92.5% …"
    if (e.inProvince || (e.total !== undefined && ind.totals?.includes(e.total))) return true;
    return PROVINCE_NAME.test(sentence) || PROVINCE_MARK.test(sentence) || (ranking && PROVINCE_FIELD.test(sentence));
  }
  return true;
}

/** Viet Nam, as English writes it. */
const VIET_NAM = /(?<![a-z])(?:viet\s*nam|the\s+country)(?![a-z])/gu;
/** Words right before a country that make it one Viet Nam passes, not the figure's holder ("overtaking Thailand"). */
const PASSED = /(?:overt(?:ook|aking|akes)|surpass(?:ed|ing|es)?|outrank(?:ed|ing|s)?|ahead\s+of|above|beat(?:ing)?|(?:moved|moving|climbed|climbing|rose|risen)\s+past|pass(?:ed|ing))\s+(?:[a-z]+\s+){0,2}$/u;
/** Session 40 review: a country that only places an event, not a figure's holder: "presented in Colombia last month". */
const EVENT_PLACE_BEFORE = /(?:presented|held|launched|released|published|announced|hosted|organi[sz]ed|unveiled|took\s+place)\s+(?:[a-z]+\s+){0,2}(?:in|at)\s+(?:the\s+)?$/u;

/**
 * True when the words before an English page's number (its item) make it another country's: the last country named there
 * is not Viet Nam and no verb of passing stands right before it ("Thailand ranked 2nd", "behind Singapore at 1st"; not
 * "Vietnam overtook Thailand to rank 5th", "Compared with Japan, Vietnam ranked 10th"); a country that only places an event is none
 * ("presented in Colombia last month", session 40; a possessive still holds: "Thailand's digital economy").
 */
export function isForeignInEnglish(itemBefore: string): boolean {
  const text = plain(itemBefore);
  const foreign = [...text.matchAll(OTHER_COUNTRY)].filter((m) => !EVENT_PLACE_BEFORE.test(text.slice(0, m.index))).at(-1);
  if (!foreign) return false;
  const home = [...text.matchAll(VIET_NAM)].at(-1);
  if (home && home.index > foreign.index) return false;
  return !PASSED.test(text.slice(0, foreign.index));
}
