/** Round 61 (session 42): IT firms named by their field ("doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin") are the count of
 *  digital technology enterprises; a lead-in that places the figure in one province ("Đơn cử như tại Bắc Giang, …") keeps it off the
 *  country's series. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('digital-tech-enterprises: firms named by their field', () => {
  it.each([
    ['Cả nước hiện có 73.000 doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin.', '73.000'],
    ['Theo Bộ KH&CN, có khoảng 52.000 doanh nghiệp trong lĩnh vực CNTT đang hoạt động.', '52.000'],
    ['Việt Nam có hơn 48.000 doanh nghiệp thuộc ngành công nghệ thông tin.', '48.000'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('digital-tech-enterprises'));
  it('workers in the field are no firms', () =>
    expect(indicatorOf('Lĩnh vực công nghệ thông tin có 1,3 triệu lao động.', '1,3 triệu')).not.toBe('digital-tech-enterprises'));
});

describe('a province named in a lead-in keeps a figure off the country\'s series', () => {
  it.each([
    ['Đơn cử như tại Bắc Giang, hiện có 1.700 doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin.', '1.700'],
    // the two below held before the rule (the province's name next to the figure's words); guards for the same question
    ['Cả nước có 74.000 doanh nghiệp công nghệ số. Ở Đà Nẵng, có hơn 2.500 doanh nghiệp công nghệ số đang hoạt động.', '2.500'],
    ['Cả nước có 74.000 doanh nghiệp công nghệ số. Tại tỉnh Nghệ An, đến nay có 1.200 doanh nghiệp công nghệ số.', '1.200'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
  it.each([
    ['Tại Hà Nội, Bộ Khoa học và Công nghệ cho biết cả nước có 74.000 doanh nghiệp công nghệ số.', '74.000'],
    ['Tại hội nghị, Bộ trưởng cho biết hiện có 74.000 doanh nghiệp công nghệ số.', '74.000'],
  ])('a venue or a meeting is no owner: %s', (text, n) => expect(indicatorOf(text, n)).toBe('digital-tech-enterprises'));
});

describe('review mends: firms counted for something they did are no population of firms', () => {
  it.each([
    ['Hội nghị có sự tham gia của 200 doanh nghiệp trong lĩnh vực công nghệ thông tin.', '200'],
    ['Thanh tra Bộ đã kiểm tra 120 doanh nghiệp trong lĩnh vực CNTT.', '120'],
    ['Chương trình đã hỗ trợ 500 doanh nghiệp trong lĩnh vực CNTT chuyển đổi số.', '500'],
    ['Cả nước có 150 đơn vị đào tạo ngành công nghệ thông tin.', '150'],
    ['Năm qua có 2.500 doanh nghiệp trong lĩnh vực CNTT giải thể, tạm ngừng hoạt động.', '2.500'],
    ['Bộ đã cấp phép cho 35 doanh nghiệp trong lĩnh vực CNTT.', '35'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
});

describe('review mends: a venue is no province lead-in', () => {
  it.each([
    ['Phát biểu tại Hà Nội, Thứ trưởng cho biết đến nay đã có 85 triệu tài khoản định danh điện tử được kích hoạt.', '85 triệu', 'eid-accounts'],
    ['Phát biểu tại Hà Nội, Bộ trưởng cho biết số thuê bao điện thoại thông minh đạt 85 triệu.', '85 triệu', 'smartphone-subscriptions'],
  ])('%s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
  it('"Riêng tại Hà Nội," is the city\'s', () => expect(indicatorOf('Riêng tại Hà Nội, 6 triệu tài khoản định danh điện tử đã được kích hoạt.', '6 triệu')).toBe('none'));
});

describe('second review: short lead-ins before the province', () => {
  it.each([
    ['Trong khi đó tại Quảng Ninh, năm 2023 tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 92%.', '92%'],
    ['Cũng tại Quảng Ninh, tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 91%.', '91%'],
    ['Tính riêng tại Quảng Ninh, tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 90%.', '90%'],
    ['Đặc biệt, tại Quảng Ninh, tỷ lệ người trưởng thành có tài khoản ngân hàng đạt 89%.', '89%'],
  ])('%s', (text, n) => expect(indicatorOf(text, n, 2023)).toBe('none'));
});

describe('second review: the population of firms taking part in the market keeps its series', () => {
  it.each([
    ['Năm 2023, cả nước có 73.000 doanh nghiệp công nghệ số tham gia thị trường.', '73.000'],
    ['Cả nước có 73.000 doanh nghiệp công nghệ số tham gia hoạt động sản xuất kinh doanh.', '73.000'],
  ])('%s', (text, n) => expect(indicatorOf(text, n)).toBe('digital-tech-enterprises'));
});
