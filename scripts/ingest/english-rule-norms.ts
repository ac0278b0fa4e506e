/**
 * Session 49: the amounts and rates a rule sets on an English page, as `rule-norms.ts` reads them on a Vietnamese one: a value bar that
 * defines which goods a tax rule covers ("goods valued at less than VND1 million ($39.4)", "low-value imported goods (under VND1 million)"),
 * with the conversion bracketed after it; a tax rate ("a 10% VAT rate", "the VAT rate of 10%"); a fine's ceiling ("the maximum fine is 5%
 * of the revenue", "the fine can be up to 10 times the revenue"). None is a value anything reached. Fines reported as imposed ("was fined
 * VND 2.5 billion") stay claims. And bands that define a named group (session 43, moved here from `english-numbers.ts`). Pure; `before` is
 * the text before the figure, lowercase, its currency sign cut (`english-numbers.ts`).
 */
import { GROUP_NOUN, OPEN_END_AFTER } from './english-words';

/** Things a tax or customs rule sorts by their value (not "orders", whose count is a figure: "had orders to sell more than 1.3 billion units"). */
const VALUED_THINGS = String.raw`(?:goods|items|parcels|packages|shipments|consignments|imports|products|purchases)`;
/** A bar's words: at or below a value (review: "worth more than US$ 126 billion" is a total reached, never a bar). */
const BAR = String.raw`(?:less\s+than|under|below|up\s+to|no\s+more\s+than|not\s+more\s+than|not\s+exceeding|at\s+most)`;
/** Valued things and their value's bar: a word of value up to six words after them ("goods imported via express delivery valued up to ",
 *  "goods valued at "), or the bar right after them, bracketed or after "that are" ("goods (under ", "imported goods under ", "goods imported
 *  to Vietnam that are no more than "). */
/** A word of value after the things ("valued at", "worth", "priced", "costing"). */
const VALUE_WORD = String.raw`(?:valued|worth|priced|costing)`;
const THINGS_BAR = String.raw`(?<![\p{L}])${VALUED_THINGS}(?:(?:\s+[\p{L}-]+){0,6}?\s+${VALUE_WORD}\s+(?:at\s+)?${BAR}|\s*\(\s*${BAR}|\s+${BAR}|(?:\s+[\p{L}-]+){0,4}?\s+(?:that|which)\s+(?:are|is)\s+${BAR})\s*`;
/** Session 49: valued things, a word of value and an open end after the figure ("goods valued at 1 million VND or less"; not "sold goods
 *  worth VND 5 trillion", a value reached). */
const VALUED_AT_BEFORE = new RegExp(String.raw`(?<![\p{L}])${VALUED_THINGS}(?:\s+[\p{L}-]+){0,6}?\s+${VALUE_WORD}\s+(?:at\s+)?$`, 'u');
/** The bar up to the figure, or to the bracketed conversion of its amount, in digits or words ("valued under VND1 million(US$40)", "no more than one million dong ($40)"). */
const VALUE_BAR_BEFORE = new RegExp(String.raw`${THINGS_BAR}(?:(?:vn[dđ]\s*)?(?:[\d.,]+|[a-z]+)\s*(?:thousand|million|billion)?\s*(?:vn[dđ]|dong)?\s*\(\s*(?:us\s*\$?|usd|\$)?\s*)?$`, 'u');

/** A tax's rate: the figure before "VAT rate", "import duty rate" ("a 10% VAT rate"), or after "the VAT rate of". */
const TAX = String.raw`(?:vat|pit|cit|value[\s-]added\s+tax|import\s+(?:duty|tax)|(?:corporate|personal)\s+income\s+tax|excise\s+tax|tax|duty)`;
const TAX_RATE_AFTER = new RegExp(String.raw`^\s*(?:%|per\s*cent|percent)?\s*${TAX}\s+rates?(?![\p{L}])`, 'u');
const TAX_RATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<!(?:effective|average|actual|real)\s+)${TAX}\s+rates?\s+(?:of|at|is|will\s+be|(?:is|are)\s+(?:set|fixed)\s+at)\s+$`, 'u'); // review: a rate measured ("The effective tax rate was 15.2%") stays

/** Session 50: a tax's rate named by the tax right after it in a duty to pay ("need to pay 1% value-added tax and 0.5% personal income
 *  tax"; not "collected VND 5 trillion in value-added tax", "a 10% tax revenue"). */
const TAX_NAMED_AFTER = new RegExp(String.raw`^\s*${TAX}(?![\p{L}])(?!\s+(?:revenues?|collections?|collected|refunds?|receipts?|incomes?|returns?|payments?|declarations?)(?![\p{L}]))`, 'u');
const DUTY_TO_PAY_BEFORE = /(?<![\p{L}])(?:pay|pays|paying|charged|charges?|levy|levied|levies|impose|imposes|imposed|subject\s+to|apply|applies|applied)(?![\p{L}])[^.;:]{0,60}$/u;
/** Session 55: a share of fees a rule waives ("are exempted from 100% of fees", "waives 50% of the fee"): a policy, no result. */
const FEE_WAIVER = { before: /(?<![\p{L}])(?:exempt(?:ed|s)?|waiv(?:e|ed|es|ing))\s+(?:from\s+)?$/u, after: /^\s*(?:%|percent|per\s+cent)?\s*(?:of\s+)?(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:fees?|charges?)(?![\p{L}])/u }; // review: "of the registration fee", "of administrative fees and charges"
/** Session 55: the article of a tax named by its rate ("This rate comprises a 1 percent value added tax"): one tax's rate, not a change. */
const A_RATE_BEFORE = /(?<![\p{L}])an?\s+$/u;
/** Review: … the tax ending its noun phrase ("a 1 percent value added tax and …"; not "a 90% tax compliance rate", "a 2% VAT cut"). */
const TAX_ENDS_AFTER = new RegExp(String.raw`^\s*(?:%|per\s*cent|percent)?\s*${TAX}\s*(?:\([^()]{1,12}\)\s*)?(?:$|[,.;)]|(?:and|or|on|of|for)\s)`, 'u'); // second look: "a 5% value added tax (VAT) and …"
/** Session 50: a late-payment penalty's daily rate ("a penalty of 0.03% a day"). */
const PENALTY_RATE_BEFORE = /(?<![\p{L}])(?:penalty|penalties|fine|fines|interest)\s+(?:rate\s+)?(?:of\s+)?$/u;
const PER_DAY_AFTER = /^\s*(?:a|per|each)\s+day(?![\p{L}])/u;
/** Session 50: a fine a breach could bring ("Delays could result in a fine of VND15 million"): what a rule threatens, not one imposed. */
const FINE_THREAT_BEFORE = /(?<![\p{L}])(?:could|may|can|might|would|will)\s+(?:result\s+in|entail|lead\s+to|incur|bring|face)\s+(?:a\s+)?(?:fines?|penalty|penalties)\s+of\s+(?:up\s+to\s+)?$/u;

/** Session 54: a fee a rule sets, up to its amount ("the conversion fee is 135,000 VND", "the issuance fee for chip-based cards is set at
 *  VND 30,000"), as Vietnamese "lệ phí … là" (`rule-norms.ts`): one fee, named with its article; not a measure of fees ("the average fee is",
 *  "fees collected totalled", review: "Total revenue from fees is", "Service fees for the first half are"). */
const SET_FEE_BEFORE = /(?<![\p{L}])(?:the|a|this|its|their)\s+(?!(?:average|mean|total|median|collected|earned|paid|received)(?![\p{L}]))(?:(?!(?:average|mean|total|median|collected|earned|paid|received)(?![\p{L}]))[\p{L}-]+\s+){0,2}?fees?\s+(?:(?:for|of)\s+(?![^,.;:\d]{0,40}?(?:half|quarter|year|month|period|week)(?![\p{L}]))[^,.;:\d]{1,40}?\s+)?(?:is|are|will\s+be|(?:is|are|was|has\s+been)\s+(?:set|fixed)\s+at)\s+(?:only\s+|just\s+)?$/u;
/** Review of session 54: a fee compared with another right after its amount ("The fee is VND 30,000 higher than last year"): a change, not the fee set. */
const COMPARED_AFTER = /^\s*,?\s*(?:higher|lower|more|less|cheaper|up|down|above|below)(?![\p{L}])/u;
/** A fine's ceiling or range as a rule states it: "the maximum fine is ", "the fine can be up to ", "fines of up to ", "fined from "; review:
 *  not a fine imposed ("The maximum fine of VND 1 billion was issued to …", "the highest fine at VND 200 million") nor a forecast's total
 *  ("Total fines will reach VND 100 billion"). */
const FINE_CEILING_BEFORE = /(?<![\p{L}])(?:(?:maximum|max\.?|highest)\s+(?:fines?|penalty|penalties)\s+(?:is|are|will\s+be|would\s+be)\s+(?:up\s+to\s+)?|(?:fines?|penalty|penalties)\s+(?:can|could|may)\s+(?:be\s+)?(?:up\s+to|as\s+(?:much|high)\s+as|reach)\s+|(?:fines?|penalties)\s+(?:of\s+)?(?:up\s+to|ranging\s+from)\s+|(?:be|being)\s+fined\s+(?:up\s+to|from|between)\s+)$/u;

/** Second review: a fine or penalty reported as imposed right after its range ("Fines of up to VND 3 billion were imposed on 12 firms"). */
const IMPOSED_AFTER = /^[^.;]{0,60}?(?<![\p{L}])(?:was|were|has\s+been|have\s+been)\s+(?:imposed|issued|levied|handed|collected)(?![\p{L}])/u;

/** Review: the largest amount a bar on one item's value may be (a customs or tax threshold per parcel): VND 10 million, US$1,000. */
const ITEM_BAR_CAP: Record<string, number> = { VND: 1e7, USD: 1000 };
/** Session 51: a bar on one payment's value ("biometric checks for transactions exceeding VND 10 million", "transactions valued over VND 10
 *  million accounted for 8.35%"): the payments and a bar's words right before the figure (`PAYMENTS_BAR`). A bar on one payment is small
 *  (`PAYMENT_BAR_CAP`); after "for", "on" or "to" (a rule or a safeguard applied to such payments) it may be larger
 *  (`RULED_PAYMENT_BAR_CAP`). Review: a total reported stays a claim ("The pilot recorded transactions worth over VND 700 million",
 *  "E-wallet transactions of over VND 900 million were recorded", "transactions of over VND 9 quadrillion"). */
const PAYMENTS_BAR = String.raw`(?:transactions?|transfers?|payments?|withdrawals?)\s+(?:by\s+individuals\s+)?(?:exceeding|above|over|(?:of|worth|valued(?:\s+at)?)\s+(?:over|more\s+than|above))\s*$`;
const PAYMENT_BAR_BEFORE = new RegExp(String.raw`(?<![\p{L}])${PAYMENTS_BAR}`, 'u');
const RULED_PAYMENT_BAR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:for|on|to)\s+(?:(?:all|any|each|every|online|electronic|money|bank|card|single|individual|such)\s+){0,2}${PAYMENTS_BAR}`, 'u');
const PAYMENT_BAR_CAP: Record<string, number> = { VND: 5e7, USD: 2000 };
const RULED_PAYMENT_BAR_CAP: Record<string, number> = { VND: 1e9, USD: 50_000 };

/** True when the figure is a bar on one payment's value (`PAYMENT_BAR_BEFORE` within `PAYMENT_BAR_CAP`, `RULED_PAYMENT_BAR_BEFORE` within `RULED_PAYMENT_BAR_CAP`). */
function isPaymentBar(before: string, amount: { value: number; unit?: string }): boolean {
  if (amount.unit === undefined) return false;
  return (amount.value <= (PAYMENT_BAR_CAP[amount.unit] ?? 0) && PAYMENT_BAR_BEFORE.test(before)) || (amount.value <= (RULED_PAYMENT_BAR_CAP[amount.unit] ?? 0) && RULED_PAYMENT_BAR_BEFORE.test(before));
}

/** True when the figure after `before` is an amount or a rate a rule sets: a bar on one item's value, an `amount` of money within
 *  `ITEM_BAR_CAP` (`VALUE_BAR_BEFORE`, `VALUED_AT_BEFORE` with `OPEN_END_AFTER`), a tax rate (`TAX_RATE_*`, a tax to pay named after its
 *  rate), a payment's bar (`isPaymentBar`), a penalty's daily rate, a fine's ceiling (`FINE_CEILING_BEFORE`) or one a breach could bring (`FINE_THREAT_BEFORE`). */
export function isEnglishRuleNorm(before: string, after: string, amount: { value: number; unit?: string }): boolean {
  const itemBar = amount.unit !== undefined && amount.value <= (ITEM_BAR_CAP[amount.unit] ?? 0);
  if (isPaymentBar(before, amount)) return true;
  const rate = amount.unit === 'percent';
  if (rate && ((FEE_WAIVER.before.test(before) && FEE_WAIVER.after.test(after)) || (TAX_NAMED_AFTER.test(after) && (DUTY_TO_PAY_BEFORE.test(before) || (A_RATE_BEFORE.test(before) && TAX_ENDS_AFTER.test(after)))) || (PENALTY_RATE_BEFORE.test(before) && PER_DAY_AFTER.test(after)))) return true;
  return (itemBar && (VALUE_BAR_BEFORE.test(before) || (VALUED_AT_BEFORE.test(before) && OPEN_END_AFTER.test(after)))) || TAX_RATE_AFTER.test(after) || TAX_RATE_BEFORE.test(before) || (!rate && SET_FEE_BEFORE.test(before) && !COMPARED_AFTER.test(after)) || ((FINE_CEILING_BEFORE.test(before) || FINE_THREAT_BEFORE.test(before)) && !IMPOSED_AFTER.test(after));
}

/** Session 51: an assumed change a model states an effect for ("a 1% increase in cloud adoption contributes to a 0.07% growth in GDP", "an
 *  average $6 million increase in cloud consumption costs contributing an additional $134 million", "each 1% rise in … adds 0.2%"): the
 *  condition, whose effect — a figure right after the verb — stays a claim. Review: no figure after the verb is no model ("A 40% rise in
 *  cyberattacks raises concerns", "would be reached by 2025"), nor a change dated ("An 18% growth in … in 2024 adds …"); past tense is a
 *  finding reported, left as it is. */
const ASSUMED_BEFORE = /(?:^|[^\p{L}])(?:an?|each|every)\s+(?:average\s+)?$/u;
/** Review: a change reported as seen ("recorded a 25% increase in …", "reported a 15% growth in … contributing 18% of GDP"). */
const REPORTED_BEFORE = /(?<![\p{L}])(?:saw|sees|see|recorded|records|record|posted|posts|reported|reports|achieved|achieves|registered|witnessed|marked|had|has|have|with|showed|shows|enjoyed)\s+an?\s+(?:average\s+)?$/u;
const ASSUMED_AFTER = /^\s*(?:increase|rise|growth|reduction|decrease|drop)\s+in\s+(?![^.;:,]*?(?:(?:19|20)\d\d|this\s+year|last\s+year))[^.;:,\d]{0,60}?\s(?:contribut(?:es|ing)(?:\s+to)?|leads?\s+to|leading\s+to|adds?|adding|raises?|boosts?|generat(?:es|ing)|translat(?:es|ing)\s+(?:in)?to|(?:is|are)\s+associated\s+with|results?\s+in|would\s+add|could\s+add|can\s+add)\s+(?:(?:an?|the)\s+)?(?:(?:additional|extra|further)\s+)?(?:(?:about|around|nearly|some|up\s+to)\s+)?(?:us\$|\$|vnd\s?)?\d/u;

/** True when the figure is an assumed change a model states an effect for (`ASSUMED_*`). */
export function isAssumedChange(before: string, after: string): boolean {
  return ASSUMED_BEFORE.test(before) && !REPORTED_BEFORE.test(before) && ASSUMED_AFTER.test(after);
}

/** Session 43: a group's band in a sentence that names a lettered or numbered group ("Group B, achieving an Index result of 80% to less than
 *  90%, includes …"; not a company's "Group" nor an "age group"): its
 *  open end ("90% or more") or its two ends ("80% to less than 90%") define the group, no value reached. */
const GROUP_NAMED = /(?<![\p{L}])(?:[Gg]roup|[Cc]ategory|[Tt]ier|[Bb]and)\s+(?:[A-D]|[1-4]|I{1,3}|IV)(?![\p{L}\p{N}])/u;
const BAND_OPEN_AFTER = /^\s*(?:or|and)\s+(?:more|above|higher|over)(?![\p{L}])|^\s*(?:to|-|–)\s*(?:less|under|below|lower)\s+than(?![\p{L}])/u;
/** Review: the band defines the group, not a value at least that high: "…, includes 13 provinces", "ministries belong to Group A, with …". */
const BAND_DEFINES = /(?<![\p{L}])(?:includes?|including|comprises?|comprising|consists?\s+of|covers?)(?![\p{L}])/iu;
const BELONGS_TO_GROUP = new RegExp(String.raw`(?<![\p{L}])belongs?\s+to\s+${GROUP_NOUN}\s`, 'iu');
const BAND_CLOSE_BEFORE = /(?<![\p{L}])(?:to|-|–)\s*(?:less|under|below|lower)\s+than\s*$/u;

/** True when the figure is a band that defines a named group (`GROUP_NAMED` in sentence `s`; `rest`, `s` from the figure's end on). */
export function isGroupBand(s: string, rest: string, before: string, after: string): boolean {
  return GROUP_NAMED.test(s) && (BAND_DEFINES.test(rest) || BELONGS_TO_GROUP.test(before)) && (BAND_OPEN_AFTER.test(after) || BAND_CLOSE_BEFORE.test(before));
}
