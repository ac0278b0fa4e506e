/**
 * What metric extraction knows of a page before it reads a number (`metrics.ts`): the caller's
 * context (year, catalogue, headline) and the page-level decisions made once per article — a
 * province's plan or report, a commune's or district's own page, an undated page's goal years, a
 * plan's item paragraphs.
 */
import type { Indicator, Topic } from '../../src/schemas/lexicon';
import type { Segment } from './segment';
import { forecastYears } from './forecast';
import { goalYears } from './goal-years';
import { isLocalArticle } from './other-subject';
import { isProvincialPage, isProvincialPlan } from './plan-scope';
import { planItems } from './plan-items';
import { writesDecimalComma, writesThousandsComma } from './number-grouped';
import { isEnglishPage } from './english-page';
import { englishCatalogue } from './english-catalogue';
import { isLocalPageInEnglish } from './english-subject';

/** Everything metric extraction needs besides the text. */
export interface MetricContext {
  /** Year of the article, to resolve "6 tháng đầu năm" and to tell targets from results; absent when the date is unknown. */
  articleYear?: number;
  indicators: Indicator[];
  topics: Topic[];
  /** Topic for numbers whose sentence names none (the article's main topic). */
  fallbackTopic: string;
  /** The first paragraph is the headline: its numbers without a period take the lead paragraph's. */
  headline?: boolean;
  /** The article presents a province's plan (`plan-scope.ts`): its targets take no national series. */
  provincialPlan?: boolean;
  /** The page is one province's report (`isProvincialPage`: its headline or its shape): figures are the province's. */
  provincialReport?: boolean;
  /** The top of the article (headline and lead), lowercased: the ranking a bare rank refers to. */
  lead?: string;
  /** The article is a commune's, ward's or district's own (`isLocalArticle`): its figures take no national series. */
  local?: boolean;
  /** The page writes a thousands comma the English way (`writesThousandsComma`): "." before a scale word is its decimal point. */
  englishNumbers?: boolean;
  /** Session 49: an English page writes a decimal comma (`writesDecimalComma`): "." before a scale word groups thousands. */
  decimalCommas?: boolean;
  /** The page is written in English (`isEnglishPage`): its numbers are read the English way (`english-numbers.ts`) and its
   * indicators with the catalogue's English forms (`english-catalogue.ts`). */
  english?: boolean;
  /** The year "trong ba năm tới" counts from when the date is unknown: the first year the text states (set by `extractMetrics`). */
  baseYear?: number;
  /** An undated page's goal years (`goal-years.ts`), set by `extractMetrics`. */
  goalYears?: readonly number[];
  /** The years the page's top forecasts (`forecastYears`): a level reached in one is an estimate. */
  forecastYears?: readonly number[];
  /** The paragraphs that are a plan's items (`plan-items.ts`), set by `extractMetrics`. */
  planItems?: ReadonlySet<string>;
  /** The spans of plans the text reports results on (`isReportedPlanName`, `spanKey`): names, no period of a result. */
  planSpans?: Set<string>;
}

/** How many paragraphs from the top name the ranking an article is about. */
const LEAD_PARAGRAPHS = 2;

/** The caller's `context` with the page-level decisions about `paragraphs` filled in (a caller's
 * own `provincialPlan` wins). */
export function pageContext(paragraphs: Segment[], context: MetricContext): MetricContext & { planSpans: Set<string> } {
  const texts = paragraphs.map((p) => p.text);
  const english = context.english ?? isEnglishPage(texts); // the article stage gives it (article.ts); tests may not
  return {
    ...context,
    indicators: english ? englishCatalogue(context.indicators) : context.indicators, // session 19: an English page reads the catalogue's English forms
    provincialPlan: context.provincialPlan ?? isProvincialPlan(texts),
    provincialReport: english ? isLocalPageInEnglish(texts.slice(0, context.headline ? 2 : 1).join(' ')) : isProvincialPage(texts, !!context.headline), // session 24: an English page's opening
    lead: paragraphs.slice(0, LEAD_PARAGRAPHS).map((p) => p.text).join(' ').toLowerCase(),
    local: isLocalArticle(texts),
    englishNumbers: writesThousandsComma(texts),
    decimalCommas: english && writesDecimalComma(texts),
    english,
    goalYears: context.articleYear === undefined ? goalYears(texts) : [],
    planSpans: new Set<string>(),
    planItems: planItems(texts),
    forecastYears: forecastYears(texts),
  };
}
