/**
 * Round 15: a plan written as items. A commune's, ward's or agency's plan often lists its goals as verbless
 * "label: value" items ("- Tỷ lệ hộ gia đình có cáp quang: 80%.", "Số thuê bao di động/100 dân: 95%") or as items
 * that open on a goal verb ("- Giảm tỷ lệ … xuống dưới 5%", "- Nâng … lên 90%"), under a heading or a lead that
 * names targets or a plan ("Chỉ tiêu cụ thể", "Kế hoạch …") or beside an item that strives ("Phấn đấu …"). When a
 * page has such items and nothing on it reports a result ("đã", "đạt được", "hiện nay", "kết quả", "năm qua" …),
 * its items are goals; with no date of their own they have no period. So are such items in a section under a heading
 * that names targets or a plan, on any page. Pure; text is compared lowercase.
 */
import { anyOf, DONE, GOAL_WORDS, JUST_PAST, NOW, REACHED, RESULTS, SO_FAR, WORD_END, WORD_START } from './goal-lexicon';
import { isListItem, LIST_MARKER } from './structure';

/** A value qualifier between a label's colon and its value: "dưới", "trên", "tối thiểu", "ít nhất", "khoảng", "đạt". */
const QUALIFIER = '(?:(?:dưới|trên|tối thiểu|ít nhất|khoảng|từ|đạt|là)\\s+)?';
/** A "label: value" line: a label with no full stop, a colon, a number with its unit, and nothing after it but an end mark. */
const LABEL_VALUE = new RegExp(`^[^:.;]{6,200}:\\s*${QUALIFIER}\\d[\\d.,]*\\s*(?:%|[\\p{L}/]{1,12}(?:\\s[\\p{L}/]{1,8})?)?\\s*[.;]?\\s*$`, 'u');
/** The colon and qualifier right before a label's value. */
const VALUE_AFTER_COLON = new RegExp(`:\\s*${QUALIFIER}$`, 'u');
/** An item that opens on a goal verb: "Giảm … xuống …", "Nâng … lên …", "Tăng … lên …", "Phấn đấu …". */
const GOAL_VERB_ITEM = /^(?:(?:giảm|hạ)(?![\p{L}\p{M}])[^.;:]{0,120}?(?<![\p{L}\p{M}])xuống|(?:nâng|tăng)(?![\p{L}\p{M}])[^.;:]{0,120}?(?<![\p{L}\p{M}])lên|phấn đấu)(?![\p{L}\p{M}])/u;
/** Words that name targets or a plan, in a heading, a lead or an item. */
const PLAN_CUE = new RegExp(`${WORD_START}${anyOf([...GOAL_WORDS, 'kế hoạch', 'chương trình', 'đề án', 'lộ trình'])}${WORD_END}`, 'u');
/** Words that report a result anywhere on the page: then its items may be results. */
const REPORTS = new RegExp(`${WORD_START}${anyOf([DONE, NOW, ...REACHED, ...SO_FAR, RESULTS, ...JUST_PAST, 'tính đến', 'tính tới', 'chưa', 'vượt'])}${WORD_END}`, 'u');
/** How many "label: value" lines make a page a plan of items. */
const MIN_LABEL_VALUES = 3;

/** A paragraph without its list marker, lowercase. */
function body(paragraph: string): string {
  return paragraph.trim().toLowerCase().replace(LIST_MARKER, '');
}

/** A year: a line that names one ("Năm 2023: 45%") is a dated point of a series, not a plan's item. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** True when a paragraph (or sentence) is one "label: value" line with no year ("Tỷ lệ hộ có cáp quang: 80%."). */
export function isLabelValue(text: string): boolean {
  const b = body(text);
  return LABEL_VALUE.test(b) && !YEAR.test(b);
}

/**
 * True when a page is a plan written as items: at least `MIN_LABEL_VALUES` "label: value" lines, a word naming
 * targets or a plan (`PLAN_CUE`) or an item opening on a goal verb, and no word reporting a result (`REPORTS`).
 */
export function isItemPlan(paragraphs: readonly string[]): boolean {
  const bodies = paragraphs.map(body);
  if (bodies.filter(isLabelValue).length < MIN_LABEL_VALUES) return false;
  if (bodies.some((b) => REPORTS.test(b))) return false;
  return bodies.some((b) => PLAN_CUE.test(b) || GOAL_VERB_ITEM.test(b));
}

/** A heading naming targets or a plan: a short line with no end mark but ":" ("CHỈ TIÊU CỤ THỂ", "2. Các chỉ tiêu cụ thể", "Kế hoạch phát triển hạ tầng số của phường"), reporting nothing. */
function isPlanHeading(paragraph: string): boolean {
  const b = body(paragraph);
  return b.length <= 120 && !/[.!?;]\s*$/u.test(b) && PLAN_CUE.test(b) && !REPORTS.test(b);
}

/** True when a paragraph is an item a plan sets: a "label: value" line, or an item opening on a goal verb. */
const isPlanItem = (paragraph: string) => isLabelValue(paragraph) || (isListItem(paragraph) && GOAL_VERB_ITEM.test(body(paragraph)));

/**
 * The paragraphs that are a plan's items (`isPlanItem`): every one of a plan-of-items page (`isItemPlan`), else those
 * of a section under a heading naming targets or a plan (`isPlanHeading`), up to the first paragraph that is neither
 * an item nor a list item ("- Phối hợp …").
 */
export function planItems(paragraphs: readonly string[]): Set<string> {
  if (isItemPlan(paragraphs)) return new Set(paragraphs.filter(isPlanItem));
  const out = new Set<string>();
  let open = false;
  for (const p of paragraphs) {
    if (isPlanHeading(p)) open = true;
    else if (open && isPlanItem(p)) out.add(p);
    else open &&= isListItem(p);
  }
  return out;
}

/**
 * True when the number at `at` of a plan item's sentence is one of its goals: the value of a "label:
 * value" line, or a number in an item that opens on a goal verb ("Giảm … xuống dưới 5%").
 */
export function isPlanItemFigure(sentence: string, at: number): boolean {
  const lower = sentence.toLowerCase();
  if (isLabelValue(lower) && VALUE_AFTER_COLON.test(lower.slice(0, at))) return true;
  return GOAL_VERB_ITEM.test(body(lower));
}
