/**
 * A plan's goal frame across sentences and paragraphs: a sentence that names a plan, strategy,
 * programme or resolution and its aim ("Kế hoạch … đặt mục tiêu …", "Việt Nam đặt mục tiêu đến năm
 * 2030 …", "Đề án … phấn đấu …") opens a frame; the figures after it, even in verbless items ("Tỷ lệ
 * hộ gia đình có cáp quang trên 85%.", "100% bộ, ngành ban hành …"), are goals until the text turns
 * to results ("đã đạt", "đạt được", "kết quả", "hiện nay", "năm qua", an earlier dated period). Money
 * a plan needs ("kinh phí", "nguồn lực", "ngân sách", "cần") is an estimate of its cost, not a goal.
 * Pure; text is compared lowercase.
 */
import type { Period } from '../../src/schemas/metric';
import { findDates } from './dates';
import { opensOnCutoffDay } from './goal-deadline';
import { horizonOf } from './period-carry';
import { isCurrentState, withoutStartBrackets } from './goal-phase';
import { anyOf, DEADLINE_BEFORE_DATE, DONE as DONE_WORD, HORIZON, JUST_PAST, NOW, PHASE_HEADING, REACHED, RESULTS, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';
import { yearPeriod } from './period-set';
import { DETAILS_OPENING } from './phrases';

/** What an open goal frame gives the figures after it. */
export interface GoalFrame {
  /** The plan's horizon ("đến năm 2030" → 2030), when its opening sentence names one. */
  horizon?: Period;
  /** True when a phase or a vision heading set the horizon (`PHASE_HEADING`, goal-lexicon.ts): it wins over a period carried from the paragraphs before. */
  phase?: boolean;
  /** True when a deadline opening a `;`-list set it (`goal-deadline.ts`): only list paragraphs go on in it. */
  list?: boolean;
  /** True when the headline opened it (`headlineFrame`): only a lead that restates the aim goes on in it (`leadKeepsAim`). */
  headline?: boolean;
  /** Round 63: true when only a plan's name and an aim's word opened it, with no horizon, no aim of its own and no lead-in ("Tỉnh đề xuất
   *  quy hoạch sân bay …"): a section's title closes it (`goal-section.ts`). */
  weak?: boolean;
}

/** Words naming a plan or a programme (goal-section.ts reads them in a section's title too). */
export const PLAN = /(?<![\p{L}\p{M}])(?:kế hoạch|chiến lược|chương trình|đề án|nghị quyết|quy hoạch|lộ trình)(?![\p{L}\p{M}])/u;
/** Words of an aim that, with a plan named, open a frame (goal-section.ts reads them in a section's title too). */
export const AIM = /(?<![\p{L}\p{M}])(?:mục tiêu|phấn đấu|đặt ra|hướng tới|định hướng|tầm nhìn|chỉ tiêu|đề xuất)(?![\p{L}\p{M}])/u;
/** An aim that opens a frame on its own ("Việt Nam đặt mục tiêu …"); "phấn đấu" alone governs its own list (`status.ts`). */
const OWN_AIM = /(?<![\p{L}\p{M}])(?:đặt (?:ra )?mục tiêu|đặt (?:ra )?chỉ tiêu|(?:mục tiêu|chỉ tiêu) năm (?:19|20)\d\d (?:của|đối với) (?:tỉnh|thành phố|huyện|xã|ngành|bộ)(?: [^\s,.;:]+){0,3} là|mục tiêu (?:(?:đặt ra|đề ra) )?(?:là )?(?:đến|tới) năm|(?:hướng tới|hướng đến|đề ra|xác định|nhắm tới|nhắm đến) (?:các |những |một số )?(?:mục tiêu|chỉ tiêu)(?: (?:cụ thể|chính|chủ yếu|sau|như sau))?\s*:)(?![\p{L}\p{M}])/u;
/** Round 44: a plan just issued ("UBND tỉnh vừa ban hành kế hoạch số 175/KH-UBND về …"): what the page tells of it next is what it sets out to do. */
const JUST_ISSUED = /(?<![\p{L}\p{M}])(?:vừa|mới)\s+(?:ban hành|phê duyệt)\s+(?:các\s+)?(?:kế hoạch|chương trình|đề án)(?![\p{L}\p{M}])/u;
/** A congress or plan that sets what a phase is to be ("Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh … trở thành …"): its phase's end year. */
const PHASE_AIM = /(?<![\p{L}\p{M}])(?:xác định|đề ra|nhất trí)\s+(?:cho\s+|trong\s+)?(?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)\s*,/u;
/**
 * A sentence that opens on its aims as a heading or lead ("Đối với các mục tiêu, chỉ tiêu chủ yếu về …:", "Mục tiêu đến năm 2030:",
 * "Chỉ tiêu cụ thể:", round 44: "Mục tiêu cụ thể, về …" with a comma), or a heading line of aims without a stop or a figure but a year ("2. Các chỉ tiêu chủ yếu đến năm 2030").
 */
const HEADING_AIM = /^\s*(?:[\d.)–•-]+\s*)?(?:đối với |về )?(?:các |những )?(?:mục tiêu|chỉ tiêu)(?![\p{L}\p{M}])(?:[^.:;]{0,80}:|\s+(?:cụ thể|chủ yếu|chung|tổng quát)\s*,|(?:[^.:;!?,\d]|(?:19|20)\d\d){0,80}$)/u;
/** Work done on a goal, not a goal: "thực hiện mục tiêu", "hoàn thành (35/39) chỉ tiêu", "vượt kế hoạch", "so với mục tiêu". */
const ON_AIM = /(?<![\p{L}\p{M}])(?:thực hiện|triển khai|hoàn thành|vượt|đạt|so với)\s+(?:\d[\d.,/]*\s+)?(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)(?![\p{L}\p{M}])/u;
/** Round 47: goals counted and reported met: "Có 24/26 chỉ tiêu theo Nghị quyết … giai đoạn 2021 - 2025, định hướng đến năm 2030 đã hoàn thành". */
const GOALS_COUNTED_DONE = /(?<![\p{L}\p{M}\d])\d[\d/]*\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?![\p{L}\p{M}])[^.;]{0,250}?(?<![\p{L}\p{M}])(?:đã|được)\s+(?:hoàn thành|thực hiện xong|đạt)(?![\p{L}\p{M}])/u;
/**
 * An assessment that reports ("Bộ đánh giá …", "Theo đánh giá, …"), not the ranking body an index is named by inside a
 * clause ("Chỉ số GCI theo đánh giá của ITU", "(IDI) theo đánh giá của ITU vào top 70": the goal's measure).
 */
const ASSESSED = '(?<![\\p{L}\\p{M})]\\s+theo\\s+)đánh giá';
/** Round 45: a sentence opening on the time a plan has been carried out ("Qua hơn 2 năm triển khai thực hiện Đề án … giai đoạn 2022 - 2025,
 *  tầm nhìn đến năm 2030, tỉnh đã …", "Sau 3 năm thực hiện Nghị quyết …"): a review of results, whatever horizon the plan's name holds. Lowercase. */
const AFTER_YEARS_OF = /^\s*(?:qua|sau)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:năm|tháng)\s+(?:triển khai\s+)?(?:thực hiện|triển khai|áp dụng|vận hành)(?![\p{L}\p{M}])/u;
/** Words that turn the text to results: the frame ends with the sentence that holds them. */
const RESULT_TURN = new RegExp(`${WORD_START}${anyOf([NOW, 'đã đạt', ...REACHED, ...SO_FAR, RESULTS, ...JUST_PAST, 'tính đến', 'tính tới', 'nhận định', ASSESSED, 'ghi nhận', 'cho thấy', 'theo thống kê'])}${WORD_END}`, 'u'); // round 47: "Theo thống kê của Viettel, toàn tỉnh có …"
/** "đã": something done. */
const DONE = new RegExp(`${WORD_START}${DONE_WORD}${WORD_END}`, 'u');
/**
 * Words of the money a plan needs: its cost, an estimate (not capital or revenue it aims to raise: "thu hút vốn", "thu ngân
 * sách", "vốn hóa"; nor the economy's whole investment, a goal of growth: "vốn đầu tư (phát triển) toàn xã hội", "vốn đầu tư thực hiện trên địa bàn").
 */
const FUNDING = /(?<![\p{L}\p{M}])(?:kinh phí|nguồn lực|chi phí|tổng mức đầu tư|(?<!(?:thu hút|thu|nộp|đóng góp)\s)(?:ngân sách|vốn(?! hóa| hoá| đầu tư(?: phát triển)? (?:toàn|của toàn) xã hội| đầu tư(?: thực hiện)? trên địa bàn)))(?![\p{L}\p{M}])/u;

/** Words before a year that make it a vision's, beyond the plan's horizon ("định hướng đến năm 2050", "tầm nhìn 2045"). */
const VISION = /(?:định hướng|tầm nhìn)[^\d,;]{0,12}$/u;

/** True when the date at `start` is a vision's year ("định hướng đến năm 2050", "tầm nhìn 2045"): no current period either. */
export function isVisionYear(sentence: string, d: { start: number }): boolean {
  return VISION.test(sentence.slice(0, d.start).toLowerCase());
}

/** The first year ≥ the article's (any when it is unknown) a sentence names, not a vision's (`VISION`): the plan's horizon. */
function horizonIn(sentence: string, articleYear?: number): Period | undefined {
  const y = findDates(sentence)
    .filter((d) => !d.yearMissing && !d.iso.startsWith('0000') && !VISION.test(sentence.slice(0, d.start)))
    .map((d) => Number((d.isoEnd ?? d.iso).slice(0, 4)))
    .find((x) => articleYear === undefined || x >= articleYear);
  return y === undefined ? undefined : yearPeriod(y);
}

/**
 * The frame a sentence opens, when it names a plan and its aim (or an aim of its own), no result and no work
 * done on a goal (`ON_AIM`); a sentence that says something is done opens one only toward a horizon ahead
 * ("Bộ đã trình đề án … đến năm 2030"). Undefined otherwise.
 */
export function opensGoalFrame(sentence: string, articleYear?: number): GoalFrame | undefined {
  const lower = sentence.toLowerCase();
  const phase = PHASE_HEADING.exec(lower);
  const end = phase ? Number(phase[2] ?? phase[1]) : undefined;
  if (end !== undefined && (articleYear === undefined || end >= articleYear)) return { horizon: yearPeriod(end), phase: true };
  if (RESULT_TURN.test(lower) || ON_AIM.test(lower) || GOALS_COUNTED_DONE.test(lower) || AFTER_YEARS_OF.test(lower)) return undefined;
  const phaseAim = PHASE_AIM.exec(lower);
  if (phaseAim && !DONE.test(lower) && (articleYear === undefined || Number(phaseAim[1]) >= articleYear)) return { horizon: { iso: phaseAim[1]!, precision: 'year', text: phaseAim[1]! } }; // a phase still ahead
  if (!OWN_AIM.test(lower) && !HEADING_AIM.test(lower) && !(PLAN.test(lower) && AIM.test(lower))) return JUST_ISSUED.test(lower) && !DONE.test(lower) ? {} : undefined; // its name's horizon is no goal's year
  const horizon = horizonIn(lower, articleYear);
  const heading = HEADING_AIM.exec(lower)?.[0];
  if (DONE.test(lower) && !(horizon && HORIZON.test(lower)) && !(heading && !DONE.test(heading))) return undefined; // "Bộ đã trình đề án … đến năm 2030": a plan still ahead; "Mục tiêu …: … dữ liệu đã cung cấp": done only in an item
  return horizon ? { horizon } : OWN_AIM.test(lower) || heading || /(?::|như sau)\s*[.]?\s*$/u.test(lower.trim()) ? {} : { weak: true };
}

/** The frame a headline opens ("Doanh nghiệp X đặt mục tiêu … năm 2025"), marked as the headline's: it names the page's topic. */
export function headlineFrame(frame: GoalFrame | undefined, isHeadline: boolean | undefined): GoalFrame | undefined {
  return frame && isHeadline ? { ...frame, headline: true } : frame;
}

/**
 * What a headline's aim (`headlineFrame`) leaves over `paragraph`: the frame goes on over the lead right under it when the
 * lead restates the aim ("Hiệp hội hướng đến mục tiêu … 80 tỷ USD …, tức là gấp 10 lần …"), not over a lead of results nor
 * the paragraphs after the lead (round 32: a body of last year's results read as the headline's goals). A lead of results
 * (work on a goal, `ON_AIM`: "đạt 60% (vượt chỉ tiêu năm 2024)", or a turn to results, `RESULT_TURN`) drops the headline's
 * goal year too; a plan's lead ("ban hành kế hoạch … năm 2026") keeps it for the goals below.
 */
export function afterHeadlineAim(goal: GoalFrame, latest: Period | undefined, paragraph: string, isLead: boolean): [GoalFrame | undefined, Period | undefined] {
  const lower = paragraph.toLowerCase();
  const results = ON_AIM.test(lower) || RESULT_TURN.test(lower);
  if (isLead && AIM.test(lower) && !results) return [goal, latest];
  return [undefined, results && latest?.iso === goal.horizon?.iso ? undefined : latest];
}

/**
 * True when a sentence ends the frame before it (and is outside it): it turns to results (`RESULT_TURN`),
 * says something is done ("đã") outside a bracket after its start, reports this year (`THIS_YEAR_REPORT`), opens on a report's cutoff day (`opensOnCutoffDay`), names a dated period before the article's year, or names the span a report
 * covers (a month, quarter or half not yet past, and no deadline: "Trong quý II/2024, …").
 */
export function endsGoalFrame(sentence: string, articleYear?: number): boolean {
  const lower = withoutStartBrackets(sentence.toLowerCase());
  const own = lower.replace(/(?<=\S\s*)\([^()]*\)/gu, (m) => ' '.repeat(m.length)); // "gấp 30 lần GDP (hiện nay khoảng 20 lần); 80% …": an aside on the present, the goals go on
  if (DONE.test(own) || RESULT_TURN.test(own) || opensOnCutoffDay(lower, articleYear) || THIS_YEAR_REPORT.test(lower) || EVENT_OPENING.test(lower)) return true;
  return findDates(sentence).some((d) => {
    const year = d.yearMissing || d.iso.startsWith('0000') ? undefined : Number((d.isoEnd ?? d.iso).slice(0, 4));
    if (articleYear !== undefined && year !== undefined && year < articleYear) return true;
    return REPORT_SPAN.includes(d.precision) && (articleYear === undefined || year === undefined || year <= articleYear) && !DEADLINE_BEFORE_DATE.test(lower.slice(0, d.start));
  });
}

/**
 * Round 36: a sentence opening on the part of a day an event took place ("Sáng qua (16/5), …", "Chiều nay, …", "Sáng 16/5, …",
 * "Hôm qua, …"): it tells the event the news reports, not the goals before it.
 */
const EVENT_OPENING = /^\s*(?:(?:rạng\s+)?(?:sáng|chiều|trưa|tối|đêm)\s+(?:qua|nay|hôm\s+qua|ngày\s+\d|\(?\d{1,2}[/.-]\d{1,2})|hôm\s+qua\s*,)/u;

/** True when `text` opens on the part of a day an event took place (`EVENT_OPENING`; any case). */
export const opensOnEvent = (text: string): boolean => EVENT_OPENING.test(text.toLowerCase());

/** "năm nay" or "cuối năm nay" in a sentence with no goal word: how this year stands ("năm nay quy mô GDP ước đạt …"), no goal. */
const THIS_YEAR_REPORT = /^(?!.*(?:mục tiêu|chỉ tiêu|phấn đấu|kế hoạch)).*(?<![\p{L}\p{M}])năm\s+nay(?![\p{L}\p{M}])/su;

/** Spans a report covers ("quý II/2024", "6 tháng đầu năm", "tháng 5"); goals are set by year or by a deadline. */
const REPORT_SPAN: readonly string[] = ['month', 'quarter', 'half'];

/** True when a money value of a plan is what the plan costs (an estimate): its sentence speaks of funding (`FUNDING`). */
export function isPlanCost(sentence: string, unit: string): boolean {
  return (unit === 'VND' || unit === 'USD') && FUNDING.test(sentence.toLowerCase());
}

/**
 * "cần triển khai tối thiểu 20.000 trạm", "phải có ít nhất 5.000 nhân sự", "cam kết … N", "N trạm cần hoàn
 * thành": a commitment, a goal, when nothing in its clause says it is done ("Ít nhất 40% doanh nghiệp gặp khó
 * khăn" is a survey's result).
 */
const COMMITMENT_BEFORE = /(?<![\p{L}\p{M}])(?:cam kết|cần triển khai|cần hoàn thành|cần đạt)(?![\p{L}\p{M}])[^\d,;:]{0,30}$/u;
/** A floor ("tối thiểu", "ít nhất") right before the number: a commitment only where its clause says what is owed (`OWED`). */
const FLOOR_BEFORE = /(?<![\p{L}\p{M}])(?:tối thiểu|ít nhất)(?![\p{L}\p{M}])[^\d,;:]{0,12}$/u;
const OWED = /(?<![\p{L}\p{M}])(?:cần|phải|cam kết|sẽ|yêu cầu|bảo đảm|đảm bảo)(?![\p{L}\p{M}])/u;
const NEED_AFTER = /^[^,.;:()]{0,30}?(?<![\p{L}\p{M}])(?:cần (?:được )?(?:hoàn thành|triển khai|đạt|lắp đặt|xây dựng|đào tạo)|(?<!không )phải (?:là|được|đạt|có))(?![\p{L}\p{M}])/u;

/** True when the number is a commitment: `COMMITMENT_BEFORE` or an owed floor in its clause before it (`clauseBefore`), or "cần hoàn thành" / "phải là / được" right after its noun (`after`: "20% hồ sơ phải là toàn trình"). */
export function isCommitment(clauseBefore: string, after: string): boolean {
  const lower = clauseBefore.toLowerCase();
  return COMMITMENT_BEFORE.test(lower) || (FLOOR_BEFORE.test(lower) && OWED.test(lower)) || NEED_AFTER.test(after.toLowerCase());
}

/** Money a plan earns or pays in ("doanh thu", "lợi nhuận", "nộp ngân sách") or a ceiling it sets ("không quá", "tối đa"), right before the figure in its clause: a goal, not a cost. */
const EARNINGS_OR_CEILING = /(?<![\p{L}\p{M}])(?:doanh thu|lợi nhuận|lãi|nộp ngân sách|thu ngân sách|không quá|không vượt quá|tối đa)(?![\p{L}\p{M}])[^\d,;:()]{0,40}$/u;

/** True when the words before a plan's money (`before`) name what it earns or a ceiling (`EARNINGS_OR_CEILING`): "đặt mục tiêu doanh thu 28.000 tỷ đồng", "vốn đầu tư không quá 6.000 tỷ đồng". */
function isEarningsOrCeiling(before: string): boolean {
  return EARNINGS_OR_CEILING.test(before.toLowerCase());
}

/** Where a figure's cost words stand: its own ";"-item and the lead-in before the list's colon ("Nguồn lực … cho: A (X); B (Y)"), not a later item ("thu … 40 tỷ đồng; giải ngân vốn …"). */
function costWords(sentence: string, n: { start: number; end: number }): string {
  const end = sentence.indexOf(';', n.end);
  const colon = sentence.indexOf(':');
  return `${colon >= 0 && colon < n.start ? sentence.slice(0, colon) : ''} ${sentence.slice(sentence.lastIndexOf(';', n.start) + 1, end < 0 ? undefined : end)}`;
}

/**
 * The status of a figure read with the goal frame before it (`frame`, from earlier sentences): money a
 * plan needs is an estimate (even a "target" one: "kinh phí cần 26.000 tỷ đồng"; in the figure's own ";"-item), not what it earns or a
 * ceiling it sets (`isEarningsOrCeiling`: "doanh thu 28.000 tỷ đồng", "không quá 6.000 tỷ đồng"); a result-less figure
 * in a frame, or a commitment (`isCommitment`) not dated before the article, is a goal. A figure whose
 * clause says it is done (`done`) keeps its status.
 */
export function frameStatus<S extends string>(frame: GoalFrame | undefined, status: S | 'target' | 'estimate', sentence: string, n: { start: number; end: number; unit: string }, done: boolean, past: boolean): S | 'target' | 'estimate' {
  if (done || status === 'baseline' || (frame && isCurrentState(sentence, n.start))) return status;
  if ((frame || status === 'target') && isPlanCost(costWords(sentence, n), n.unit) && !isEarningsOrCeiling(sentence.slice(0, n.start))) return 'estimate';
  if (status !== 'actual' || past) return status;
  const clause = sentence.slice(Math.max(0, ...[',', ';', ':'].map((c) => sentence.lastIndexOf(c, n.start - 1) + 1)), n.start);
  return frame || isCommitment(clause, sentence.slice(n.end)) ? 'target' : status;
}

/**
 * The period a goal or estimate of a frame takes: the frame's horizon when the figure's clause and
 * sentence give none; the end of a phase its paragraph inherited ("2026-2030" → 2030); the horizon, over an earlier year carried
 * from the paragraphs before (round 43). Undefined otherwise.
 */
export function framePeriod(frame: GoalFrame | undefined, found: { period: Period; from: string } | undefined): Period | undefined {
  if (!frame) return undefined;
  if (!found) return frame.horizon;
  if (found.from !== 'paragraph') return undefined;
  const earlier = !!frame.horizon && !found.period.isoEnd && Number(found.period.iso.slice(0, 4)) < Number(frame.horizon.iso.slice(0, 4)); // round 43: "… báo cáo tổng kết năm 2024 … // Mục tiêu đến năm 2025, … . Tổng doanh thu … đạt 52 tỷ USD"
  if (frame.phase || earlier) return frame.horizon;
  return found.period.isoEnd ? horizonOf(found.period) : undefined;
}

/** A sentence whose subject is its aim: "Mục tiêu … đến năm 2025 (là) phấn đấu …", "Các chỉ tiêu đến năm 2030 …". */
const OPENS_ON_AIM = /^\s*(?:[\d.)–•-]+\s*)?(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}\p{M}])/u;

/**
 * The frame of a sentence whose subject is its aim (`OPENS_ON_AIM`), with a horizon ahead, a resolve ("phấn đấu": not a
 * report's "Chỉ tiêu … đạt 85%") or the aims named as its heading or lead (`HEADING_AIM`: "Mục tiêu cụ thể, về chính quyền số, …"), that reports nothing reached or done: its own
 * figures at `at`, even in a later `;`-item ("…; thu nhập … tăng ít nhất 1,5 lần so với năm 2020"), are goals, up to a
 * `;` the writer uses as a stop (a capital after it: "…; Số thuê bao … đạt 22,3 triệu"). Undefined otherwise.
 */
export function ownAimFrame(sentence: string, at: number, articleYear?: number): GoalFrame | undefined {
  const lower = sentence.toLowerCase();
  if (!OPENS_ON_AIM.test(lower) || !(HORIZON.test(lower) || STRIVE.test(lower) || HEADING_AIM.test(lower)) || RESULT_TURN.test(lower) || ON_AIM.test(lower) || DONE.test(lower) || /;\s*\p{Lu}/u.test(sentence.slice(0, at))) return undefined;
  const horizon = horizonIn(lower, articleYear);
  return horizon ? { horizon } : {};
}

/** A resolve: "phấn đấu". */
const STRIVE = /(?<![\p{L}\p{M}])phấn đấu(?![\p{L}\p{M}])/u;

/**
 * The frame of a sentence that details the one before (`DETAILS_OPENING`, phrases.ts: "Cũng đến năm 2025, … thuộc nhóm 50 nước. Trong đó, …
 * phủ trên 80% hộ gia đình"): when every figure of that one is a goal (`previous`, non-empty), its figures are goals too,
 * toward that one's last period. Undefined otherwise.
 */
export function detailFrame(sentence: string, previous: readonly { metric: { status: string; period?: Period } }[]): GoalFrame | undefined {
  if (previous.length === 0 || !previous.every((d) => d.metric.status === 'target') || !DETAILS_OPENING.test(sentence.toLowerCase())) return undefined;
  const horizon = previous.findLast((d) => d.metric.period)?.metric.period;
  return horizon ? { horizon } : {};
}
