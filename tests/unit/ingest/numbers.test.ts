import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMatch } from '../../../scripts/ingest/numbers';

type Expected = Omit<NumberMatch, 'start' | 'end'>;

/** Shorthand for an expected match. */
function n(text: string, value: number, unit: NumberMatch['unit'], kind: NumberMatch['kind'], extra: Partial<Expected> = {}): Expected {
  return { text, value, unit, kind, ...extra };
}

/** Runs findNumbers, checks every offset against the input, and compares the matches without offsets. */
function expectNumbers(input: string, expected: Expected[]): void {
  const got = findNumbers(input);
  for (const m of got) {
    expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(m.end - m.start).toBe(m.text.length);
  }
  expect(got.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(expected);
}

const label = (e: Expected[]) =>
  e.length === 0
    ? 'nothing'
    : e.map((m) => `${m.value}${m.valueMax !== undefined ? `–${m.valueMax}` : ''}${m.total !== undefined ? `/${m.total}` : ''} ${m.unit}/${m.kind}${m.qualifier ? ` ${m.qualifier}` : ''}`).join(', ');

describe('findNumbers: one claim', () => {
  const cases: Array<[string, Expected[]]> = [
    // scale words and currencies
    ['Bộ Công an đã cấp trên 84,7 triệu thẻ', [n('84,7 triệu', 84_700_000, 'count', 'count', { qualifier: 'over' })]],
    ['Có 1,5 triệu người dùng', [n('1,5 triệu', 1_500_000, 'count', 'count')]],
    ['Tổng vốn 2 nghìn tỷ đồng', [n('2 nghìn tỷ đồng', 2e12, 'VND', 'money')]],
    ['khoảng 3 ngàn doanh nghiệp', [n('3 ngàn', 3000, 'count', 'count', { qualifier: 'approx' })]],
    ['doanh thu ước đạt trên 1,92 triệu tỷ đồng', [n('1,92 triệu tỷ đồng', 1.92e15, 'VND', 'money', { qualifier: 'over' })]],
    ['Doanh thu đạt 53 tỷ USD trong quý', [n('53 tỷ USD', 53e9, 'USD', 'money')]],
    ['doanh thu năm 2024 đạt 152 tỷ USD', [n('152 tỷ USD', 1.52e11, 'USD', 'money')]],
    ['xuất khẩu 12,3 tỷ USD', [n('12,3 tỷ USD', 12.3e9, 'USD', 'money')]],
    ['vốn 2 tỷ đô la Mỹ', [n('2 tỷ đô la Mỹ', 2e9, 'USD', 'money')]],
    ['khoảng 1,2 tỉ đồng', [n('1,2 tỉ đồng', 1.2e9, 'VND', 'money', { qualifier: 'approx' })]],
    ['thu 300 triệu VNĐ mỗi năm', [n('300 triệu VNĐ', 3e8, 'VND', 'money')]],
    ['giá vé 5.000đ', [n('5.000đ', 5000, 'VND', 'money')]],
    ['thu nhập bình quân 8,5 triệu đ/tháng', [n('8,5 triệu đ', 8500000, 'VND', 'money')]], // round 39: đồng said short after a space
    ['Quỹ có 2,5 nghìn tỷ đồng', [n('2,5 nghìn tỷ đồng', 2.5e12, 'VND', 'money')]],
    ['chi 1.234,5 tỷ đồng', [n('1.234,5 tỷ đồng', 1.2345e12, 'VND', 'money')]],
    ['doanh thu 84.700.000.000 đồng', [n('84.700.000.000 đồng', 84.7e9, 'VND', 'money')]],
    ['áp dụng chính sách thu phí 0 đồng', [n('0 đồng', 0, 'VND', 'money')]],
    ['đạt 7,5 triệu USD/năm', [n('7,5 triệu USD', 7.5e6, 'USD', 'money')]],
    ['đã có 3 đồng chí phát biểu', [n('3', 3, 'count', 'count')]],
    ['doanh nghiệp công nghệ số đạt 50.350', [n('50.350', 50_350, 'count', 'count')]],
    ['đơn giản hóa 1.084 thủ tục', [n('1.084', 1084, 'count', 'count')]],
    // percentages: share or growth
    ['chiếm 68,8%', [n('68,8%', 68.8, 'percent', 'share')]],
    ['chỉ 0,5% dân số', [n('0,5%', 0.5, 'percent', 'share')]],
    ['100% xã có cáp quang', [n('100%', 100, 'percent', 'share')]],
    ['Tỷ lệ còn 43.5%...', [n('43.5%', 43.5, 'percent', 'share')]],
    ['đạt 80 phần trăm', [n('80 phần trăm', 80, 'percent', 'share')]],
    ['Số doanh nghiệp tăng 8% so với cùng kỳ', [n('8%', 8, 'percent', 'growth', { direction: 'up' })]],
    ['doanh thu tăng trưởng 26%', [n('26%', 26, 'percent', 'growth', { direction: 'up' })]],
    ['tăng thêm 20% từ mức năm trước', [n('20%', 20, 'percent', 'growth', { direction: 'up' })]],
    ['chi phí giảm 15%', [n('15%', -15, 'percent', 'growth', { direction: 'down' })]],
    ['kinh tế số ước đạt tăng trưởng 22,4%', [n('22,4%', 22.4, 'percent', 'growth', { qualifier: 'approx', direction: 'up' })]],
    ['tăng 10%/năm', [n('10%', 10, 'percent', 'growth', { direction: 'up' })]],
    ['tỷ lệ nghèo giảm còn 5%', [n('5%', 5, 'percent', 'share')]],
    ['tỷ lệ tăng lên 80%', [n('80%', 80, 'percent', 'share')]],
    // direction: falls are negative, rank moves are rank-change
    ['xuất khẩu giảm 3%', [n('3%', -3, 'percent', 'growth', { direction: 'down' })]],
    ['giảm lần lượt 12% và 30%', [n('12%', -12, 'percent', 'growth', { direction: 'down' }), n('30%', -30, 'percent', 'growth', { direction: 'down' })]],
    ['doanh thu sụt 4,5%', [n('4,5%', -4.5, 'percent', 'growth', { direction: 'down' })]],
    ['tăng trưởng âm 1,2%', [n('1,2%', -1.2, 'percent', 'growth', { direction: 'down' })]],
    ['thấp hơn 2% so với năm trước', [n('2%', -2, 'percent', 'growth', { direction: 'down' })]],
    ['cao hơn 2,5% so với bình quân', [n('2,5%', 2.5, 'percent', 'growth', { direction: 'up' })]],
    ['Chỉ số EGDI tụt 2 bậc', [n('2 bậc', -2, 'rank', 'rank-change', { direction: 'down' })]],
    ['thăng 7 hạng so với năm 2022', [n('7 hạng', 7, 'rank', 'rank-change', { direction: 'up' })]],
    ['xếp thứ 71, giảm 2 bậc', [n('71', 71, 'rank', 'rank'), n('2 bậc', -2, 'rank', 'rank-change', { direction: 'down' })]],
    ['trường giữ vị trí số 2 của khu vực', [n('2', 2, 'rank', 'rank')]],
    ['ví điện tử này chiếm hạng số 3 về người dùng; có số 4 cửa hàng', [n('3', 3, 'rank', 'rank'), n('4', 4, 'count', 'count')]],
    ['giảm từ 30% xuống 20%', [n('30%', 30, 'percent', 'share'), n('20%', 20, 'percent', 'share')]],
    ['cắt giảm 120 thủ tục', [n('120', 120, 'count', 'count')]],
    ['số vụ lừa đảo giảm 1.200 vụ', [n('1.200', -1200, 'count', 'count', { direction: 'down' })]],
    ['tăng 15,2% so với cùng kỳ', [n('15,2%', 15.2, 'percent', 'growth', { direction: 'up' })]],
    // qualifiers
    ['gần 1.000 cán bộ', [n('1.000', 1000, 'count', 'count', { qualifier: 'nearly' })]],
    ['hơn 1.000 xã', [n('1.000', 1000, 'count', 'count', { qualifier: 'over' })]],
    ['phải đạt trên 90% tỷ lệ hài lòng', [n('90%', 90, 'percent', 'share', { qualifier: 'over' })]],
    ['có tỷ lệ phê duyệt dưới 50%', [n('50%', 50, 'percent', 'share', { qualifier: 'under' })]],
    ['xấp xỉ 2,1 triệu lượt', [n('2,1 triệu', 2.1e6, 'count', 'count', { qualifier: 'approx' })]],
    ['ít nhất 30% cán bộ', [n('30%', 30, 'percent', 'share', { qualifier: 'at-least' })]],
    ['tối thiểu 500 doanh nghiệp', [n('500', 500, 'count', 'count', { qualifier: 'at-least' })]],
    ['không quá 20% ngân sách', [n('20%', 20, 'percent', 'share', { qualifier: 'at-most' })]],
    ['tối đa 300 hồ sơ', [n('300', 300, 'count', 'count', { qualifier: 'at-most' })]],
    ['ước khoảng 12 nghìn tỷ đồng', [n('12 nghìn tỷ đồng', 12e12, 'VND', 'money', { qualifier: 'approx' })]],
    ['gần 90,5% người dùng', [n('90,5%', 90.5, 'percent', 'share', { qualifier: 'nearly' })]],
    ['10 nghìn người trở lên', [n('10 nghìn', 10_000, 'count', 'count', { qualifier: 'at-least' })]],
    ['chưa đến 40 xã', [n('40', 40, 'count', 'count', { qualifier: 'under' })]],
    // ranges
    ['mục tiêu tăng trưởng kinh tế từ 8 - 10% trong năm 2025', [n('8 - 10%', 8, 'percent', 'growth', { valueMax: 10 })]],
    ['duy trì tăng trưởng cao từ 45% - 55%', [n('45% - 55%', 45, 'percent', 'growth', { valueMax: 55 })]],
    ['tỷ lệ từ 8 đến 10%', [n('8 đến 10%', 8, 'percent', 'share', { valueMax: 10 })]],
    ['tỷ lệ 45-55%', [n('45-55%', 45, 'percent', 'share', { valueMax: 55 })]],
    ['đón 3 - 5 triệu lượt khách', [n('3 - 5 triệu', 3e6, 'count', 'count', { valueMax: 5e6 })]],
    ['từ 3 triệu – 5 triệu người', [n('3 triệu – 5 triệu', 3e6, 'count', 'count', { valueMax: 5e6 })]],
    ['cắt giảm 20 - 30 thủ tục', [n('20 - 30', 20, 'count', 'count', { valueMax: 30 })]],
    ['từ 50 đến 100 doanh nghiệp', [n('50 đến 100', 50, 'count', 'count', { valueMax: 100 })]],
    ['tăng 20% đến năm 2025', [n('20%', 20, 'percent', 'growth', { direction: 'up' })]],
    ['đạt 80% đến 2025', [n('80%', 80, 'percent', 'share')]],
    ['liên hệ: tcdt@mic.gov.vn, 3 cán bộ trực', [n('3', 3, 'count', 'count')]],
    // part/total and rank/of
    ['có 4.422/6.423 thủ tục hành chính', [n('4.422/6.423', 4422, 'count', 'count', { total: 6423 })]],
    ['63/63 địa phương', [n('63/63', 63, 'count', 'count', { total: 63 })]],
    ['Tính đến nay, 25/25 dịch vụ công', [n('25/25', 25, 'count', 'count', { total: 25 })]],
    ['có 22/91 bộ, ngành', [n('22/91', 22, 'count', 'count', { total: 91 })]],
    ['được phủ sóng là 256/896', [n('256/896', 256, 'count', 'count', { total: 896 })]],
    ['hoàn thành 898/1.084 thủ tục', [n('898/1.084', 898, 'count', 'count', { total: 1084 })]],
    ['khoảng 1/3 dân số', [n('1/3', 33.33, 'percent', 'share', { qualifier: 'approx' })]], // a fraction said as a proportion (number-fraction.ts), not a count of a total
    ['có 3/7 huyện', [n('3/7', 3, 'count', 'count', { total: 7 })]],
    ['giữ nguyên thứ hạng là 86/193 quốc gia', [n('86/193', 86, 'rank', 'rank', { total: 193 })]],
    ['dữ liệu mở xếp thứ 87/193', [n('87/193', 87, 'rank', 'rank', { total: 193 })]],
    ['xếp hạng thứ 5/11', [n('5/11', 5, 'rank', 'rank', { total: 11 })]],
    ['Xếp hạng dịch vụ công trực tuyến đạt 76/193', [n('76/193', 76, 'rank', 'rank', { total: 193 })]],
    // ranks
    ['Việt Nam đứng thứ 6 trong khu vực', [n('6', 6, 'rank', 'rank')]],
    ['đứng thứ 1 khu vực ASEAN', [n('1', 1, 'rank', 'rank')]],
    ['Việt Nam được xếp hạng 55 toàn cầu', [n('55', 55, 'rank', 'rank')]],
    ['lọt top 10 quốc gia', [n('10', 10, 'rank', 'rank', { qualifier: 'at-most' })]], // a place within the top 10: a bound
    ['Việt Nam thuộc top 30 quốc gia dẫn đầu về chính phủ điện tử', [n('30', 30, 'rank', 'rank', { qualifier: 'at-most' })]],
    ['tỉnh nằm trong tốp 5 địa phương dẫn đầu', [n('5', 5, 'rank', 'rank', { qualifier: 'at-most' })]],
    ['TOP 10 các tỉnh dẫn đầu gồm: Hà Nội, Đà Nẵng', []],
    ['ở vị trí thứ 3', [n('3', 3, 'rank', 'rank')]],
    ['tăng 5 bậc so với năm 2020', [n('5 bậc', 5, 'rank', 'rank-change', { direction: 'up' })]],
    ['giảm 3 hạng', [n('3 hạng', -3, 'rank', 'rank-change', { direction: 'down' })]],
    // multipliers, index, points
    ['cao gấp 3,5 lần tốc độ tăng trưởng GDP', [n('3,5 lần', 3.5, 'times', 'multiplier')]],
    ['tăng khoảng 26 lần so với quý I/2021', [n('26 lần', 26, 'times', 'multiplier', { qualifier: 'approx', direction: 'up' })]],
    ['(tăng gần gấp 4 lần)', [n('4 lần', 4, 'times', 'multiplier', { qualifier: 'nearly' })]],
    ['tăng gấp 8 lần so với cùng kỳ', [n('8 lần', 8, 'times', 'multiplier')]],
    ['năng suất cao gấp 2,5', [n('2,5', 2.5, 'times', 'multiplier')]],
    ['chỉ số chuyển đổi số quốc gia là 0,71', [n('0,71', 0.71, 'index', 'index')]],
    ['Chỉ số PCI đạt 71,6 điểm', [n('71,6 điểm', 71.6, 'points', 'index')]],
    ['Tỉnh A dẫn đầu với giá trị DTI đạt 0,8123', [n('0,8123', 0.8123, 'index', 'index')]],
    ['Tốc độ tăng trưởng duy trì ở mức cao, với 15% vào năm 2021, 12% vào năm 2022', [n('15%', 15, 'percent', 'growth'), n('12%', 12, 'percent', 'growth')]],
    ['Tốc độ tăng trưởng đạt 7%, tỷ lệ thất nghiệp 2%', [n('7%', 7, 'percent', 'growth', { direction: 'up' }), n('2%', 2, 'percent', 'share')]],
    ['giá trị EGDI (chỉ số tổng hợp) của năm nay đạt 0,7709', [n('0,7709', 0.7709, 'index', 'index')]],
    ['tỷ lệ doanh nghiệp trên nghìn dân đạt 0,68', [n('0,68', 0.68, 'count', 'count')]],
    ['tăng 2,3 điểm phần trăm', [n('2,3 điểm phần trăm', 2.3, 'points', 'growth', { direction: 'up' })]],
    ['kết nối tới 63 điểm cầu', [n('63', 63, 'count', 'count')]],
    ['Chỉ số này gồm 39 tiêu chí', [n('39', 39, 'count', 'count')]],
    ['Cổng tiếp nhận mỗi ngày 500 hồ sơ', [n('500', 500, 'count', 'count')]],
    ['thuê bao di động 120 triệu', [n('120 triệu', 120e6, 'count', 'count')]],
    ['có 12 khách sạn Hotel 5 tầng', [n('12', 12, 'count', 'count'), n('5', 5, 'count', 'count')]],
  ];
  for (const [input, expected] of cases) {
    it(`findNumbers(${JSON.stringify(input)}) → ${label(expected)}`, () => expectNumbers(input, expected));
  }
});

describe('findNumbers: ranks after a ranking verb or at the end of a move', () => {
  it('"xếp 71/193 quốc gia" is a rank of a field', () => {
    expect(findNumbers('Việt Nam xếp 71/193 quốc gia về chính phủ điện tử')[0]).toMatchObject({ value: 71, unit: 'rank', total: 193 });
    expect(findNumbers('tỉnh được xếp 12/63 tỉnh, thành')[0]).toMatchObject({ value: 12, unit: 'rank' });
  });

  it('"từ vị trí 57 lên 53", "từ hạng 40 xuống 45": both ends are ranks', () => {
    for (const [s, a, b] of [['tăng 4 bậc, từ vị trí 57 lên 53', 57, 53], ['giảm 5 bậc, từ hạng 40 xuống 45', 40, 45], ['từ vị trí thứ 30 lên vị trí 25', 30, 25]] as const) {
      const ranks = findNumbers(s).filter((x) => x.kind === 'rank');
      expect(ranks.map((x) => x.value), s).toEqual([a, b]);
    }
  });

  it('a number after a rank with no "lên"/"xuống" between them keeps its own unit', () => {
    expect(findNumbers('xếp thứ 5, có 20 doanh nghiệp').map((x) => x.unit)).toEqual(['rank', 'count']);
  });

  it('a rank history with each rank\'s year: every rank is read, none is a duration or a count', () => {
    const ranks = (s: string) => findNumbers(s).map((x) => `${x.value} ${x.unit}`);
    expect(ranks('Chỉ số tăng từ vị trí 71 (năm 2015) lên 52 (năm 2018 và 2019), vị trí 50 năm 2020, 47 năm 2021 và vị trí 45 năm 2022.'))
      .toEqual(['71 rank', '52 rank', '50 rank', '47 rank', '45 rank']);
    expect(ranks('tỉnh xếp thứ 12 năm 2023, thứ 9 năm 2024')).toEqual(['12 rank', '9 rank']);
    expect(ranks('từ hạng 30 (năm 2020) xuống 33')).toEqual(['30 rank', '33 rank']);
  });

  it('a number followed by "năm" and a year is read; a duration before a year range is not', () => {
    expect(findNumbers('tỷ lệ hộ dùng cáp quang là 79 năm 2023').map((x) => x.value)).toEqual([79]);
    expect(findNumbers('kế hoạch 5 năm 2021 - 2025')).toEqual([]);
    expect(findNumbers('sau 3 năm triển khai')).toEqual([]);
  });

  it('"trong tổng số 132 quốc gia" after a rank is the size of its field, not a count', () => {
    const got = findNumbers('Việt Nam đứng ở vị trí 46 trong bảng xếp hạng toàn cầu, trong tổng số 132 quốc gia được đánh giá');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: 46, unit: 'rank', total: 132 });
    expect(findNumbers('Tỉnh xếp thứ 20 về chỉ số DTI, trên tổng số 63 tỉnh, thành phố')[0]).toMatchObject({ value: 20, total: 63 });
    expect(findNumbers('xếp thứ 5; trong tổng số 120 doanh nghiệp').map((x) => x.value), 'another clause, another noun').toEqual([5, 120]);
  });
});

describe('findNumbers: days of a month written as a range', () => {
  it('"từ 20 - 26.1", "từ 3-7/9" are days, not a range of values', () => {
    for (const s of ['Trong tuần từ 20 - 26.1, có 508 cuộc tấn công', 'Đợt cao điểm từ 3-7/9 ghi nhận 400 vụ', 'diễn ra từ ngày 12 - 15.3 với 300 gian hàng']) {
      expect(findNumbers(s).map((x) => x.unit), s).toEqual(['count']);
    }
  });

  it('a range of values stays a range', () => {
    expect(findNumbers('tăng từ 20 - 26%')[0]).toMatchObject({ value: 20, valueMax: 26, unit: 'percent' });
    expect(findNumbers('khoảng 20 - 26 triệu người')[0]).toMatchObject({ value: 20e6, valueMax: 26e6 });
    expect(findNumbers('từ 5 - 3.1 doanh nghiệp').map((x) => x.value), 'a first day after the second is no day range').not.toContain(5.1);
  });
});

describe('findNumbers: not metrics', () => {
  const none = [
    // years, periods, dates, times
    'theo báo cáo năm 2022', 'giai đoạn 2022 - 2024', 'giai đoạn 2022-2025', 'từ 2021 đến 2025', 'GCI 2020',
    '27/04/2022', 'Ngày 6-2-2025, Thủ tướng', '05:07, 14/07/2023', 'vào sáng 19/7', 'Sáng 27/4', 'lúc 14:30', 'Tính đến ngày 1-3 rồi', 'chiều 2-9,',
    'hôm nay (14/7)', 'từ 1/7 đến 31/12', 'thụ hưởng trước 31/12/2024', 'đến tháng 12/2023', 'Trong Quý I/2022',
    'hoàn thành trong quý IV-2025', 'Quý 1/2024', '6 tháng đầu năm 2024', 'trong 6 tháng tới', 'sau hơn 2 năm triển khai',
    'mỗi quý, 6 tháng và 1 năm', 'tháng 3 + tháng 4', 'từ 15 tuổi trở lên', 'xử lý trong 24 giờ', 'dịch vụ 24/7',
    // ordinals and labels
    'phiên họp thứ hai', 'Phiên họp lần thứ 10', 'Đại hội lần thứ 13', 'Dịch vụ công trực tuyến mức độ 4',
    'hệ thống cấp độ 3', 'Điều 5 khoản 2', 'khóa 13', 'đợt 2',
    // documents
    'Nghị quyết số 57-NQ/TW', 'tại Quyết định số 422 của Thủ tướng', 'Nghị định 13/2023/NĐ-CP', 'Đề án 06', 'Về Đề án số 06',
    'Thông tư số 12/2022/TT-BTTTT', 'Quyết định 1234/QĐ-TTg', 'Chỉ thị 05/CT-TTg', 'Kế hoạch số 145',
    // phones, versions, technology names, URLs
    'Đường dây nóng: 0987083838.', 'điện thoại 0987 083 838', 'Hotline: 1900 1234', 'Tel: (024) 3823 1234',
    'gọi +84 24 3823 1234', 'Điện thoại: 1800 1567', 'Tổng đài 1022', '0987.083.838', 'của thời kỳ 4.0', 'cách mạng công nghiệp 4.0', 'Web 3.0', 'mạng 5G và 4G',
    'đại dịch COVID-19', 'Nguồn: https://baolaocai.vn/phai-manh-dan-post387207.html', 'xem www.abc.gov.vn/tin-123',
    'nộp giấy tờ 1 lần', 'triển khai trong 1 - 2 năm',
    // idioms: double-digit growth, one step ahead
    'tăng trưởng kinh tế 2 con số', 'mục tiêu tăng trưởng 2 con số trong giai đoạn tới', 'luôn đi trước 1 bước so với',
    'tiến thêm 1 bước', 'phải đi trước 1 bước;',
    // a part of a series' title, with the count of parts
    'Bài 3/4: Dữ liệu mở cho doanh nghiệp', 'Kỳ 2/5 – Người trẻ và ví điện tử', 'Phần 1/2 - Hạ tầng đi trước',
    // list markers and enumerators: structure, not claims
    '1. Phát triển hạ tầng số', '2) Hoàn thiện thể chế', '(3) nâng cao nhận thức', 'Mục tiêu: (1) dữ liệu; (2) nền tảng',
    '1.2. Chính phủ số', '- 3) cuối cùng', 'các nhiệm vụ: 1) hoàn thiện; 2) triển khai',
    // bounds of a scale definition
    'chấm theo thang điểm từ 0 đến 100', 'trên thang điểm 10', 'mức 1 đến mức 5', 'từ cấp 1 - 4', 'thang đo 1-5',
  ];
  for (const input of none) {
    it(`findNumbers(${JSON.stringify(input)}) → nothing`, () => expectNumbers(input, []));
  }
});

describe('findNumbers: several claims in one sentence', () => {
  const cases: Array<[string, Expected[]]> = [
    [
      'tỷ lệ có chữ ký số tăng từ mức 3% lên 13,5% (tăng gần gấp 4 lần)',
      [n('3%', 3, 'percent', 'share'), n('13,5%', 13.5, 'percent', 'share'), n('4 lần', 4, 'times', 'multiplier', { qualifier: 'nearly' })],
    ],
    [
      'Phát triển doanh nghiệp công nghệ số đạt 50.350 doanh nghiệp/mục tiêu 48.000 doanh nghiệp, đạt 104,9%.',
      [n('50.350', 50_350, 'count', 'count'), n('48.000', 48_000, 'count', 'count'), n('104,9%', 104.9, 'percent', 'share')],
    ],
    [
      'Việt Nam được xếp hạng 55 toàn cầu, trong khi Singapore xếp thứ 2, Malaysia 29, Thái Lan 31.',
      [n('55', 55, 'rank', 'rank'), n('2', 2, 'rank', 'rank'), n('29', 29, 'rank', 'rank'), n('31', 31, 'rank', 'rank')],
    ],
    [
      'Việt Nam được đánh giá là 1 trong 9 quốc gia có thu nhập dưới mức trung bình',
      [n('9', 9, 'count', 'count')],
    ],
    // "1 trong N" is "one of N": the N is the claim (a non-seed example too)
    ['Tỉnh là 1 trong số 5 địa phương dẫn đầu', [n('5', 5, 'count', 'count')]],
    // a growth rate named before a parenthetical list of yearly values
    [
      'tốc độ tăng trưởng doanh thu trong 3 năm (2021 đạt 12%, 2022 đạt 15%)',
      [n('12%', 12, 'percent', 'growth'), n('15%', 15, 'percent', 'growth')],
    ],
    ['tỷ lệ người dùng (2021 đạt 12%, 2022 đạt 15%)', [n('12%', 12, 'percent', 'share'), n('15%', 15, 'percent', 'share')]],
    ['tăng trưởng doanh thu (chiếm 18% tổng số)', [n('18%', 18, 'percent', 'share')]],
    [
      'doanh thu năm 2024 đạt 152 tỷ USD, tăng 10,9%; doanh thu phần mềm đạt 18 tỷ USD, tăng 38,5%',
      [n('152 tỷ USD', 1.52e11, 'USD', 'money'), n('10,9%', 10.9, 'percent', 'growth', { direction: 'up' }), n('18 tỷ USD', 18e9, 'USD', 'money'), n('38,5%', 38.5, 'percent', 'growth', { direction: 'up' })],
    ],
    [
      'Đến nay, 22/22 bộ, ngành và 63/63 địa phương đã thành lập Ban Chỉ đạo',
      [n('22/22', 22, 'count', 'count', { total: 22 }), n('63/63', 63, 'count', 'count', { total: 63 })],
    ],
    [
      'Xếp hạng dịch vụ công trực tuyến đạt 76/193, tăng 5 bậc so với năm 2020; dữ liệu mở xếp thứ 87/193, tăng 10 bậc',
      [n('76/193', 76, 'rank', 'rank', { total: 193 }), n('5 bậc', 5, 'rank', 'rank-change', { direction: 'up' }), n('87/193', 87, 'rank', 'rank', { total: 193 }), n('10 bậc', 10, 'rank', 'rank-change', { direction: 'up' })],
    ],
    [
      'Tổ công nghệ số cộng đồng với gần 75.000 tổ và gần 350.000 thành viên',
      [n('75.000', 75_000, 'count', 'count', { qualifier: 'nearly' }), n('350.000', 350_000, 'count', 'count', { qualifier: 'nearly' })],
    ],
    [
      'Chính phủ đã ban hành 12 nghị quyết, 9 quyết định, 6 chỉ thị, 6 công điện.',
      [n('12', 12, 'count', 'count'), n('9', 9, 'count', 'count'), n('6', 6, 'count', 'count'), n('6', 6, 'count', 'count')],
    ],
    [
      'Chỉ số đạt 0,85, xếp thứ 2 trong khu vực',
      [n('0,85', 0.85, 'index', 'index'), n('2', 2, 'rank', 'rank')],
    ],
    [
      'phấn đấu trong năm 2025, 100% các sân bay ứng dụng sinh trắc; đến hết năm 2025 đạt 80% dịch vụ công toàn trình, 40% dân số',
      [n('100%', 100, 'percent', 'share'), n('80%', 80, 'percent', 'share'), n('40%', 40, 'percent', 'share')],
    ],
  ];
  for (const [input, expected] of cases) {
    it(`findNumbers(${JSON.stringify(input)}) → ${label(expected)}`, () => expectNumbers(input, expected));
  }
});

describe('findNumbers on long input', () => {
  // Speed belongs to `npm run bench` (principle 6: no timed assertions); a quadratic look-back
  // would still show here as a run past the timeout. The timeout is 20 s, not the runner's 5 s: alone the
  // run takes 1.1 s (3.1 s at session 50's base), but under the full unit suite on two loaded cores it
  // passed 5 s once in three clean-clone CI runs (session 50); a look-back over the whole text per number
  // costs far more than 20 s here (5.1 s alone came from just one such regex).
  it('findNumbers(40 000 characters, 5 000 numbers) finds every one, the last after a long run of text', () => {
    const text = 'tăng 5% '.repeat(5000) + 'a'.repeat(20_000) + ' 7%';
    const got = findNumbers(text);
    expect(got).toHaveLength(5001);
    expect(got.at(-1)?.value).toBe(7);
  }, 20_000);
});

describe('findNumbers on the seed articles', () => {
  const dir = new URL('../../../seeds/', import.meta.url);
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('findNumbers(seed text) returns ordered, non-overlapping matches whose text is the input slice', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const f of seeds) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      let last = 0;
      for (const m of findNumbers(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(Number.isFinite(m.value)).toBe(true);
        last = m.end;
      }
    }
  });
  it('findNumbers(seed text) never reports a year, a date part or a phone number as a count', () => {
    for (const f of seeds) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      for (const m of findNumbers(text)) {
        if (m.unit === 'count' && m.total === undefined) {
          expect(m.value >= 1900 && m.value <= 2100 && !/[.,]/.test(m.text), `${f}: ${m.text}`).toBe(false);
          expect(/^0\d/.test(m.text), `${f}: ${m.text}`).toBe(false);
        }
      }
    }
  });
});

describe('findNumbers: a growth rate named as the clause\'s subject', () => {
  it.each([
    ['Tốc độ tăng trưởng của ngành bán lẻ trực tuyến đạt 22% trong năm qua.', '22%'],
    ['Tăng trưởng GDP năm 2023 ước đạt 5,05%.', '5,05%'],
    ['Theo báo cáo, mức tăng trưởng doanh thu dịch vụ số là khoảng 14%.', '14%'],
    ['Tăng trưởng tín dụng toàn hệ thống đạt hơn 9%.', '9%'],
  ])('%s → %s is growth', (s, text) => {
    expect(findNumbers(s).find((x) => x.text === text)).toMatchObject({ unit: 'percent', kind: 'growth' });
  });

  it.each([
    ['Năm 2024, tốc độ tăng trưởng của ngành được cải thiện nhờ kinh tế số chiếm 12% GDP.', '12%'],
    ['Tỷ trọng tăng trưởng của khu vực dịch vụ đạt 40%.', '40%'],
    ['Tăng trưởng từ mức 3% lên 6% là nhờ xuất khẩu.', '6%'],
    ['Tỷ lệ hồ sơ trực tuyến đạt 48%.', '48%'],
  ])('%s → %s stays a share', (s, text) => {
    expect(findNumbers(s).find((x) => x.text === text)).toMatchObject({ unit: 'percent', kind: 'share' });
  });
});

describe('zero-padded counts in a list of counts', () => {
  it('reads "01" after a count and its noun', () => {
    expect(findNumbers('Hệ thống kết nối với 9 bộ, ngành, 40 địa phương, 02 tập đoàn và 05 ngân hàng.').map((m) => m.value)).toEqual([9, 40, 2, 5]);
    expect(findNumbers('Mã hồ sơ, 05 chữ số.').map((m) => m.value)).toEqual([]);
  });
});

describe('levels on a scale and steps of levels', () => {
  const got = (s: string) => findNumbers(s).map((m) => [m.value, m.unit]);
  it('reads "cấp độ a/b" as a score and "tăng N cấp" as an index step', () => {
    expect(got('Chỉ số an toàn đạt cấp độ 4/5 năm nay.')).toEqual([[4, 'index']]);
    expect(got('Tỉnh đạt mức độ 7/10, giảm 2 cấp độ so với kỳ trước.')).toEqual([[7, 'index'], [-2, 'index']]);
    expect(got('Hệ thống an toàn thông tin cấp độ 3 được phê duyệt.')).toEqual([]);
    expect(got('Tăng 3 cấp xã được công nhận.')).toEqual([[3, 'count']]);
  });
});

describe('round 29a: a spaced document number, a padded count after a long noun', () => {
  const texts = (s: string) => findNumbers(s).map((m) => m.text);
  it('skips a document number whose slash is set off by a space', () => {
    expect(texts('Số: 45 /BC-UBND')).toEqual([]);
    expect(texts('theo Kế hoạch số 112 /KH-SYT của Sở')).toEqual([]);
  });
  it('reads a padded count after a listed count with a long noun', () => {
    expect(texts('Huyện lắp 40 camera giao thông, 9 tủ thiết bị đặt chung với nhà trạm khác, 02 tuyến cáp ngầm.')).toEqual(['40', '9', '02']);
  });
});

describe('round 39: a latency in milliseconds is a time, no count', () => {
  it('"19 mili giây" is read as no figure', () => {
    expect(findNumbers('Nhà mạng này có độ trễ thấp nhất, 24 mili giây.').map((m) => m.text)).toEqual([]);
  });
});

describe('round 39: an ordinal of months or quarters in a row is no rank', () => {
  it('"tháng thứ 3 liên tiếp", "quý thứ 2" count nothing; a place stays a rank', () => {
    expect(findNumbers('Đây là tháng thứ 3 liên tiếp tốc độ mạng tăng.').map((m) => m.text)).toEqual([]);
    expect(findNumbers('Quý thứ 2 liên tiếp, doanh thu giảm.').map((m) => m.text)).toEqual([]);
    expect(findNumbers('Tỉnh đứng thứ 3 cả nước.').map((m) => [m.text, m.unit])).toEqual([['3', 'rank']]);
  });
});
