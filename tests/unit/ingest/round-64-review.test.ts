/** Review of round 64 (session 45): two read-only reviewers probed the round with sentences of their own, and a third the first mends; each
 *  case here went wrong under the rules before its mend (see docs/real-corpus.md "Sets JW–KE"). Sentences written by the reviewers. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';
import { segmentArticle } from '../../../scripts/ingest/segment';

const vi = (text: string, year?: number) => metricsOf([text], year).map((m) => `${m.text} ${m.status} ${m.period ? `${m.period.iso}/${m.period.precision}` : 'none'} ${m.indicator ?? '-'}`);
const en = (text: string, year?: number) => englishMetrics([text], year).map((m) => `${m.text} ${m.value} ${m.status} ${m.period?.iso ?? 'none'} ${m.indicator ?? '-'}`);
const BODY = 'Theo Sở Khoa học và Công nghệ, năm 2024 toàn tỉnh đã có 1.200 thôn được phủ sóng di động băng rộng, góp phần thu hẹp khoảng cách số.';

describe('Vietnamese', () => {
  it('a ratio after a day is no listed day', () =>
    expect(vi('Đến ngày 30/9, 5/7 dự án trọng điểm đã giải ngân trên 60% vốn.', 2025)).toEqual(['5/7 actual 2025-09-30/day -', '60% actual 2025-09-30/day -']));
  it.each([
    ['Sau khi quy định xác thực sinh trắc học được áp dụng, năm 2024 giao dịch chuyển tiền trực tuyến vượt 1 triệu tỷ đồng.', '1 triệu tỷ đồng actual 2024/year -'],
    ['Áp dụng xác thực sinh trắc học, số giao dịch chuyển khoản trên 1 triệu lượt mỗi ngày.', '1 triệu actual none -'],
  ])('a transfer total stays a claim: %s', (text, row) => expect(vi(text, 2025)[0]).toBe(row));
  it.each([
    ['Gói thầu trị giá 350 tỷ đồng, hoàn thành trong tháng 9/2024.', '350 tỷ đồng actual 2024-09/month -'],
    ['Tỉnh có 95% hồ sơ được số hóa, hoàn thành trong tháng 10/2024.', '95% actual 2024-10/month -'],
  ])('a deadline already past or a size is no task: %s', (text, row) => expect(vi(text, 2025)[0]).toBe(row));
  it('a count as of a cutoff is no floor sought', () =>
    expect(vi('Tính đến hết năm 2024, toàn tỉnh có ít nhất 1.200 doanh nghiệp công nghệ số.', 2024)[0]).toBe('1.200 actual 2024/year -'));
  it.each([
    'Chỉ tiêu của ngành là 95% người dân khẳng định hài lòng.',
    'Kế hoạch hướng tới 85% người dân cho biết hài lòng.',
  ])('a goal of what people say stays a goal: %s', (text) => expect(vi(text, 2025)[0]).toMatch(/ target /u));
  it.each([
    ['Năm 2024, UBND tỉnh đã công bố trong tháng 3 tổng cộng 125 thủ tục hành chính mới.', '125 actual 2024-03/month -'],
    ['Năm 2024, UBND tỉnh công bố ngày 20/9 quyết định công nhận 45 xã đạt chuẩn nông thôn mới.', '45 actual 2024-09-20/day -'],
  ])('issuing something counted is no report\'s release: %s', (text, row) => expect(vi(text, 2024)[0]).toBe(row));
  it('a day said recent keeps the page\'s year', () =>
    expect(vi('Năm 2024, tỉnh đón 2 triệu lượt khách, riêng trong ngày 1/5 vừa qua đã đón 50.000 lượt.', 2025)[1]).toBe('50.000 actual 2025-05-01/day -'));
  it('"nước ta" beside ASEAN\'s e-commerce is Viet Nam\'s', () =>
    expect(vi('So với thương mại điện tử ASEAN, doanh thu TMĐT của nước ta năm 2023 đạt 20,5 tỷ USD.', 2024)[0]).toBe('20,5 tỷ USD actual 2023/year ecommerce-revenue'));
  it.each([
    ['Năm 2023, tỷ lệ người dân sử dụng điện thoại thông minh, kể cả ở nông thôn, đạt 73%.', '73% actual 2023/year smartphone-users'],
    ['Năm 2024, tỉnh cấp 3.500 chữ ký số công cộng cho người dân thông qua các lớp bồi dưỡng kỹ năng.', '3.500 actual 2024/year digital-signatures'],
  ])('a series keeps words used in passing: %s', (text, row) => expect(vi(text, 2025)[0]).toBe(row));
  it('a result\'s top list after a year\'s colon is no rank sought', () =>
    expect(vi('Kết quả đến năm 2024: Top 10 tỉnh có chỉ số cao nhất được khen thưởng.', 2025)).toEqual([]));
  it('a photo essay\'s label heads its page', () =>
    expect(segmentArticle(`PHÓNG SỰ ẢNH: Chuyển đổi số ở vùng cao Hà Giang\n\n${BODY}`).title?.text).toBe('PHÓNG SỰ ẢNH: Chuyển đổi số ở vùng cao Hà Giang'));
  it('a sentence naming an audio format is text', () =>
    expect(segmentArticle(`Tổng đài 1022 đã tiếp nhận 12.000 cuộc gọi, lưu trữ dưới dạng tệp .mp3\n\n${BODY}`).paragraphs.length + (segmentArticle(`Tổng đài 1022 đã tiếp nhận 12.000 cuộc gọi, lưu trữ dưới dạng tệp .mp3\n\n${BODY}`).title ? 1 : 0)).toBe(2));
});

describe('English', () => {
  it('a round base after "over" is still a rate\'s base', () =>
    expect(en('The ratio of doctors over 10,000 population was 12 in 2023.', 2024)).toEqual(['12 12 actual 2023 -']));
  it.each([
    ['The government approved 15 reduction packages worth VND 190 trillion in 2023.', '15 15 actual 2023 -'],
    ['The 50 percent cut-off for online services was met by 40 provinces.', '50 percent 50 actual none -'],
  ])('a count\'s noun or a threshold is no fall: %s', (text, row) => expect(en(text, 2024)[0]).toBe(row));
  it.each([
    ['In Hoang Mai district 1,500 households registered in 2023.', '1,500 1500 actual 2023 -'],
    ['Across the district 12 communes have fibre broadband coverage.', '12 12 actual none -'],
  ])('a lowercase district before a count stays a count: %s', (text, row) => expect(en(text, 2024)[0]).toBe(row));
  it('a programme\'s title in lowercase keeps its years out', () =>
    expect(en('Under the "national digital transformation programme to 2025, with orientation to 2030", 70% of adults have accounts.', 2024)).toEqual(['70% 70 actual none -']));
  it('a body that wants something sets a goal', () =>
    expect(en('Vietnam is a country that wants its digital economy to account for 20 percent of GDP.')[0]).toMatch(/ target /u));
  it('"Nov. 2,000 people" ends a sentence at the month', () => expect(en('The survey closed in Nov. 2,000 people answered it.', 2024)).toEqual(['2,000 2000 actual none -']));
});

describe('second review', () => {
  it('a day listed after "và" before a verb is a day', () =>
    expect(vi('Ngày 7/7 và 8/8 diễn ra hội nghị, với 400 đại biểu tham dự.', 2025)).toEqual(['400 actual 2025-08-08/day -']));
  it.each([
    'Số hóa 100% hồ sơ đất đai, hoàn thành chậm nhất ngày 30 tháng 9 năm 2025.',
    'Các sở có trách nhiệm số hóa 100% hồ sơ, hoàn thành trước 31/12/2025.',
  ])('a deadline in words or a duty is still a task: %s', (text) => expect(vi(text, 2025)[0]).toMatch(/^100% target /u));
  it('a survey\'s topic naming a goal leaves its finding a result', () =>
    expect(vi('Khảo sát mức độ kỳ vọng của người tiêu dùng cho thấy 70% người được hỏi cho biết sẽ mua sắm trực tuyến nhiều hơn.', 2025)[0]).toMatch(/^70% actual /u));
  it('a share expected of firms stays a goal', () =>
    expect(vi('Năm 2025, 50% doanh nghiệp được kỳ vọng sử dụng nền tảng số.', 2024)[0]).toMatch(/^50% target /u));
  it('domestic goods are no country named beside a region', () =>
    expect(vi('Hàng nội địa ngày càng được ưa chuộng trên thị trường thương mại điện tử ASEAN, với quy mô đạt 150 tỷ USD năm 2024.', 2025)[0]).toBe('150 tỷ USD actual 2024/year -'));
  it('a top after "Mục tiêu năm 2030:" is sought', () =>
    expect(vi('Mục tiêu năm 2030: Top 30 quốc gia dẫn đầu về Chính phủ số.', 2025)[0]).toMatch(/^30 target 2030\/year /u));
  it('a crowd over a round number is counted', () => expect(en('The event attracted over 1,000 people from 20 provinces.', 2025)[0]).toBe('1,000 1000 actual none -'));
  it('a cut in percentage points is a fall', () => expect(en('In 2024, there was a 2.5 percentage point reduction in the poverty rate.', 2025)[0]).toMatch(/ -2\.5 actual 2024 /u));
  it.each([
    ['Deputy Minister Phan Tam said at the forum: "By 2030, the digital economy will account for 30% of GDP."', /^30% 30 target 2030 /u],
    ['According to the ministry, "in 2024, non-cash payments grew by 50%."', /^50% 50 actual 2024 /u],
  ])('someone\'s words a clause after the verb keep their years: %s', (text, row) => expect(en(text, 2025)[0]).toMatch(row));
  it('a report\'s title after "according to the" dates nothing', () =>
    expect(en('Vietnam is forecast to lack 150,000 tech workers every year, according to the latest "Vietnam IT Market Report 2023" released by TopDev.')[0]).toBe('150,000 150000 estimate none -'));
  it('a group that wants something, a clause before the figure, is no goal', () =>
    expect(en('Among firms that want to adopt AI, 45% lack skilled staff.', 2025)[0]).toMatch(/^45% 45 actual /u));
  it.each([
    ['In Dec. 2024, exports rose 10% year on year.', /^10% 10 actual 2024-12 /u],
    ['Revenue reached $5 billion as of Dec. 31. The firm employs staff.', /^5 billion 5000000000 actual 2025-12-31 /u],
  ])('an abbreviated month before a year or a closing day: %s', (text, row) => expect(en(text, 2025)[0]).toMatch(row));
});

