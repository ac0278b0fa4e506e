/**
 * A news portal's page chrome pasted with an article: a breadcrumb over the story ("Trang chủ » Thời sự »
 * Chuyển đổi số"), an audio player ("Nghe bài viết 00:00 / 03:12"), a toolbar of actions and counters
 * ("Cỡ chữ: A- A A+ | In bài | Chia sẻ 17", "Thích 25 | Lượt đọc: 1.203 | 0 bình luận"), a font-size
 * picker, a rating widget, an app's promotion, a logo's text and its motto ("logo-…", round 40). None of it is article text: `segment.ts` sets such a line
 * aside wherever it stands (session 17, the lead's probe of pasted pages).
 */
import { COUNTER as READS, FIELD_SEPARATOR, isContactLine } from './dateline-meta';
import { isDomain } from './source';
import { parseDateline } from './dates-find';
import { englishDatelineDate } from './english-dateline';

/** What separates a breadcrumb's steps: "»", "›", ">" or a spaced slash. */
const CRUMB_SEPARATOR = /\s+[»›>]\s+|\s*[»›]\s*|\s+\/\s+/u;
/** One step of a breadcrumb: a section's name of at most five words, no digits, no sentence punctuation. */
const CRUMB_STEP = /^\p{L}[\p{L}\p{M}\s&-]*$/u;
const MAX_STEP_WORDS = 5;

/** True when a line is a breadcrumb: two or more short section names joined by "»", "›", ">" or " / ". */
export function isBreadcrumb(line: string): boolean {
  const s = line.trim();
  if (s.length > 90) return false;
  const steps = s.split(CRUMB_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return steps.length >= 2 && steps.every((p) => CRUMB_STEP.test(p) && p.split(/\s+/u).length <= MAX_STEP_WORDS);
}

/** An audio player's line: its label ("Nghe bài viết", "Nghe đọc bài") and/or its clock ("00:00 / 03:12"); round 64: the audio or video
 *  file's name alone ("Kinh tế số - Động lực kiến tạo tương lai.mp3"; not a sentence that names a format, "… dưới dạng tệp .mp3"). */
const PLAYER = /^(?:(?:nghe|đọc)\s+(?:bài\s+viết|bài|tin)|nghe\s+đọc(?:\s+bài)?|audio|listen)(?:\s*:?\s*\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?)?$|^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$|^[^\n]{0,160}[^\s.]\.(?:mp3|mp4|m4a|wav|ogg|webm)$/iu;

/** A counter of the page's readers: a dateline's counters (`dateline-meta.ts`) and likes, shares, votes, comments, with its number before or after the label. */
const COUNTER_WORD = String.raw`(?:(?:(?:số|tổng)\s+)?${READS}|lượt\s+bình\s+chọn|likes?|shares?|thích|chia\s+sẻ|ý\s+kiến(?:\s+bạn\s+đọc)?|comments?)`;
const COUNTER = new RegExp(String.raw`^(?:${COUNTER_WORD}\s*:?\s*\(?[\d.,]+\)?|[\d.,]+\s*${COUNTER_WORD})$`, 'iu');
/** A toolbar's action: print, share, save, send, the text's size ("Cỡ chữ", "Xem cỡ chữ", round 36), a social network's button. */
const ACTION = /^(?:in(?:\s+bài(?:\s+viết)?)?|trả\s+lời|bản\s+in|chia\s+sẻ|lưu(?:\s+bài(?:\s+viết)?)?|gửi(?:\s+bài(?:\s+viết)?)?|gửi\s+email|email|sao\s+chép\s+liên\s+kết|copy\s+link|print|share|save|zalo|facebook|twitter|x|messenger|(?:(?:xem|chọn|đổi)\s+)?(?:cỡ|kích\s+thước)\s+chữ\s*:?(?:\s*[aA][+-]?)*|font\s+size\s*:?(?:\s*\d{1,2})*|[aA][+-]?(?:\s+[aA][+-]?)*)$/iu;
/** A rating widget: "Đánh giá bài viết: 4,5/5 (12 lượt)", "Bình chọn: 4/5". */
const RATING = /^(?:đánh\s+giá\s+bài\s+viết|bình\s+chọn|rating)\s*:?\s*[\d.,]+\s*\/\s*\d+(?:\s*\(\s*[\d.,]+\s*(?:lượt|votes?|phiếu)?\s*\))?$/iu;

/** True when every field of a line is a toolbar's action, a reader counter or a rating: the page's toolbar. */
export function isToolbarLine(line: string): boolean {
  const fields = line.trim().split(FIELD_SEPARATOR).map((f) => f.trim()).filter(Boolean);
  return fields.length > 0 && line.length <= 160 && fields.every((f) => COUNTER.test(f) || ACTION.test(f) || RATING.test(f));
}

/** A reading-time note: "Thời gian đọc: 4 phút", "5 phút đọc". */
const READING_TIME = /^(?:thời\s+gian\s+đọc\s*:?\s*(?:khoảng\s+)?\d{1,2}\s*phút|\d{1,2}\s*phút\s+đọc)$/iu;
/** An article's id in the portal: "Mã bài: 245871", "ID: 88123". */
const ARTICLE_ID = /^(?:mã\s+(?:bài(?:\s+viết)?|tin)|id(?:\s+bài(?:\s+viết)?)?)\s*[:#]?\s*\d+$/iu;
/** A pager's words around its page numbers: "Trang", "« Trước", "Tiếp »", "Sau", "Cuối". */
const PAGER_WORDS = /^(?:[«‹<]+\s*)?(?:trang\s+trước|trước|trang\s*:?)?|(?:trang\s+sau|tiếp|sau|cuối|next)?\s*(?:[»›>]+)?$/giu;

/** True when a line is a pager: page numbers counting up by one, perhaps with a gap marked "…" ("1 2 3", "Trang 1 2 3 Tiếp »", "1 2 … 9"). */
export function isPager(line: string): boolean {
  const items = line.trim().replace(PAGER_WORDS, ' ').replace(/(?:\.{3}|…)/gu, ' … ').trim().split(/\s+/u);
  const numbers = items.filter((n) => n !== '…');
  const next = (i: number) => items[i - 1] === '…' ? Number(items[i]) > Number(items[i - 2]) : Number(items[i]) === Number(items[i - 1]) + 1;
  return numbers.length >= 2 && items[0] !== '…' && items.every((n, i) => (n === '…' ? /^\d/u.test(items[i + 1] ?? '') : /^\d{1,3}$/u.test(n) && (i === 0 || next(i))));
}

/** A document viewer's place in a file: "Page 3 of 10", "You are on page 1of 92", "Trang 2/15", "Trang 2 trên 15" (round 35). */
const PAGE_OF = /^(?:you\s+are\s+on\s+)?(?:page|trang)\s+\d{1,4}\s*(?:of|\/|trên|của)\s*\d{1,5}$/iu;

/** A site's language switch: "Tiếng Việt | English", "VN | EN", "English - Tiếng Việt - 中文" (round 36). */
const LANGUAGE = String.raw`(?:tiếng\s+việt|english|vietnamese|français|中文|日本語|한국어|vn|vi|en)`;
const LANGUAGE_SWITCH = new RegExp(String.raw`^${LANGUAGE}(?:\s*[|/·•-]\s*${LANGUAGE})+$`, 'iu');

/** A "follow us" widget's words up to the network it names: "Theo dõi Báo X trên" (segment.ts reads it closing a date line, round 63). */
export const FOLLOW_US = String.raw`theo\s+dõi\s+\S.{0,59}?\s+trên`;
/** An app's or channel's promotion: "Tải ứng dụng … trên App Store", "Theo dõi … trên Google News". */
const PROMOTION = new RegExp(String.raw`^(?:tải\s+(?:ứng\s+dụng|app)|${FOLLOW_US}\s+(?:google\s+news|zalo|facebook|youtube|tiktok))(?![\p{L}\p{N}])`, 'iu');

/** A visit counter's heading or one of its labels ("Thống kê truy cập", "Hôm nay:", "Tháng này:", "Tất cả: 184.152"). */
const VISITS_HEADING = /^(?:thống\s+kê\s+)?(?:lượt\s+)?truy\s+cập$/iu;
const VISITS_LABEL = /^(?:hôm\s+nay|hôm\s+qua|tuần\s+này|tuần\s+trước|tháng\s+này|tháng\s+trước|tất\s+cả|tổng(?:\s+số)?\s+(?:lượt(?:\s+truy\s+cập)?|truy\s+cập)|đang\s+(?:truy\s+cập|online|trực\s+tuyến)|trực\s+tuyến|online)\s*:(?:\s*[\d.,]+)?$/iu;
const BARE_NUMBER = /^[\d.,]+$/u;

/** Round 64: an image's markup left in a pasted page ("![Đà nãng 1.gif](https://…)", "![]() |"): no text of the article. */
const IMAGE_MARKUP = /^!\[[^\]]*\]\([^)]*\)\s*\|?$/u;

/** A logo image's text left in a pasted page: "logo-tapnews", "Logo_VnExpress", "logo" (one word, no space after the prefix). */
const LOGO = /^logo(?:[-_][\p{L}\d.-]*)?$/iu;
/** A site's motto under its logo: a short line in lower case, no digits, no stop ("tiếng nói người Việt toàn cầu"). */
const TAGLINE = /^\p{Ll}[^\d.!?:;]{2,60}$/u;
/** Session 48: a site's banner, its domain (`source.ts` `isDomain`) and its motto on one line ("Vietnam.vn - Nền tảng quảng bá Việt Nam"). */
const BANNER_PARTS = /^(\S+)\s+[-–—|]\s+([^\d.!?:;]{3,60})$/u;
/** A headline's shape: a capital, then 15 to 200 characters with no sentence's stop at the end. */
const HEADLINE_SHAPE = /^\p{Lu}.{15,200}(?<![.!?])$/u;
/** Review of round 67: a line under the banner that is a byline ("Bài và ảnh: …", "Nguyễn Minh Châu - Hoàng Anh"), not a headline; a date line
 *  under it is read by the date readers (`dates-find.ts` `parseDateline`, `english-dateline.ts` `englishDatelineDate`). */
const BYLINE = /^(?:Bài|Ảnh|Tin|By)(?:\s+và\s+ảnh|\s*,\s*ảnh)?\s*:|^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}\s+-\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}$/u;

/** True when a line is a date line or a byline, not a headline. */
function isDateOrByline(line: string): boolean {
  return BYLINE.test(line) || parseDateline(line) !== null || englishDatelineDate([line]) !== undefined;
}

/** True when line `k` of `lines` is the page's first line and a site's banner with a headline under it; review: a headline that opens on a
 *  domain ("Tiki.vn - hành trình …" over its date line or its byline) stays the headline, and no body line is a banner. */
function isSiteBanner(lines: readonly string[], k: number): boolean {
  const parts = k === 0 ? BANNER_PARTS.exec(lines[0]?.trim() ?? '') : null;
  const next = lines[1]?.trim() ?? '';
  return !!parts && isDomain(parts[1]!) && HEADLINE_SHAPE.test(next) && !isDateOrByline(next);
}

/**
 * How many lines from `k` of `lines` are page chrome: 1 for a line of the kinds above, an outlet's contact line
 * (`isContactLine`: "Đường dây nóng: 0123 456789"), or a visit counter's heading or filled label ("Hôm nay: 12"); 2 for a counter's label on its own line with its bare number on the next ("Tất cả:" then
 * "184152"); 0 for article text.
 */
export function chromeLines(lines: readonly string[], k: number): number {
  const s = lines[k]?.trim() ?? '';
  if (VISITS_LABEL.test(s)) return /\d/u.test(s) || !BARE_NUMBER.test(lines[k + 1]?.trim() ?? '') ? 1 : 2;
  if (LOGO.test(s)) return TAGLINE.test(lines[k + 1]?.trim() ?? '') ? 2 : 1; // round 40: a logo's text and the site's motto under it
  return isPageChrome(s) || VISITS_HEADING.test(s) || isContactLine(s) || isSiteBanner(lines, k) ? 1 : 0; // round 35: a hotline over the headline ("Đường dây nóng: …")
}

/** True when a line is page chrome of one of the kinds above (a breadcrumb, a player, an image's markup, a toolbar, a reading time, an id, a pager, a viewer's page, a promotion). */
export function isPageChrome(line: string): boolean {
  const s = line.trim();
  return isBreadcrumb(s) || PLAYER.test(s) || IMAGE_MARKUP.test(s) || isToolbarLine(s) || READING_TIME.test(s) || ARTICLE_ID.test(s) || isPager(s) || PAGE_OF.test(s) || LANGUAGE_SWITCH.test(s) || (s.length <= 140 && PROMOTION.test(s));
}
