import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isNoSeriesValue } from '../../../scripts/ingest/not-series';

/** unit/kind/value of each number of `s`, by its text. */
function read(s: string): Record<string, { unit: string; kind: string; value: number; qualifier?: string }> {
  return Object.fromEntries(findNumbers(s).map((n) => [n.text, { unit: n.unit, kind: n.kind, value: n.value, ...(n.qualifier ? { qualifier: n.qualifier } : {}) }]));
}

describe('number-share: what one number lends another', () => {
  it('a unit written once after two numbers is both numbers\' unit', () => {
    expect(read('Hai trụ cột còn lại lần lượt đạt 37,82 và 56,58 điểm.')['37,82']).toMatchObject({ unit: 'points' });
    expect(read('Tỷ lệ của hai tỉnh là 12,5 và 15%.')['12,5']).toMatchObject({ unit: 'percent' });
    expect(read('Có 12 và 15 doanh nghiệp.')['12']).toMatchObject({ unit: 'count' });
  });

  it('a bare number in a dated bracket after a figure takes its unit', () => {
    expect(read('Điểm trung bình đạt 54,48 điểm (năm 2022 là 53,96).')['53,96']).toMatchObject({ unit: 'points' });
    expect(read('Việt Nam đứng thứ 59/193 quốc gia/vùng lãnh thổ (năm 2022 con số này là 55/181).')['55/181']).toMatchObject({ unit: 'rank', value: 55 });
    expect(read('Tỷ lệ đạt 45% (năm 2023: 38).')['38']).toMatchObject({ unit: 'percent' });
    expect(read('Tỉnh có 45 doanh nghiệp (năm 2023 là 38).')['38']).toMatchObject({ unit: 'count' });
    expect(read('Tỷ lệ đạt 45%, trong khi đó (theo khảo sát) có 38 xã.')['38']).toMatchObject({ unit: 'count' });
  });

  it('rank steps spelled in words are rank moves, signed by their verb', () => {
    expect(read('Việt Nam tăng một bậc so với năm trước.')['một bậc']).toMatchObject({ unit: 'rank', kind: 'rank-change', value: 1 });
    expect(read('Chỉ số tụt hai hạng, còn Thái Lan thăng ba bậc.')).toMatchObject({ 'hai hạng': { value: -2 }, 'ba bậc': { value: 3 } });
    expect(Object.keys(read('Một bậc thang và hai hạng mục.'))).toEqual([]);
  });

  it('"thuộc/trong nhóm N" is a rank bound (at most N) and takes no series; a list heading "Top 20" stays no claim', () => {
    const r = read('Phấn đấu tỉnh thuộc nhóm 10 địa phương đứng đầu; chỉ số DTI trong nhóm 30/63 tỉnh.');
    expect(r['10']).toMatchObject({ unit: 'rank', qualifier: 'at-most' });
    expect(r['30/63']).toMatchObject({ unit: 'rank', value: 30, qualifier: 'at-most' });
    const s = 'chỉ số DTI trong nhóm 30/63 tỉnh';
    expect(isNoSeriesValue(s, { ...findNumbers(s)[0]! }, undefined)).toBe(true);
    expect(Object.keys(read('Top 20 doanh nghiệp có 1.200 lao động.'))).toEqual(['1.200']);
  });

  it('a number in a unit the schema lacks, or the base of a rate, is no claim', () => {
    expect(Object.keys(read('Tốc độ băng rộng cố định đạt 104,08 Mbps, xếp thứ 41/181; di động đạt 44,92 Mbps.'))).toEqual(['41/181']);
    expect(Object.keys(read('Băng tần 2500 - 2600 MHz và gói 5 GB; tăng 12%.'))).toEqual(['12%']);
    expect(Object.keys(read('Tốc độ tải xuống đạt 87,6 Mbit/s, tải lên 20 Gbit/giây, tăng 9,5%.'))).toEqual(['9,5%']);
    expect(Object.keys(read('Tốc độ mạng di động đạt 120,5 Mbs, cố định 210 Kbs, tăng 7%.'))).toEqual(['7%']);
    expect(Object.keys(read('Đạt trung bình 91,9 thuê bao trên 100 dân và 8,5 bác sĩ/1.000 người.'))).toEqual(['91,9', '8,5']);
    expect(findNumbers('Tỉnh có trên 100 doanh nghiệp; 100 hộ dân được hỗ trợ.').map((n) => n.text)).toEqual(['100', '100']);
  });
});


describe('levels written "mức N"', () => {
  it('"mức 2" after an account or service is a level, "ở mức 2%" a value', () => {
    expect(findNumbers('Số tài khoản định danh điện tử mức 2 được kích hoạt đạt 59 triệu.').map((n) => n.text)).toEqual(['59 triệu']);
    expect(findNumbers('Lạm phát ở mức 2% và lãi suất ở mức 4,5%.').map((n) => n.text)).toEqual(['2%', '4,5%']);
    expect(findNumbers('Giá giữ ở mức 3 triệu đồng.').map((n) => n.text)).toEqual(['3 triệu đồng']);
  });
});

describe('top-N groups', () => {
  it('a bare group size is a rank bound only with a ranking word after it', () => {
    expect(read('Tỉnh thuộc nhóm 10 địa phương đứng đầu về chuyển đổi số.')['10']).toMatchObject({ unit: 'rank', qualifier: 'at-most' });
    expect(read('Việt Nam nằm trong nhóm 10 quốc gia có tốc độ tăng trưởng hàng đầu.')['10']).toMatchObject({ unit: 'rank' });
    expect(read('Trong nhóm 5 doanh nghiệp được khảo sát, có 3 doanh nghiệp đạt chuẩn.')['5']?.unit).not.toBe('rank');
  });
  it('a pair of place nouns and a word of merit after the size', () => {
    expect(read('Tỉnh phấn đấu thuộc nhóm 15 tỉnh, thành phố làm chuyển đổi số tốt.')['15']).toMatchObject({ unit: 'rank', qualifier: 'at-most' });
    expect(read('Huyện vào nhóm 20 địa phương có cải cách hành chính xuất sắc.')['20']).toMatchObject({ unit: 'rank' });
    expect(read('Trong nhóm 6 tỉnh, thành phố được chọn, có 2 tỉnh đạt.')['6']?.unit).not.toBe('rank');
  });
});

describe('rank bounds written as groups (round 15)', () => {
  it.each([
    ['Đến năm 2030, phấn đấu thuộc nhóm 5 nước dẫn đầu khu vực, nhóm 40 nước đứng đầu thế giới về đổi mới sáng tạo.', '40'],
    ['Mục tiêu là vào nhóm 10 tỉnh dẫn đầu cả nước và nhóm 3 tỉnh đứng đầu vùng.', '3'],
    ['Nước ta nay là một trong 25 nền kinh tế lớn nhất thế giới.', '25'],
    ['Thành phố là một trong số 10 đô thị đông dân nhất khu vực.', '10'],
    ['Mục tiêu là nằm trong nhóm 3 quốc gia dẫn đầu về hạ tầng số ở khu vực Đông Nam Á và nhóm 30 quốc gia dẫn đầu toàn cầu.', '30'], // a long first group (round 23)
    ['Giai đoạn tới, tỉnh tiếp tục xếp hạng nhóm 15 địa phương có mức đánh giá cao về cải cách.', '15'],
    ['Phấn đấu xếp hạng trong nhóm 25 nước có chỉ số cao về an toàn thông tin.', '25'],
    ['Đến năm 2035, thuộc nhóm 40 nước dẫn đầu về đổi mới sáng tạo; 35 nước dẫn đầu về kinh tế số.', '35'], // "nhóm" left out (round 25b)
    ['Mục tiêu là vào nhóm 20 quốc gia đứng đầu về hạ tầng số và là 15 quốc gia hàng đầu về dữ liệu.', '15'],
  ])('%s: %s is a rank bound', (s, n) => expect(read(s)[n]).toMatchObject({ unit: 'rank', kind: 'rank', qualifier: 'at-most' }));
  it.each([
    ['Đây là một trong 6 ngành của kinh tế số lõi.', '6'], // one of a set, no ranking
    ['Tỉnh là một trong 9 địa phương tăng nhiều nhất (gồm: A, B, C).', '9'], // a listed group
    ['Trong nhóm 5 doanh nghiệp được khảo sát, nhóm 3 doanh nghiệp có lãi.', '3'],
    ['Có ít nhất 2 trường lọt vào bảng xếp hạng nhóm 40 cơ sở đào tạo dẫn đầu châu Á.', '40'], // a table's top, not the subject's rank
    ['Tỉnh thuộc nhóm 10 tỉnh dẫn đầu; 6 doanh nghiệp dẫn đầu được khen thưởng.', '6'], // another noun: no group left out
    ['Việt Nam thuộc nhóm 30 nước dẫn đầu; 12 nước được khảo sát thêm.', '12'], // no ranking word after it
  ])('%s: %s is no rank', (s, n) => expect(read(s)[n]?.unit ?? 'none').not.toBe('rank'));
});

describe('round 28a: a top group without "nhóm", first movers, and a group of the whole country', () => {
  const ranks = (s: string) => findNumbers(s).map((n) => `${n.text} ${n.unit} ${n.qualifier ?? ''}`.trim());
  it.each([
    ['Mục tiêu nằm trong 15 tỉnh, thành phố có chỉ số chuyển đổi số cao nhất cả nước vào năm 2030.', ['15 rank at-most']],
    ['Phấn đấu vào nhóm 20 địa phương về cải cách hành chính trên cả nước.', ['20 rank at-most']],
    ['Việt Nam nằm trong nhóm 3 quốc gia đầu tiên thử nghiệm mạng 6G', ['3 rank at-most']],
    ['VIỆT NAM NẰM TRONG NHÓM 4 QUỐC GIA ĐẦU TIÊN PHÓNG VỆ TINH', ['4 rank at-most']],
  ])('%j', (s, want) => expect(ranks(s)).toEqual(want));
  it.each([
    ['Trong 20 tỉnh được khảo sát, có 5 tỉnh đạt', ['20 count', '5 count']],
    ['Tỉnh nằm trong 12 địa phương được chọn thí điểm.', ['12 count']],
    ['Đây là một trong nhóm 5 doanh nghiệp được khảo sát', ['5 count']],
  ])('a group with no ranking word stays a count: %j', (s, want) => expect(ranks(s)).toEqual(want));
});

describe('round 29a: an earlier amount lends its currency to one at the same scale', () => {
  const read = (s: string) => findNumbers(s).map((m) => `${m.value} ${m.unit}`);
  it.each([
    ['Doanh số ví điện tử đạt 8.200 tỷ đồng, giảm 2 triệu lượt và giảm 1.300 tỷ', ['8200000000000 VND', '-2000000 count', '-1300000000000 VND']],
    ['Doanh thu đạt 900 triệu USD, tăng 120 triệu so với năm trước.', ['900000000 USD', '120000000 USD']],
  ])('%j', (s, want) => expect(read(s)).toEqual(want));
  it('not to a count of people at that scale, nor at another scale', () => {
    expect(read('Có 5 tỷ đồng vốn và 3 tỷ người dùng.')).toEqual(['5000000000 VND', '3000000000 count']);
    expect(read('Doanh thu đạt 5 tỷ đồng, tăng 300 triệu.')).toEqual(['5000000000 VND', '300000000 count']);
  });
});

describe('session 17: a unit or an amount written once after a list', () => {
  const read = (s: string) => findNumbers(s).map((n) => [n.value, n.unit]);
  it('every bare item before "và" takes the unit after the last', () => {
    expect(read('Tỷ lệ ba năm lần lượt đạt 21, 26 và 33%.')).toEqual([[21, 'percent'], [26, 'percent'], [33, 'percent']]);
  });
  it('and the scale and currency of an amount', () => {
    expect(read('Doanh thu ba quý lần lượt là 410, 455 và 520 tỷ đồng.')).toEqual([[410e9, 'VND'], [455e9, 'VND'], [520e9, 'VND']]);
    expect(read('Vốn hai giai đoạn là 2,4 và 6,1 triệu USD.')).toEqual([[2.4e6, 'USD'], [6.1e6, 'USD']]);
  });
  it('not across a counted noun', () => {
    expect(read('Năm nay có 7 dự án và 90 tỷ đồng vốn mới.')).toEqual([[7, 'count'], [90e9, 'VND']]);
  });
});
