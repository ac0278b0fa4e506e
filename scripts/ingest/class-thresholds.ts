/**
 * The bars that define a class of things, not values anything reached (round 32, the lead): a class named by
 * what its members have, "các trang tin có lượng người xem dưới 5.000 … sẽ không phải đăng ký", "những
 * doanh nghiệp có doanh thu trên 50 tỷ đồng phải …", and a definition's bar after "là", "…: Là nền tảng
 * có … từ 50.000 người dùng trở lên hoặc có trên 2.000 tài khoản …". A specific subject's bound ("Tỉnh có tỷ lệ … trên
 * 90%") stays a claim; a class a rule is addressed to ("… cho những doanh nghiệp có … từ 100.000 lượt trở lên", round 32b) and
 * a bare class a duty hangs on ("Hộ kinh doanh có doanh thu từ 500 triệu đồng trở lên phải …", "Giao dịch trên 5 triệu đồng
 * phải …") are bars too. Pure; not-claims.ts `isCountThreshold` asks it.
 */

/** A bar word right before the number. */
const BAR = String.raw`(?:dưới|trên|từ|hơn|không quá|không dưới|tối thiểu|ít nhất|tối đa|lớn hơn|nhỏ hơn|cao hơn|thấp hơn)`;
/** Nouns of time after "các"/"những": "những năm qua tỉnh có …" speaks of a subject, not of a class. */
const TIME_NOUN = String.raw`(?:năm|tháng|ngày|quý|tuần|thời gian|giai đoạn|lần|kỳ|dịp|lúc)`;

/** A class of things by what they have, up to the bar: "Các trang tin có lượng người xem dưới ", "… hoặc có dưới ". */
const GENERIC_CLASS_BAR = new RegExp(String.raw`(?:^|[,;:(]\s*)(?:các|những|mọi|bất kỳ|tất cả(?:\s+các)?)\s+(?!${TIME_NOUN}(?![\p{L}\p{M}]))[^,;.:]{1,80}?(?<![\p{L}\p{M}])có\s+(?:[^;:.!?]|\.(?=\d)){0,140}?(?<![\p{L}\p{M}])${BAR}\s*$`, 'iu');
/** What makes that class the subject of a rule or a finding: a modal or a verb after the bar's noun. */
const CLASS_PREDICATE_AFTER = /^(?:[^.;:!?]|\.(?=\d)){0,100}?(?<![\p{L}\p{M}])(?:sẽ|thì|phải|được|không cần|không phải|bị|đều|chiếm|gồm|là)(?![\p{L}\p{M}])/iu;

/** A definition's bar, after "là" that opens the clause ("…: Là nền tảng có … từ "). */
const DEFINED_CLASS_BAR = new RegExp(String.raw`(?:^|[:;]\s*)là\s+(?:[^;:.!?]|\.(?=\d)){1,80}?(?<![\p{L}\p{M}])có\s+(?:[^;:.!?]|\.(?=\d)){0,240}?(?<![\p{L}\p{M}])${BAR}\s*$`, 'iu');

/** A class a rule is addressed to, by what its members have, up to the bar (round 32b): "nghĩa vụ cho những công ty, cơ sở
 * … có tổng số người dùng … từ ", "giám sát … với những nền tảng có lượng tài khoản trên ", "đối với các doanh nghiệp có
 * doanh thu dưới ". No verb needs follow: the preposition says the rule speaks of the class. */
const ADDRESSED_CLASS_BAR = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<!(?:so|cùng|như)\s)(?:đối với|với|cho)\s+(?:những|các|mọi)\s+(?!${TIME_NOUN}(?![\p{L}\p{M}]))[^;:.!?]{1,160}?(?<![\p{L}\p{M}])có\s+(?:[^;:.!?]|\.(?=\d)){0,120}?(?<![\p{L}\p{M}])${BAR}\s*$`, 'iu');

/** A bare class opening the sentence, what its members have (or are worth), up to the bar: "Hộ kinh doanh có doanh thu từ ",
 * "Giao dịch chuyển tiền trên ", a second bar after "hoặc/và" ("… trên 10 triệu đồng/lần hoặc tổng giá trị trên "); not a
 * value reached ("… đạt trên ", round 32b). */
const BARE_CLASS_BAR = /^\s*\p{Lu}(?:[^,;.:]|[.,](?=\d)){1,120}?(?<![\p{L}\p{M}])(?<!(?:đạt|lên|ở mức)\s)(?:dưới|trên|từ|không quá|không dưới|tối thiểu|ít nhất)\s*$/u;
/** The duty or right that hangs on the bar, after the number: "… trở lên phải …", "… được miễn …". */
const DUTY_AFTER = /^(?:[^.;:!?]|\.(?=\d)){0,60}?(?<![\p{L}\p{M}])(?:phải|bắt buộc|không được|được phép|được miễn|được hưởng|thuộc diện|thuộc đối tượng)(?![\p{L}\p{M}])/iu;

/** Round 38: a share of a class whose members are named by what they have, up to the bar: "khoảng 70% giao dịch … có giá trị
 * dưới ", "30% doanh nghiệp có doanh thu trên ": the share is the claim, the bar draws the class; session 42: not past a breakdown's
 * count ("90% người dân có tài khoản ngân hàng, trong đó có trên 4.000 thuê bao …": a part counted, no bar; a bar inside the breakdown, "…,
 * trong số đó các giao dịch có giá trị dưới 1 triệu đồng chiếm …", stays one). */
const SHARE_CLASS_BAR = new RegExp(String.raw`\d\s*%\s+(?!${TIME_NOUN}(?![\p{L}\p{M}]))[^,;.:%]{1,80}?(?<![\p{L}\p{M}])có\s+(?:(?!\svà\s|,?\s*trong\s+(?:số\s+)?đó\s+(?:(?:có|là|gồm)\s+)?(?:(?:khoảng|gần|hơn|trên|dưới)\s*)?(?:\d|$))[^;:.!?%]|\.(?=\d)){0,80}?(?<![\p{L}\p{M}])${BAR}\s*$`, 'iu'); // not past "và" ("77% người dân có tài khoản và trên 1 triệu đối tượng …": a figure of its own, round 44)

/** Words that make what follows them a value reached, not a bar: "đạt trên", "tăng hơn", "có trên", "với trên". */
const REACHED_BEFORE_BAR = /(?<![\p{L}\p{M}])(?:đạt|lên|mức|tăng|giảm|có|còn|là|với|chiếm|được|khoảng|gần|tới|đến|thêm|cho|khi|và|hoặc)\s+(?:dưới|trên|từ)\s*$/iu;
/** Round 38: a noun with its bar inside the subject of a later figure: "các giao dịch trên ", "Số người thực hiện giao dịch trên " … */
const NOUN_BAR = /\p{L}\s+(?:dưới|trên|từ)\s*$/iu;
/** … whose clause goes on to that figure's predicate: "… 10 triệu đồng chỉ chiếm khoảng 11%", "… 20 triệu đồng/ngày cũng chưa đến 1%". */
const LATER_FIGURE_PREDICATE = /^(?:[^,;:!?.]|\.(?=\d)){0,50}?(?<![\p{L}\p{M}])(?:chiếm|đạt|chưa đến|chưa tới|chỉ có|chỉ là)(?![\p{L}\p{M}])[^,;:!?.\d]{0,20}\d/iu;

/** True when the number at `p` is a bar inside the subject of another figure (`NOUN_BAR`, `LATER_FIGURE_PREDICATE`), after a noun, not after a verb or a preposition (`REACHED_BEFORE_BAR`). */
function isSubjectBar(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - 40), p);
  return NOUN_BAR.test(before) && !REACHED_BEFORE_BAR.test(before) && LATER_FIGURE_PREDICATE.test(s.slice(p).replace(/^[\d.,]+/u, ''));
}

/** True when the number at `p` is a percentage ("trên 80%"): a share reached, never the bar of a class by amount (round 38). */
function isPercentAt(s: string, p: number): boolean {
  return /^[\d.,]+(?:\s*-\s*[\d.,]+)?\s*%/u.test(s.slice(p));
}

/** Round 38: a duty, then the cases it applies to after a colon: "… bắt buộc xác thực sinh trắc học khi thực hiện một số giao dịch … như: ". */
const DUTY_CASES_BEFORE = /(?<![\p{L}\p{M}])(?:bắt buộc|phải)(?![\p{L}\p{M}])[^.;:!?]{0,200}?(?<![\p{L}\p{M}])(?:khi|nếu|trong trường hợp)(?![\p{L}\p{M}])[^.;:!?]{0,160}:\s*$/iu;

/** True when the number at `p` is the bar of a bare class listed as a case of a duty before it (`DUTY_CASES_BEFORE`): "… như: Chuyển tiền online trên 10 triệu đồng/lần hoặc tổng số tiền giao dịch từ 20 triệu đồng/ngày trở lên". */
function isDutyCaseBar(s: string, p: number): boolean {
  const colon = s.lastIndexOf(':', p);
  return colon > 0 && DUTY_CASES_BEFORE.test(s.slice(0, colon + 1)) && BARE_CLASS_BAR.test(s.slice(colon + 1, p).replace(/^\s+/u, ''));
}

/** How far before the number a class's name and its bar may start. */
const REACH = 300;

/** Round 39: a term defined by its members' bar ("kỳ lân là thuật ngữ chỉ các startup có định giá từ "). */
const TERM_BAR = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:thuật ngữ|khái niệm|cụm từ)\s+(?:(?:dùng\s+)?để\s+)?chỉ\s+(?:[^;:.!?]|\.(?=\d)){1,120}?(?<![\p{L}\p{M}])có\s+(?:[^;:.!?]|\.(?=\d)){0,120}?(?<![\p{L}\p{M}])${BAR}\s*$`, 'iu');
/** Round 39: a bare class then named in the same clause ("Doanh nghiệp … có định giá từ 100 triệu USD đến dưới 1 tỷ USD thường được gọi là
 *  soonicorn"; not after a comma: "Công ty này có định giá trên 10 tỷ USD, được gọi là …" names one subject). */
const CALLED_AFTER = /^(?:[^,.;:!?]|[.,](?=\d)){0,80}?(?<![\p{L}\p{M}])(?:thường\s+)?(?:được\s+)?gọi\s+là(?![\p{L}\p{M}])/iu;

/** Session 55: the bars listed in a bracket after "ngưỡng" ("theo các ngưỡng doanh thu (dưới 200 triệu đồng, từ 200 triệu đến 3 tỷ đồng
 *  … và trên 50 tỷ đồng)"): each amount of money after a bar word, or a range's second bound, in the bracket (`MONEY_AT`); review: not a
 *  share or a count, which a threshold passed may hold ("vượt ngưỡng 130 triệu (trên 90% dân số …)", "(hơn 1.200 hộ kê khai …)"). */
const THRESHOLD_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{M}])ngưỡng(?![\p{L}\p{M}])[^().;:!?]{0,40}\((?:[^()]{0,200}?(?:[,;]\s*|\s(?:và|hoặc)\s+))?${BAR}\s*(?:\d[\d.,]*\s*(?:nghìn|triệu|tỷ|tỉ)?\s*(?:đồng)?\s*(?:đến|tới|-|–)\s*(?:dưới\s*)?)?$`, 'iu');

/** An amount of money at the number, a range's first bound before its unit too ("200 triệu đến 3 tỷ đồng"). */
const MONEY_AT = /^[\d.,]+\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:(?:đến|tới|-|–)\s*(?:dưới\s*)?[\d.,]+\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*)?(?:đồng|vnđ|vnd|usd)(?![\p{L}\p{M}])|^[\d.,]+\s*(?:triệu|tỷ|tỉ)(?![\p{L}\p{M}])(?!\s*(?:người|thuê|tài|lượt|hộ|doanh))/iu; // second look: a bar in millions or billions with no currency ("(dưới 500 triệu, trên 3 tỷ)")

/** True when the number at `p` of the sentence `s` is the bar of a class (see the module note). */
export function isClassBar(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - REACH), p);
  return DEFINED_CLASS_BAR.test(before) || (THRESHOLD_BRACKET.test(before) && MONEY_AT.test(s.slice(p))) || TERM_BAR.test(before) || ADDRESSED_CLASS_BAR.test(before) || (GENERIC_CLASS_BAR.test(before) && CLASS_PREDICATE_AFTER.test(s.slice(p)))
    || (BARE_CLASS_BAR.test(s.slice(0, p)) && (DUTY_AFTER.test(s.slice(p)) || CALLED_AFTER.test(s.slice(p)))) || (!isPercentAt(s, p) && (SHARE_CLASS_BAR.test(before) || isSubjectBar(s, p) || isDutyCaseBar(s, p)));
}
