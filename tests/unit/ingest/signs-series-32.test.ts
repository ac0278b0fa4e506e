/**
 * Round 32 (an output audit of unscored pages, signs and series): a minus glued to a value, a second comparison after "và",
 * a fall named as the subject then sized; a counted group pointed back to, the first item after a list's colon, a later
 * list item naming goods of its own, a growth
 * restated after an amount, "tốc độ phát triển" as a growth, a ministry that only parents the cited source. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { continuesComparedChange, fallNounSize, minusBefore } from '../../../scripts/ingest/direction-signs';
import { pointsToCountedGroup } from '../../../scripts/ingest/not-series-group';
import { indicatorOf, metricOf } from '../../support/metrics-of';

const values = (s: string) => findNumbers(s).map((m) => m.value);

describe('a minus glued to the number after a word', () => {
  it.each([
    ['Lợi nhuận của công ty con từ mức -52 tỷ đồng năm trước đã lên 30 tỷ đồng.', [-52e9, 30e9]],
    ['Tăng trưởng tín dụng của chi nhánh là -1,8% trong quý đầu.', [-1.8]],
    ['Chỉ số niềm tin ở mức -3,5 điểm, thấp nhất từ đầu năm.', [-3.5]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('not a range, nor a list dash with a space after it', () => {
    expect(minusBefore('từ 10 -15%', 'từ 10 -'.length)).toBeUndefined();
    expect(minusBefore('- 147 tỷ', 2)).toBeUndefined();
    expect(values('Doanh thu dự kiến khoảng 40 -45 tỷ đồng.')).toEqual([40e9]);
  });
});

describe('one fall verb, two comparisons', () => {
  it.each([
    ['Doanh số bán lẻ trực tuyến giảm 1,3% so với cùng kỳ và 0,4% so với tháng trước.', [-1.3, -0.4]],
    ['Lượng khách đường bộ sụt 7% so với năm 2023 và 2,5% so với quý trước.', [-7, -2.5]],
    ['Số thuê bao cố định giảm 3% so với cùng kỳ năm trước và gần 1% so với tháng 5.', [-3, -1]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('a rise stays a rise; a number without its own comparison is not continued', () => {
    expect(values('Doanh thu tăng 5% so với cùng kỳ và 2% so với quý trước.')).toEqual([5, 2]);
    expect(continuesComparedChange(' so với cùng kỳ và ', ' thị phần')).toBe(false);
    expect(values('Doanh thu giảm 4% so với năm trước và 30% khách hàng mới đến từ kênh số.')).toEqual([-4, 30]);
  });
});

describe('a fall named as the subject, then sized', () => {
  it.each([
    ['Tổng mức sụt giảm của ba nhóm hàng này lên tới 4,2 tỷ USD.', [-4.2e9]],
    ['Kim ngạch sụt giảm của hàng dệt may đạt khoảng 900 triệu USD.', [-9e8]],
    ['Mức giảm của chỉ số sản xuất là 6,5% so với cùng kỳ.', [-6.5]],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('not a deduction, a reduction of poverty, nor another change between', () => {
    expect(fallNounSize('Mức giảm trừ gia cảnh cho người nộp thuế là ')).toBeUndefined();
    expect(fallNounSize('Giá trị giảm nghèo bền vững đạt ')).toBeUndefined();
    expect(fallNounSize('Mức giảm phí giúp doanh thu tăng lên tới ')).toBeUndefined();
    expect(values('Mức giảm phí giúp doanh thu tăng lên tới 12 tỷ đồng.')).toEqual([12e9]);
  });
});

describe('a counted group pointed back to is no one series', () => {
  it.each([
    ['Xuất khẩu điện thoại đạt 4,1 tỷ USD; máy tính, điện tử đạt 3,8 tỷ USD. Tổng kim ngạch 2 mặt hàng này đạt 7,9 tỷ USD.', '7,9'],
    ['Xuất khẩu điện thoại đạt 4,1 tỷ USD; máy tính, điện tử đạt 3,8 tỷ USD. Hai nhóm hàng trên chiếm 21% kim ngạch cả nước.', '21%'],
  ])('%s → %s', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it('the words', () => {
    expect(pointsToCountedGroup('tổng kim ngạch 3 ngành hàng chủ lực này đạt')).toBe(true);
    expect(pointsToCountedGroup('kim ngạch nhập khẩu các mặt hàng này đã giảm')).toBe(false);
  });
});

describe("a list's first item after a colon is no lead of the others", () => {
  const page = 'Nhóm hàng xuất khẩu chủ lực phục hồi // Kim ngạch xuất khẩu quý I của 4 nhóm hàng chính như sau: máy tính, sản phẩm điện tử gần 14 tỷ USD; điện thoại, linh kiện gần 12 tỷ USD; dệt may hơn 2 tỷ USD và giày dép hơn 3 tỷ USD.';
  const series = (n: string) => metricOf(page, n, 2025, true).indicator ?? 'none';
  it('read with the headline as its topic, a later item takes no series of the first', () => expect(series('3 tỷ')).toBe('none'));
  it('the first item keeps its series, and an item that names a series takes its own', () => {
    expect(series('14 tỷ')).toBe('ict-exports');
    expect(series('12 tỷ')).toBe('phone-exports');
  });
  it.each([
    ['Kim ngạch xuất khẩu quý I của 3 nhóm hàng chính như sau: máy tính, sản phẩm điện tử gần 14 tỷ USD; thủy sản hơn 2 tỷ USD; gỗ và nội thất hơn 3 tỷ USD.', '2 tỷ'],
    ['Kim ngạch xuất khẩu quý I của 3 nhóm hàng chính như sau: máy tính, sản phẩm điện tử gần 14 tỷ USD; thủy sản hơn 2 tỷ USD; gỗ và nội thất hơn 3 tỷ USD.', '3 tỷ'],
    ['Xuất khẩu linh kiện điện tử tháng 3 đạt 5,2 tỷ USD và hàng dệt may đạt 3,1 tỷ USD.', '3,1 tỷ'],
  ])('a later item naming goods of its own takes no series of the first: %s → %s', (s, n) => expect(indicatorOf(s, n)).toBe('none'));
  it.each([
    ['Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 của Hà Nam đạt 68,5%; Đà Nẵng đạt 58,9%.', '58,9%', 'province-online-dossier-share'],
    ['Năm 2024, số lượng giao dịch không dùng tiền mặt tăng 48% và giá trị giao dịch tăng 21%.', '21%', 'cashless-payments'],
    ['Năm 2024, doanh thu thủy sản đạt 9 tỷ USD và xuất khẩu máy tính, sản phẩm điện tử đạt 70 tỷ USD.', '70 tỷ', 'ict-exports'],
  ])('an item naming a place, an aspect of the same thing or the series itself keeps it: %s → %s', (s, n, want) => expect(indicatorOf(s, n)).toBe(want));
  it('a lead with no measure before the colon still lends its first item to the others', () =>
    expect(indicatorOf('Kết quả năm 2024: tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 40%; khối bộ, ngành đạt 60%.', '60%')).not.toBe('none'));
});

describe('a growth restated after an amount takes the growth series of the amount', () => {
  it.each([
    ['Năm 2024, xuất khẩu máy tính, sản phẩm điện tử và linh kiện đạt 72 tỷ USD, tăng 14 tỷ USD so với năm trước (tương đương tăng 24%).', '24%', 'electronics-exports-growth'],
    ['Năm 2024, xuất khẩu điện thoại và linh kiện đạt 53 tỷ USD, giảm 1,5 tỷ USD so với năm trước, tương ứng giảm 2,8%.', '2,8%', 'phone-exports-growth'],
  ])('%s → %s', (s, n, want) => expect(indicatorOf(s, n)).toBe(want));
  it('a share after an amount is not restated growth', () =>
    expect(indicatorOf('Năm 2024, xuất khẩu điện thoại và linh kiện đạt 53 tỷ USD, chiếm 13% kim ngạch cả nước.', '13%')).not.toBe('phone-exports-growth'));
});

describe('"tốc độ phát triển" names a growth rate', () => {
  it.each([
    ['Theo một báo cáo quốc tế, tốc độ phát triển kinh tế số của Việt Nam thuộc nhóm cao (năm 2021 đạt 31%, năm 2022 đạt 25%).', '31%'],
    ['Theo một báo cáo quốc tế, tốc độ phát triển kinh tế số của Việt Nam thuộc nhóm cao (năm 2021 đạt 31%, năm 2022 đạt 25%).', '25%'],
    ['Năm 2023, tốc độ phát triển kinh tế số đạt khoảng 19%.', '19%'],
  ])('%s → %s', (s, n) => expect(indicatorOf(s, n)).toBe('digital-economy-growth'));
});

describe('a ministry in brackets after the cited agency is no subject', () => {
  it.each([
    ['Theo số liệu của Cục Thống kê (Bộ Tài chính), kinh tế số năm 2025 chiếm 14,5% GDP.', '14,5%', 'digital-economy-gdp-share'],
    ['Theo Vụ Thanh toán (Ngân hàng Nhà nước), đến năm 2030, 92% dân số từ 15 tuổi có tài khoản thanh toán.', '92%', 'bank-account-share'],
  ])('%s → %s', (s, n, want) => expect(indicatorOf(s, n)).toBe(want));
  it("a ministry's own rate keeps no national series", () =>
    expect(indicatorOf('Năm 2024, tỷ lệ hồ sơ trực tuyến của Bộ Tư pháp đạt 77%.', '77%')).not.toBe('online-dossier-share'));
});

describe('round 45: the year\'s "năm" before a group noun is no count (pointsToCountedGroup)', () => {
  it('"trong 4 tháng đầu năm mặt hàng này" points back to one commodity', () => {
    expect(pointsToCountedGroup('lũy kế trong 5 tháng đầu năm mặt hàng này đã thu về gần 21 tỷ usd')).toBe(false);
    expect(pointsToCountedGroup('tổng kim ngạch năm mặt hàng này đạt 40 tỷ usd')).toBe(true);
  });
  it('the figure takes the series of the sentence before', () =>
    expect(metricOf('Xuất khẩu điện thoại và linh kiện trong tháng 5 đạt 4,1 tỷ USD. Lũy kế trong 5 tháng đầu năm mặt hàng này đã thu về gần 21 tỷ USD.', '21 tỷ USD', 2025).indicator).toBe('phone-exports'));
});
