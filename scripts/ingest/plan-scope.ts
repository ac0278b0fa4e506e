/**
 * Whose goals an article sets: a province's plan ("UBND tỉnh ban hành Kế hoạch …", "… trên địa bàn
 * tỉnh", "Quảng Ngãi đặt mục tiêu …") sets the province's targets, even where a goal repeats the
 * wording of a national one ("80% người dân có tài khoản thanh toán"). Such a target is never a value
 * of a national or sector series (`lexicon.ts`). Pure.
 */
import { anyOf, REACHED, RESULTS, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';
import { namesProvince } from './indicator-subject';

import { isOwnProvincePage, isOwnProvinceReport, leadSentence, NATIONAL_FIELD, NATIONAL_SYSTEM, opensPageOnProvince } from './province-own';
import { isProvincialBodyHeadline, namesProvincialDepartment } from './provincial-body';
export { opensOnProvince, opensParagraphOnProvince, speaksAsOwnProvince } from './province-own';

/** A provincial body that issues plans, or a plan's scope ("trên địa bàn tỉnh", "của tỉnh", "cấp tỉnh"), on lowercase text. */
const PROVINCIAL_ISSUER = /(?<![\p{L}\p{M}])(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ)\s+(?:tỉnh|thành phố)(?![\p{L}\p{M}])|(?:trên địa bàn|của|cấp) (?:tỉnh|thành phố)(?![\p{L}\p{M}])/u;
/** Words of a plan or goal, on lowercase text. */
const GOAL_WORDS = /(?<![\p{L}\p{M}])(?:kế hoạch|mục tiêu|phấn đấu|chỉ tiêu)(?![\p{L}\p{M}])/u;
/** Words that put a sentence on the national scale ("cả nước", "toàn quốc"), on lowercase text. */
const NATIONAL = /(?<![\p{L}\p{M}])(?:cả nước|toàn quốc|quốc gia|việt nam)(?![\p{L}\p{M}])/u;
/** How many paragraphs from the top (headline, dateline, lead) say whose plan it is. */
const LEAD_PARAGRAPHS = 4;

/**
 * True when the top of the article (headline and lead, `LEAD_PARAGRAPHS` paragraphs) presents a
 * province's plan or goals: a provincial issuer or scope with words of a plan, or a headline naming
 * a province with words of a goal; or anywhere, words only a province's own page uses
 * (`isOwnProvincePage`: "sở, ban, ngành", "từ tỉnh đến cơ sở"), or a paragraph that opens on a province's source and gives goals.
 */
export function isProvincialPlan(paragraphs: string[]): boolean {
  const top = paragraphs.slice(0, LEAD_PARAGRAPHS).map((p) => p.toLowerCase());
  const headline = top[0] ?? '';
  if (namesProvince(headline) && GOAL_WORDS.test(headline) && !NATIONAL.test(headline)) return true;
  const lead = top.join('\n');
  return (PROVINCIAL_ISSUER.test(lead) && GOAL_WORDS.test(lead)) || isOwnProvincePage(paragraphs) || paragraphs.some((p) => isProvincialSource(p) && GOAL_WORDS.test(p.toLowerCase())); // round 43: "Theo báo cáo của Sở TT-TT Bình Phước, mục tiêu cụ thể năm 2023 …, Bình Phước phấn đấu …"
}

/** True when a target of a provincial plan is the province's own: its `;`-clause does not place it on the national scale. */
export function isProvincialGoal(provincialPlan: boolean, status: string, clause: string): boolean {
  return provincialPlan && status === 'target' && !NATIONAL.test(clause.toLowerCase());
}

/** "tỉnh" after one of `words` ("trên địa bàn tỉnh"), on lowercase text; not "tỉnh ủy", "tỉnh đoàn", "tỉnh bạn". */
function provinceAfter(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})\\s+tỉnh(?![\\p{L}\\p{M}])(?!\\s+(?:ủy|uỷ|đoàn|bạn)(?![\\p{L}\\p{M}]))`, 'u');
}

/** Words that place a paragraph in one province ("… các huyện, xã trong tỉnh", "toàn tỉnh", "trên địa bàn tỉnh", "mạng lưới … của tỉnh"; not "của Tỉnh ủy", "của tỉnh bạn"), on lowercase text. */
const IN_PROVINCE = provinceAfter(['trong', 'toàn', 'trên địa bàn', 'của']);

/** The number's own clause placing it in the province's area ("… cho mọi công dân trên địa bàn tỉnh", "toàn tỉnh"; not "của tỉnh": a sector's share may be the province's, round 36). */
const AREA_OF_PROVINCE = provinceAfter(['toàn', 'trên địa bàn']);

/** Round 43: the province's figure restated as its share of the nation's ("…, đạt 327.000 tỷ đồng, tương ứng 10% doanh thu của toàn ngành … cả nước"): the nation is the whole, not the owner. */
const SHARE_OF_NATION = /,\s*(?:tương ứng|tương đương|chiếm|bằng)(?:\s+(?:khoảng|gần|hơn|trên))?\s+[\d.,]+\s*%[^;,]*$/u;

/**
 * True when the paragraph up to the number's sentence (`before`) places what it reports in one province
 * (or the article is one province's report, `isProvincialReport`, or the number's clause names the province's area,
 * `AREA_OF_PROVINCE`, or a province's department speaks before it, `namesProvincialDepartment`, round 39) and the number's
 * own clause does not put it back on the national scale: a province's result
 * ("… đến tất cả các huyện, xã trong tỉnh. … tỷ lệ hộ gia đình có thuê bao cáp quang đạt 55,05%") is
 * no value of a national series.
 */
export function isInProvince(before: string, clause: string, provincialReport = false, at?: number): boolean {
  const own = at === undefined ? clause : withoutAsidesAround(clause, at);
  return (provincialReport || IN_PROVINCE.test(before.toLowerCase()) || namesProvincialDepartment(before) || AREA_OF_PROVINCE.test(clause.toLowerCase())) && !NATIONAL.test(own.toLowerCase().replace(NATIONAL_SYSTEM, '').replace(NATIONAL_FIELD, '').replace(SHARE_OF_NATION, '')); // "trên Cổng Dịch vụ công quốc gia": a national system the province uses; "cao nhất cả nước": the field it is compared in
}

/** Round 47: `clause` with its brackets blanked but the one holding offset `at` (the number's own): "… đạt tỉ lệ 94% (vượt chỉ tiêu toàn
 *  quốc là 60%)" — an aside after the province's figure that names the nation's goal is no national owner of that figure. */
export function withoutAsidesAround(clause: string, at: number): string {
  return clause.replace(/\([^()]*\)/gu, (m, start: number) => (at >= start && at < start + m.length ? m : ' '.repeat(m.length)));
}

/**
 * The paragraph up to the number's sentence, and the sentence's lead-in up to its first ":" when the number stands
 * after it ("Kết quả quý I của tỉnh: …; tỷ lệ … đạt 40%"): what says whose figures the list gives.
 */
export function placeBefore(paragraph: string, sentence: string, at: number): string {
  const colon = sentence.indexOf(':');
  const lead = colon >= 0 && colon < at ? ` ${sentence.slice(0, colon)}` : '';
  return paragraph.slice(0, Math.max(0, paragraph.indexOf(sentence))) + lead;
}

/**
 * True when the headline makes the article one province's report ("Bắc Giang đẩy mạnh chuyển đổi số",
 * "Đà Nẵng: 90% hồ sơ trực tuyến"): it names a province and nothing national ("cả nước", "quốc gia",
 * "Việt Nam"), or names a provincial body ("Sở …", "UBND tỉnh", "Tỉnh ủy": `isProvincialBodyHeadline`).
 * Its figures are the province's unless their clause says otherwise (`isInProvince`).
 */
export function isProvincialReport(headline: string | undefined): boolean {
  const h = (headline ?? '').toLowerCase();
  return (namesProvince(h) && !NATIONAL.test(h)) || isProvincialBodyHeadline(headline);
}

/**
 * True when the page is one province's report, by its headline (`isProvincialReport`, when the page has one:
 * `paragraphs[0]` is then the headline) or by its shape: paragraphs that count in the province unnamed
 * (`isOwnProvinceReport`) or a lead that opens on a province acting (`opensPageOnProvince`).
 */
export function isProvincialPage(paragraphs: readonly string[], headline: boolean): boolean {
  return (headline && isProvincialReport(paragraphs[0])) || isOwnProvinceReport(paragraphs) || opensPageOnProvince(paragraphs, headline) || opensPageOnProvincialSource(paragraphs, headline) || opensOnProvincialDocument(paragraphs);
}

/** Round 44: an issuing body's line of a provincial document's letterhead, in capitals ("TỈNH QUẢNG BÌNH", "UBND TỈNH …", "THÀNH PHỐ CẦN THƠ", "SỞ … TỈNH …"). */
const PROVINCE_LETTERHEAD = /^(?:(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ [\p{Lu}\p{M}\s&,]{2,60}?)\s+)?(?:TỈNH|THÀNH PHỐ|TP\.?)\s+\p{Lu}[\p{Lu}\p{M}\s-]{1,30}$/u;
/** The state motto of a document's letterhead. */
const STATE_MOTTO = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;

/** True when the page opens on a provincial body's document (its letterhead and the state motto among the first lines): its figures are the province's. */
function opensOnProvincialDocument(paragraphs: readonly string[]): boolean {
  const top = paragraphs.slice(0, 4).map((p) => p.trim());
  return top.some((p) => PROVINCE_LETTERHEAD.test(p)) && top.some((p) => STATE_MOTTO.test(p));
}

/** Round 43: true when the page's lead (`leadSentence`) opens on a province's source ("Công an Thành phố Hồ Chí Minh cho biết, …", `isProvincialSource`): the page is that province's. */
function opensPageOnProvincialSource(paragraphs: readonly string[], headline: boolean): boolean {
  return isProvincialSource(leadSentence(paragraphs, headline) ?? '');
}

/** A sentence's opening attribution: "Theo Sở …," or "Sở … cho biết,", on lowercase text. */
const OPENING_SOURCE = /^\s*(?:theo\s[^,;.]{1,80},|[^,;.]{1,80}?\s(?:cho biết|thông tin|báo cáo)\s*(?:,|:))/u;

/** True when the sentence opens on a province's source ("Sở TT&TT tỉnh Nghệ An cho biết, …", "Theo UBND TP Đà Nẵng, …"): what it reports is the province's. */
export function isProvincialSource(sentence: string): boolean {
  const opening = OPENING_SOURCE.exec(sentence.toLowerCase())?.[0];
  return opening !== undefined && namesProvince(opening) && !NATIONAL.test(opening);
}

/** A plan's name up to a span or horizon of years it is named with: "Chiến lược … giai đoạn 2020 - 2025", "Đề án … đến năm 2025", on lowercase text. */
const PLAN_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:chiến lược|kế hoạch|chương trình|đề án|quy hoạch|nghị quyết|phê duyệt)(?![\p{L}\p{M}])(?:[^,;:.()\d]|(?<=\p{L})\d|(?<=\s)số\s+\d+\s*-?\s*[\p{L}\d/-]*|,?\s*ngày\s+\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d|\([^()\d]{1,30}\)){0,80}?(?:giai đoạn|thời kỳ|(?:đến|tới) năm)?\s*$/u; // round 43: what a decision approves, named with its span ("Quyết định phê duyệt Chuyển đổi IPv6 … giai đoạn 2021-2025"; a digit inside a word: "IPv6"; round 44: its number, date and a bracket, "Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của … (khóa XIV) về … đến năm 2025")
/** Round 47: a numbered document's long name, its number right after its type ("Nghị quyết 05-NQ/TU, ngày 22/10/2021 của Ban Chấp hành Đảng bộ
 *  tỉnh về tập trung lãnh đạo, chỉ đạo chuyển đổi số tỉnh Hà Tĩnh giai đoạn"): commas inside it, up to its span (lowercase). */
const NUMBERED_PLAN_BEFORE = /(?<![\p{L}\p{M}])(?:nghị quyết|quyết định|kế hoạch|chương trình|đề án|chỉ thị)\s+(?:số\s+)?\d+[\p{L}\d/-]*-[\p{L}\d/-]*(?:[^;:.()\d]|,\s*ngày\s+\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d){0,200}?(?:giai đoạn|thời kỳ|(?:đến|tới) năm)?\s*,?\s*$/u;
/** Words of results reported on a plan: "kết quả thực hiện", "hiện nay", "đã đạt", "đạt được". */
const REPORTS_RESULTS = new RegExp(`${WORD_START}${anyOf([RESULTS, 'hiện nay', 'đã đạt', ...REACHED, ...SO_FAR, 'sơ kết', 'tổng kết', 'hoàn thành (?:các |những |toàn bộ )?(?:mục tiêu|chỉ tiêu)', 'đã hoàn thành', '(?:tính )?đến thời điểm (?:này|hiện tại)'])}${WORD_END}`, 'u'); // round 36: goals met, "tính đến thời điểm này"

/** Round 43: a sentence that reports a plan issued or approved ("Tỉnh cũng có Quyết định phê duyệt Chuyển đổi IPv6 … giai đoạn 2021-2025 …"): its span names the plan. */
const ISSUES_PLAN = /(?<![\p{L}\p{M}])(?:ban hành|phê duyệt)(?![\p{L}\p{M}])/iu;
/** A phase of years ("giai đoạn 2021-2025"), not a horizon ("đến năm 2030": the plan's goals keep it). */
const PHASE_TEXT = /^(?:giai đoạn|thời kỳ)|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/iu;

/** The documents a sentence may say it carries out (a plan, a decision, a directive …), lowercase words. */
const PLAN_DOCUMENTS = '(?:quyết định|chỉ thị|nghị quyết|kế hoạch|chương trình|đề án|chiến lược|công văn)';

/** Round 44: a sentence that says a plan is being carried out anywhere in it ("Qua 03 năm thực hiện Nghị quyết …", "đang triển khai các nhiệm vụ … theo Nghị quyết …"): its horizon dates no results after it (`IMPLEMENTS`, below, reads only an opening or a purpose). */
const CARRIES_OUT = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:thực hiện|triển khai)(?:\s+[^\s,;:.()\d]+){0,6}?\s+(?:theo\s+)?(?:các\s+)?${PLAN_DOCUMENTS}(?![\p{L}\p{M}])`, 'iu');

/** A vision's words right before a date ("tầm nhìn đến năm 2030", "định hướng đến năm 2040"). */
const VISION_BEFORE = /(?:tầm nhìn|định hướng)(?:\s+(?:đến|tới))?(?:\s+năm)?\s*$/iu;

/** Session 42: an English plan's horizon right before its year ("The restructuring plan for VNPT Group until 2025", "the strategy to 2030"),
 *  and a sentence that reports the plan issued ("… was approved"): the plan's name, no period for what follows. */
/** The English words of a horizon right before its year: "until", "to", "through", "till", "by" (regex source). */
export const ENGLISH_HORIZON_WORDS = '(?:until|to|through|till|by)';
const ENGLISH_PLAN_HORIZON = new RegExp(String.raw`(?<![\p{L}])(?:plan|strategy|scheme|programme|program|roadmap|project)(?:\s+[\p{L}-]+){0,6}?\s+${ENGLISH_HORIZON_WORDS}\s+$`, 'iu');
const ENGLISH_ISSUED = /(?<![\p{L}])(?:was|were|has\s+been|have\s+been)\s+(?:approved|issued|adopted|signed|promulgated)(?![\p{L}])/iu;

/**
 * Round 43: the dates a sentence hands on to the paragraphs after it, without the horizon of a plan it cites beside a date of its
 * own ("Phấn đấu đến năm 2030, … hoàn thành các mục tiêu trong Chương trình Chuyển đổi số quốc gia đến năm 2025, tầm nhìn …"; a
 * plan named alone, "Đây là mục tiêu tại Đề án … đến năm 2026", dates the goals after it) and without the span of a plan the
 * sentence reports issued or approved ("Tỉnh cũng có Quyết định phê duyệt Chuyển đổi IPv6 … giai đoạn 2021-2025"): a plan's name
 * is no period what follows reports on. The span stays a period where a sentence reports on it (`isReportedPlanName` decides that).
 * Session 42: an English plan reported issued with its horizon (`ENGLISH_PLAN_HORIZON`, `ENGLISH_ISSUED`).
 */
export function withoutPlanHorizons<D extends { start: number; text: string }>(sentence: string, dates: D[]): D[] {
  const horizon = (d: D) => /^(?:đến|tới)\s/iu.test(d.text) || /(?:đến|tới)\s*$/iu.test(sentence.slice(0, d.start));
  const issuedSpan = (d: D) => ISSUES_PLAN.test(sentence) && PHASE_TEXT.test(d.text);
  const named = dates.filter((d) => isPlanNameDate(sentence, d));
  const ownDate = dates.some((d) => !named.includes(d) && !VISION_BEFORE.test(sentence.slice(Math.max(0, d.start - 30), d.start)));
  const carriedOut = CARRIES_OUT.test(sentence); // round 44: "Qua 03 năm thực hiện Nghị quyết … đến năm 2025", "triển khai các nhiệm vụ … theo Nghị quyết … đến năm 2025": results follow
  const vision = (d: D) => VISION_BEFORE.test(sentence.slice(Math.max(0, d.start - 30), d.start));
  const englishIssued = (d: D) => ENGLISH_ISSUED.test(sentence) && ENGLISH_PLAN_HORIZON.test(sentence.slice(Math.max(0, d.start - 80), d.start));
  return dates.filter((d) => !(named.includes(d) && (issuedSpan(d) || (horizon(d) && (ownDate || carriedOut)))) && !(carriedOut && named.length > 0 && vision(d)) && !englishIssued(d));
}

/**
 * True when the date `d` is part of a plan's name in a sentence that reports results on it ("Theo báo cáo kết quả
 * thực hiện Chiến lược … giai đoạn 2020 - 2025, hiện nay tỷ lệ … đã đạt 87%"): the plan's span names it and is no
 * period of the results there or in the paragraphs after (it stays the horizon of the plan's goals).
 */
export function isReportedPlanName(sentence: string, d: { start: number; text: string }): boolean {
  return isPlanNameDate(sentence, d) && (REPORTS_RESULTS.test(sentence.toLowerCase()) || IMPLEMENTS.test(sentence));
}

/**
 * Round 29c: a sentence that opens on the plan or decision it carries out ("Thực hiện Quyết định … phê duyệt Đề án … giai đoạn
 * 2021-2025, …", "Triển khai Kế hoạch …"); round 31d: or says what it tells serves to carry one out ("… nhằm thực hiện Đề án …",
 * "… góp phần thực hiện Chương trình …").
 */
const IMPLEMENTS = new RegExp(String.raw`(?:^\s*|(?<![\p{L}\p{M}])(?:nhằm|để|góp phần)\s+)(?:thực hiện|triển khai(?: thực hiện)?)\s+(?:các\s+)?${PLAN_DOCUMENTS}(?![\p{L}\p{M}])`, 'iu');

/** A plan's title in quotes, still open: "Đề án “Phát triển …, … giai đoạn" (round 31d: a title may hold commas). */
const QUOTED_TITLE_BEFORE = /(?<![\p{L}\p{M}])(?:chiến lược|kế hoạch|chương trình|đề án|quy hoạch|nghị quyết)(?![\p{L}\p{M}])\s*[“"«][^“”"«»]{0,240}$/u;

/** True when the date `d` is the span or horizon a plan is named with ("Kế hoạch phát triển hạ tầng số đến năm 2030", "Đề án … giai đoạn 2021 - 2025", inside its quoted title). */
export function isPlanNameDate(sentence: string, d: { start: number; text: string }): boolean {
  const lower = sentence.toLowerCase();
  const named = /^(?:giai đoạn|thời kỳ|(?:đến|tới) năm)/u.test(d.text.toLowerCase()) || /(?:giai đoạn|thời kỳ|(?:đến|tới)(?: năm)?)\s*$/u.test(lower.slice(0, d.start));
  const before = lower.slice(Math.max(0, d.start - 120), d.start);
  const span = /^(?:giai đoạn|thời kỳ)/u.test(d.text.toLowerCase()) ? before.replace(/,\s*$/u, ' ') : before; // round 36: "Đề án …, giai đoạn 2021 – 2025" (a title's comma before its span)
  return (named && (PLAN_NAME_BEFORE.test(span) || NUMBERED_PLAN_BEFORE.test(lower.slice(Math.max(0, d.start - 280), d.start)) || QUOTED_TITLE_BEFORE.test(lower.slice(Math.max(0, d.start - 280), d.start))))
    || [...lower.matchAll(PLAN_NAME)].some((m) => m.index < d.start && d.start < m.index + m[0].length); // "… đến năm 2025 và định hướng đến năm 2030"
}

/** The key of a span of years, to tell a plan's span again when a paragraph hands it on. */
export function spanKey(p: { iso: string; isoEnd?: string }): string {
  return `${p.iso}..${p.isoEnd ?? ''}`;
}

/** A plan's whole name with its horizon and vision: "chiến lược phát triển bưu chính đến năm 2025 và định hướng đến năm 2030". */
const PLAN_NAME = /(?<![\p{L}\p{M}])(?:chiến lược|kế hoạch|chương trình|đề án|quy hoạch|nghị quyết)(?![\p{L}\p{M}])[^,;:.()\d]{0,80}?(?:giai đoạn|thời kỳ|(?:đến|tới) năm)\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:,?\s+(?:và\s+)?(?:định hướng|tầm nhìn)(?:\s+(?:đến|tới))?(?:\s+năm)?\s+(?:19|20)\d\d)?/gu;

/**
 * `lower` (a lowercase sentence) with the names of the plans it reports results on blanked (same length): the goal words
 * of a name ("… định hướng đến năm 2030") set no goal for the results reported ("Theo báo cáo kết quả triển khai năm 2024
 * Chiến lược … đến năm 2025 và định hướng đến năm 2030, dịch vụ … tăng khoảng 30%").
 */
export function withoutReportedPlanNames(lower: string): string {
  return REPORTS_RESULTS.test(lower) ? lower.replace(PLAN_NAME, (m) => ' '.repeat(m.length)) : lower;
}
