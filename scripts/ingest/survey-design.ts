/**
 * Numbers that describe how a survey or a study was made, not what it found (round 32, the lead): the size
 * of its sample when a word describes the survey before it ("khảo sát “ẩn danh” với 2.150 giám đốc", "khảo
 * sát trực tuyến trên 1.200 người"), the markets or places a sample was drawn from or a measurement covered ("… với 2.000
 * người tại 12 quốc gia", "đo kiểm tại 20 tỉnh") and the size a unit must have to be sampled ("doanh nghiệp quy mô 200 lao
 * động trở lên"), and the places a report tracks or compares ("báo cáo theo dõi … khắp 35 quốc gia", round 33).
 * Also the plain sample size right after the survey word (`isSampleSize`, moved here from structure.ts in round 32).
 */

/** The words that name a survey. */
const SURVEY = String.raw`(?:khảo sát|điều tra|phỏng vấn|thăm dò)`;

/** A survey and the size of its sample, up to the count (a second count after "và" too): "kết quả điều tra từ khoảng 11.000 người tiêu dùng và gần ". */
const SAMPLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${SURVEY}\s+(?:(?:từ|với|trên|đối với)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?(?:[\d.,]+\s+[^\d,.;:()]{1,40}?\s+và\s+(?:(?:khoảng|gần|hơn|trên)\s+)?)?$`, 'u');

/** True when a bare count is the size of a survey's sample ("điều tra từ khoảng 11.000 cá nhân và gần 10.000 doanh nghiệp"), not a figure. `before` is the sentence up to it. */
export function isSampleSize(before: string): boolean {
  return SAMPLE_BEFORE.test(before.toLowerCase());
}

/** A survey word, then a short description of the survey (a quoted name, a manner) before the sample's preposition. */
const DESCRIBED_SAMPLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${SURVEY}\s+(?:[“"«][^”"»]{1,30}[”"»]|trực tuyến|trực tiếp|độc lập|ẩn danh|ngẫu nhiên|quy mô lớn|online|qua mạng)(?:\s+(?:được\s+)?(?:thực hiện|tiến hành))?\s+(?:với|trên|từ|đối với)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$`, 'u');

/** A survey said to be made with its sample, or figures drawn from a number of units: "Khảo sát được thực hiện với 720 …",
 * "nghiên cứu tiến hành trên 300 …", "thống kê dữ liệu từ 12.000 cửa hàng" (round 32b). */
const MADE_WITH_SAMPLE_BEFORE = /(?<![\p{L}\p{M}])(?:(?:khảo sát|điều tra|nghiên cứu|thăm dò)\s+(?:được\s+)?(?:thực hiện|tiến hành)\s+(?:với|trên|từ|đối với)|(?:thống kê|phân tích|tổng hợp)\s+(?:số liệu|dữ liệu)\s+(?:của|từ|trên))\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;

/** A sample's count and what it counts, then where it was drawn: "với 2.000 người tiêu dùng tại ", "trên 900 doanh nghiệp ở ". */
const SAMPLE_PLACES_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${SURVEY}[^.;!?]{0,60}?\s(?:với|trên|từ|tại|ở)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s+(?:[^.;!?]|\.(?=\d)){1,160}?\s(?:tại|ở|thuộc|trên)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$`, 'u');
/** A survey's or a measurement's field, up to its size: "Kết quả đo kiểm tại ", "khảo sát được thực hiện ở ". */
const SURVEYED_AT_BEFORE = /(?<![\p{L}\p{M}])(?:đo kiểm|khảo sát|điều tra|thăm dò)(?:\s+(?:được\s+)?(?:thực hiện|tiến hành))?\s+(?:tại|ở|trên)\s+(?:cả\s+)?$/u;
/** A report or study that tracks, compares or rates something across places, up to their number: "báo cáo theo dõi thói quen … khắp ", "nghiên cứu so sánh giá cước ở " (round 33), "Báo cáo đánh giá sự sẵn sàng AI của chính phủ từ " (round 38). */
const REPORT_COVERAGE_BEFORE = /(?<![\p{L}\p{M}])(?:báo cáo|nghiên cứu|khảo sát)\s+(?:theo dõi|so sánh|đánh giá|phân tích)\s[^.;!?]{0,80}?\s(?:tại|ở|trên|khắp|từ)\s+(?:cả\s+)?$/u;
/** What such places are. */
const PLACES_AFTER = /^\s*(?:thị trường|quốc gia|nước|nền kinh tế|vùng lãnh thổ|tỉnh|thành phố|tỉnh, thành phố|địa phương)(?![\p{L}\p{M}])/u;

/** A unit's size as a criterion: "quy mô 200 lao động trở lên", "quy mô từ 50 lao động". */
const SIZE_CRITERION_BEFORE = /(?<![\p{L}\p{M}])quy mô\s+(?:từ\s+)?$/u;
const SIZE_CRITERION_AFTER = /^\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s+(?:trở lên|trở xuống)(?![\p{L}\p{M}])|^\s*(?:đến|tới|-|–)\s*[\d.,]+\s/u;

/** True when the bare count after `before` (the sentence up to it; `after` what follows) describes a survey's sample, places or criterion. */
export function isSurveyDesignCount(before: string, after: string): boolean {
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  return isSampleSize(before) || DESCRIBED_SAMPLE_BEFORE.test(b) || MADE_WITH_SAMPLE_BEFORE.test(b)
    || SURVEYED_AT_BEFORE.test(b) || ((SAMPLE_PLACES_BEFORE.test(b) || REPORT_COVERAGE_BEFORE.test(b)) && PLACES_AFTER.test(a))
    || (SIZE_CRITERION_BEFORE.test(b) && SIZE_CRITERION_AFTER.test(a));
}
