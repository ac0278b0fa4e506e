/**
 * The amounts and rates a rule sets, not values anything reached (round 32, the lead): a fine's range or ceiling ("có thể
 * bị phạt tiền từ 30 triệu đồng đến 60 triệu đồng", "mức phạt tối đa đối với tổ chức là 3% doanh thu"), a tax rate or a
 * fee a rule fixes or cuts ("thuế suất … là 8%", "lệ phí cấp … là 200.000 đồng", "được giảm 30% lệ phí"), a limit each member
 * may use ("mỗi cá nhân được đăng ký tối đa 5 …") and a bound a technical standard sets ("Theo quy chuẩn …, tỷ lệ … không
 * thấp hơn 97%"). The corpus gold keeps a policy's bounds out of the claims ("giảm tối đa 50% phí"; a decree's thresholds).
 * Fines reported as imposed ("đã xử phạt … 2,5 tỷ đồng") stay claims. Round 32b (audit of real explainers): a fine a body
 * proposes ("đề xuất phạt tới 500 triệu", "đồng" left out too) and a transaction's bar with the duty it sets ("chuyển khoản
 * trên 5 triệu đồng/lần … phải xác thực khuôn mặt", "vượt mức 100 triệu đồng thì …"; round 64: the duty named before it, for one person's
 * amount). The bars that define a class of things
 * ("Hộ kinh doanh có doanh thu từ … trở lên phải …") are class-thresholds.ts's. Round 38: an offer's terms, a sale's
 * discount or price ("voucher giảm 20%", "giá rẻ nhất chỉ 9.000 đồng").
 */
import { clauseBefore } from './number-context';
import { SCALES } from './number-spelled';
import { parseVietnameseNumber } from './numeral';

/** A fine as a rule states it, up to its amount: a range after "phạt (tiền) từ", a ceiling, or a fine one may or will incur. */
const FINE_BEFORE = /(?<![\p{L}\p{M}])(?:(?:có thể|sẽ)\s+(?:bị\s+)?(?:xử\s+)?phạt(?:\s+tiền)?\s+(?:(?:từ|tối đa|lên (?:đến|tới)|đến|tới)\s+)?|bị\s+phạt\s+tiền\s+(?:(?:từ|tối đa|lên (?:đến|tới)|đến|tới)\s+)?|phạt\s+tiền\s+(?:từ|tối đa|lên (?:đến|tới))\s+|mức\s+(?:xử\s+)?phạt(?:\s+tiền)?(?:\s+(?:tối đa|tối thiểu|cao nhất|thấp nhất))?[^,.;:\d]{0,50}?\s(?:là|lên (?:đến|tới)|bằng|từ)\s+)$/iu;
/** A fine a body proposes or a headline states as a ceiling, up to its amount: "đề xuất phạt tới ", "dự kiến phạt tiền từ ", "Bộ đề
 * nghị xử phạt đến ", "đề xuất phạt " before a range (round 32b). */
const FINE_PROPOSED = /(?<![\p{L}\p{M}])(?:đề xuất|đề nghị|dự kiến|dự thảo)\s+(?:(?:mức\s+)?(?:xử\s+)?phạt)(?:\s+tiền)?\s+(?:(?:từ|tối đa|lên (?:đến|tới)|đến|tới)\s+)?$/iu;
/** The money scale after a fine's number when "đồng" is left out: "phạt đến 120 triệu nếu …". */
const MONEY_SCALE_AFTER = /^[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)(?![\p{L}\p{M}])/iu;

/** A rate or a fee a rule fixes, up to its value: "thuế suất … là ", "lệ phí cấp chứng thư số là ", "mức lệ phí được quy định là ". */
const SET_RATE_BEFORE = /(?<![\p{L}\p{M}])(?:thuế suất|mức thuế suất|lệ phí|mức lệ phí)(?![\p{L}\p{M}])[^,.;:\d]{0,60}?\s(?:là|bằng|ở mức|được (?:quy định|áp dụng)(?:\s+là)?)\s+$/iu;
/** A policy's cut or waiver of a fee or a tax: "được giảm 50% lệ phí", "được miễn 100% học phí", "giảm tối đa 30% phí". */
const POLICY_CUT = /(?<![\p{L}\p{M}])(?:được\s+(?:giảm|miễn)|giảm\s+tối\s+đa)\s+(?:tối\s+đa\s+)?$/iu;
/** Round 38: a bare cut ("trong đó giảm 50% phí, lệ phí …") in a sentence on a rule that sets fees: the rule's cut too. */
const BARE_CUT = /(?<![\p{L}\p{M}])giảm\s*$/iu;
const RULE_WORDS = /(?<![\p{L}\p{M}])(?:quy định|nghị quyết|nghị định|thông tư|quyết định|mức thu)(?![\p{L}\p{M}])/iu;
const FEE_AFTER = /^\s*%\s*(?:mức\s+)?(?:phí|lệ phí|học phí|thuế|tiền thuê|giá cước|giá)(?![\p{L}\p{M}])/iu;
/** A limit each member may use: "Mỗi cá nhân được đăng ký tối đa 10 …", "mỗi tài khoản chỉ được chuyển không quá " (a ceiling
 * only: "mỗi chợ đưa được tối thiểu 1 sản phẩm lên sàn" is a plan's goal per unit, a claim). */
const EACH_LIMIT = /(?<![\p{L}\p{M}])mỗi\s+[^,;.:\d]{1,30}?\s(?:chỉ\s+)?được(?:\s+phép)?\s[^,;.:\d]{0,40}?(?:tối đa|không quá)\s*$/iu;
/** Round 73: the bounds a policy allows, after "chỉ có thể" or "chỉ được" ("khách hàng chỉ có thể chốt đơn với giá trị tối thiểu 887.000 đồng
 *  và không quá một triệu đồng"): the rule's floor and ceiling, money only (not "tỉnh chỉ có thể giải ngân tối đa 60% kế hoạch vốn"), in the same clause (review: not "chỉ có thể nộp
 *  trực tiếp, năm 2024 số thuế nộp điện tử đạt không dưới 5.000 tỷ đồng"). */
const ONLY_WITHIN = /(?<![\p{L}\p{M}])chỉ\s+(?:có\s+thể|được(?:\s+phép)?)\s(?:[^,;:.]|[.,](?=\d)){0,80}?(?<![\p{L}\p{M}])(?:tối thiểu|tối đa|không quá|không dưới|không vượt quá)\s*$/iu;

/** A technical standard opening the sentence ("Theo quy chuẩn QCVN …,", "Tiêu chuẩn … quy định"), and a bound its figures are held to. */
const STANDARD_OPENS = /^\s*(?:theo\s+)?(?:các\s+)?(?:quy chuẩn|tiêu chuẩn|qcvn|tcvn)(?![\p{L}\p{M}])/iu;
const HELD_TO = /(?<![\p{L}\p{M}])(?:tối thiểu|tối đa|không (?:thấp|cao) hơn|không (?:vượt )?quá|không dưới|phải đạt)\s*$/iu;

/** A transfer, a top-up or a payment, then a bar: "chuyển khoản trên ", "nạp tiền vào tài khoản trên ", "rút tiền dưới
 * 5 triệu, mỗi ngày không quá ", "giá trị thanh toán vượt mức " (round 32b): the size a rule sorts transactions by. */
const TRANSACTION_BAR = /(?<![\p{L}\p{M}])(?:chuyển khoản|chuyển tiền|nạp tiền|rút tiền|thanh toán|giao dịch)(?![\p{L}\p{M}])(?:[^.;:!?]|\.(?=\d)){0,80}?(?<![\p{L}\p{M}])(?<!(?:đạt|lên|ở mức|có)\s)(?:trên|dưới|vượt(?:\s+(?:quá|mức|ngưỡng))?|không quá|tối đa|lũy kế trên|từ|\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)?\s*đồng\/(?:lần|ngày|tháng|giao dịch)\s+(?:và|hoặc))\s*$/iu;
/** The duty a transaction's bar sets, after the number: "… phải xác thực", "… thì xác thực bằng mã OTP", "… cần phải …". */
const TRANSACTION_DUTY_AFTER = /^(?:[^.;!?]|\.(?=\d)){0,140}?(?<![\p{L}\p{M}])(?:phải|bắt buộc|buộc|thì|không cần|không phải)(?![\p{L}\p{M}])/iu;

/** Round 64: the duty named before the transaction instead ("áp dụng quy định … bắt buộc xác thực sinh trắc học đối với … chuyển tiền … từ 10 triệu
 *  đồng hoặc tổng giá trị giao dịch trong ngày vượt 20 triệu đồng"), for an amount one person moves (`PERSONAL_AMOUNT`, at most 1 tỷ đồng with
 *  "đồng" written: not "giao dịch chuyển tiền trực tuyến vượt 1 triệu tỷ đồng", the market's total, nor "trên 1 triệu lượt", a count). */
const TRANSACTION_DUTY_BEFORE = /(?<![\p{L}\p{M}])(?:bắt\s+buộc|phải|quy\s+định|áp\s+dụng|yêu\s+cầu|hạn\s+mức|xác\s+thực|điều\s+kiện)(?![\p{L}\p{M}])/iu;
const PERSONAL_AMOUNT = /^([\d.,]+)\s*(nghìn|ngàn|triệu|tỷ|tỉ)?\s*đồng(?![\p{L}\p{M}])/iu;

/** True when the amount written at `p` of `s` is one person's (`PERSONAL_AMOUNT`). */
function isPersonalAmount(s: string, p: number): boolean {
  const m = PERSONAL_AMOUNT.exec(s.slice(p, p + 30));
  return !!m && (parseVietnameseNumber(m[1]!) ?? Infinity) * (SCALES[(m[2] ?? '').toLowerCase()] ?? 1) <= 1e9;
}

/** A minimum a regulation sets, up to its figure: "Quyết định … quy định xã … phải có ít nhất ", "quy định mỗi … phải đạt tối thiểu "
 * (session 17, set X; a plan's goal per unit, "Kế hoạch đề ra mỗi xã có ít nhất …", stays a goal). */
const REGULATED_MINIMUM = /(?<![\p{L}\p{M}])quy\s+định(?![\p{L}\p{M}])[^.;:!?]{0,120}?(?<![\p{L}\p{M}])phải\s+(?:có\s+|đạt\s+|bảo\s+đảm\s+|đảm\s+bảo\s+)?(?:ít\s+nhất|tối\s+thiểu|không\s+dưới)\s*$/iu;

/**
 * A standard's conditions, listed after a colon (round 36): "thôn … phải hội đủ các điều kiện: … trên 80% hộ …; … đạt 100%",
 * "phường cần đáp ứng 4 tiêu chí gồm: …, có tối thiểu 2 …": what a place must meet to be recognised, no value reached; session 25:
 * with no modal when the criteria are named as such and listed ("Theo đó, thôn thông minh đạt các tiêu chí cụ thể như: … từ 80% trở
 * lên; …"), not criteria reached ("xã đã đạt các tiêu chí: …").
 */
const CONDITIONS_LISTED = /(?<![\p{L}\p{M}])(?:(?:phải|cần)\s+|(?<!(?:đã|đều|được)\s)(?=(?:đạt|đáp\s+ứng)\s+các\s+(?:tiêu\s+chí|điều\s+kiện|tiêu\s+chuẩn)(?:\s+cụ\s+thể)?(?:\s+(?:như|gồm|sau))?\s*:))(?:hội\s+đủ|đáp\s+ứng|đạt|có|hoàn\s+thiện|bảo\s+đảm|đảm\s+bảo)(?:\s+(?:đủ|được))?(?:[^.;:!?]|\.(?=\d)){0,40}?(?<![\p{L}\p{M}])(?:điều\s+kiện|tiêu\s+chí|tiêu\s+chuẩn)(?![\p{L}\p{M}])[^.:!?]{0,40}:(?:[^.!?]|\.(?=\d))*$/iu;

/** A result said in the clause before: then the fine was imposed or the fee collected ("đã xử phạt", "thu được"). */
const REPORTED = /(?<![\p{L}\p{M}])(?:đã|thu được|nộp ngân sách|tổng số tiền)(?![\p{L}\p{M}])/iu;

/** Round 38: an offer's terms, a sale's discount or price, up to it: "voucher giảm ", "mã giảm giá đến ", "hoàn tiền ", "giá rẻ nhất chỉ ", "đồng giá ". */
const OFFER_RATE = /(?<![\p{L}\p{M}])(?:(?:voucher|mã|phiếu|coupon)\s+(?:giảm giá|giảm|ưu đãi)|giảm giá|chiết khấu|hoàn tiền)(?:\s+(?:đến|tới|lên đến|lên tới|tối đa))?\s*$/iu;
const OFFER_PRICE = /(?<![\p{L}\p{M}])(?:rẻ nhất|đồng giá|giá (?:ưu đãi|khuyến mãi|sale))(?:\s+(?:chỉ|từ|chỉ từ|chỉ còn))?\s*$/iu;

/** True when the percent at `p` is a policy's cut or waiver of a fee or a tax (`POLICY_CUT`), or a bare "giảm" in a sentence
 * that names a rule (`BARE_CUT`, `RULE_WORDS`), with the fee after it. */
function isFeeCut(s: string, p: number, before: string): boolean {
  const cut = POLICY_CUT.test(before) || (BARE_CUT.test(before) && RULE_WORDS.test(s));
  return cut && FEE_AFTER.test(s.slice(p).replace(/^[\d.,]+/u, ''));
}

/** True when the number at `p` of the sentence `s` is a fine, a rate or a fee a rule sets or cuts (money or percent), a transaction's
 * bar with its duty, a limit each member may use, a minimum a regulation sets, a bound a technical standard holds its figures to or a
 * standard's condition listed after a colon, or an offer's terms (see the module note; the bars
 * that define a class of things are class-thresholds.ts's). */
export function isRuleNorm(s: string, p: number, tag: string | undefined): boolean {
  const before = s.slice(Math.max(0, p - 160), p);
  const money = tag === 'VND' || tag === 'USD' || (!tag && MONEY_SCALE_AFTER.test(s.slice(p)));
  if (money && FINE_PROPOSED.test(before)) return true;
  const duty = TRANSACTION_DUTY_AFTER.test(s.slice(p)) || (TRANSACTION_DUTY_BEFORE.test(s.slice(0, p)) && isPersonalAmount(s, p));
  if ((money || !tag) && TRANSACTION_BAR.test(before) && duty && !REPORTED.test(clauseBefore(s, p))) return true;
  if (tag === 'VND' || tag === 'USD' || tag === 'percent') {
    if ((FINE_BEFORE.test(before) || SET_RATE_BEFORE.test(before)) && !REPORTED.test(clauseBefore(s, p))) return true;
  }
  if (tag === 'percent' && isFeeCut(s, p, before)) return true;
  if ((tag === 'percent' && OFFER_RATE.test(before)) || ((tag === 'VND' || tag === 'USD') && OFFER_PRICE.test(before))) return true;
  if (money && ONLY_WITHIN.test(before)) return true;
  return EACH_LIMIT.test(before) || REGULATED_MINIMUM.test(before) || (STANDARD_OPENS.test(s) && HELD_TO.test(before)) || CONDITIONS_LISTED.test(s.slice(0, p));
}
