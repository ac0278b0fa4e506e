/** Round 22 number forms: cells of a flattened score table. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const read = (s: string) => findNumbers(s).map((m) => [m.value, m.unit]);

describe('round 22 number forms', () => {
  it('a row of fixed-place decimals is a row of index scores, a zero fraction too', () =>
    expect(read('4 Bình Định 1.0000 0.7250 0.6613 0.5100')).toEqual([[4, 'count'], [1, 'index'], [0.725, 'index'], [0.6613, 'index'], [0.51, 'index']]));

  it('comma decimals in a row read the same', () =>
    expect(read('Sở Tài chính 0,81 0,92 0,77')).toEqual([[0.81, 'index'], [0.92, 'index'], [0.77, 'index']]));

  it('a row of thousands stays counts', () =>
    expect(read('Số thuê bao 1.000 2.500 3.000')).toEqual([[1000, 'count'], [2500, 'count'], [3000, 'count']]));

  it('two decimals are not yet a row', () =>
    expect(read('Mức tăng 0.61 và 0.72')).toEqual([[0.61, 'count'], [0.72, 'count']]));
});

describe('round 22: thousands of billions after a money flow', () => {
  it.each([
    ['Doanh thu quý 2 của tổng công ty đạt 12,4 nghìn tỷ, vượt kế hoạch.', 12.4e12],
    ['Lợi nhuận trước thuế 3,2 nghìn tỷ, tăng 5% so với cùng kỳ.', 3.2e12],
    ['Năm nay, nộp ngân sách của tập đoàn đạt 8 nghìn tỷ.', 8e12],
  ])('is đồng with no currency word: %s', (s, v) => expect(read(s)[0]).toEqual([v, 'VND']));

  it('a dollar sentence keeps its amount unitless', () =>
    expect(read('Doanh thu đạt 1,2 nghìn tỷ, tương đương 48 tỷ USD.')[0]).toEqual([1.2e12, 'count']));

  it('a count with no money flow stays a count', () =>
    expect(read('Hệ thống xử lý 2 nghìn tỷ bản ghi mỗi năm.')[0]).toEqual([2e12, 'count']));
});

describe('round 22: bounds that were not read', () => {
  it.each([
    ['Phấn đấu mời được ít nhất 3 tập đoàn hàng đầu khu vực đặt trung tâm dữ liệu.', 3],
    ['Thu hút tối thiểu 10 công ty dẫn đầu thế giới về bán dẫn.', 10],
  ])('a bounded count of leading firms is a claim: %s', (s, v) => expect(read(s)[0]).toEqual([v, 'count']));

  it('the size of a leading group listed after it stays structure', () =>
    expect(read('Có 5 tỉnh dẫn đầu, gồm: Hà Nội, Huế, Đà Nẵng, Cần Thơ, Bắc Ninh.')).toEqual([]));

  it.each([
    ['Thời gian sống khỏe mạnh bình quân đạt ít nhất 67 năm.', 67],
    ['Số năm sống khỏe đạt khoảng 66,5 năm vào năm 2030.', 66.5],
  ])('a span of life in years is a value, not a period: %s', (s, v) => expect(read(s)[0]).toEqual([v, 'count']));

  it('a period in years stays a period', () => expect(read('Trong 5 năm, tỉnh xây 12 trạm.')).toEqual([[12, 'count']]));
});

it('"trên" as "on" before a listed group is no bound', () =>
  expect(read('Người dùng mua sắm trên 4 sàn lớn nhất gồm: A, B, C và D.')).toEqual([]));

describe('round 22: a change named as a noun, then a value per month', () => {
  it('each month\'s value in brackets or after "là" is a fall', () =>
    expect(findNumbers('Doanh thu giảm với mức sụt giảm mạnh nhất trong tháng 2 (18,5%), tháng 6 (12%) và tháng 7 là 9,1%.').map((m) => [m.value, m.kind]))
      .toEqual([[-18.5, 'growth'], [-12, 'growth'], [-9.1, 'growth']]));
  it('or a rise', () =>
    expect(findNumbers('Mức tăng cao nhất vào quý 2 (12%) và quý 3 (9,5%).').map((m) => m.value)).toEqual([12, 9.5]));
  it('a share given for a month with no change named stays a share', () =>
    expect(findNumbers('Tỷ lệ trong tháng 3 (22,8%) vẫn cao.').map((m) => [m.value, m.kind])).toEqual([[22.8, 'share']]));
});

describe('round 22: page chrome and tier names', () => {
  it.each(['22:13 05-01-2024 | :533', '08:30 | 12/03/2025 | 1.204'])('a counter on a byline line with no words is no claim: %s', (s) =>
    expect(findNumbers(s)).toEqual([]));
  it('a dated sentence still has its claims', () => expect(read('Ngày 05-01-2024, có 533 hồ sơ được tiếp nhận.')).toEqual([[533, 'count']]));
  it('a data-centre tier is a name', () => expect(read('Tỉnh xây trung tâm dữ liệu đạt chuẩn Tier 3 vào năm 2027.')).toEqual([]));
});

it('"vốn" as "originally" names no money flow', () =>
  expect(read('Hệ thống vốn xử lý 3 nghìn tỷ, tăng mạnh.')[0]).toEqual([3e12, 'count']));
