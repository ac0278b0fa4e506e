import { describe, expect, it } from 'vitest';
import { namesBody } from '../../../scripts/ingest/phrases';
import { englishIndicatorOf, indicatorOf } from '../../support/metrics-of';

describe('5G coverage is its own series, never joined with 4G coverage (round 48)', () => {
  it.each([
    ['Tỷ lệ dân số được phủ sóng 4G đạt 99,8%, phủ sóng 5G đạt 26%.', '99,8%', 'mobile-coverage-share'],
    ['Tỷ lệ dân số được phủ sóng 4G đạt 99,8%, phủ sóng 5G đạt 26%.', '26%', 'mobile-5g-coverage-share'],
    ['Bộ đặt mục tiêu phủ sóng 4G đến 100% dân số vào năm 2025 và phủ sóng 5G đến 99% dân số vào năm 2030.', '100%', 'mobile-coverage-share'],
    ['Bộ đặt mục tiêu phủ sóng 4G đến 100% dân số vào năm 2025 và phủ sóng 5G đến 99% dân số vào năm 2030.', '99%', 'mobile-5g-coverage-share'],
    ['Vùng phủ 5G đã tăng lên khoảng 90% dân số.', '90%', 'mobile-5g-coverage-share'],
    ['Tỷ lệ thôn, bản có sóng di động đạt 99,73%.', '99,73%', 'mobile-coverage-share'],
    ['Viettel có thể phủ sóng 5G đến 90% diện tích ngoài trời.', '90%', 'none'],
    ['Khoảng 70% thuê bao trong vùng phủ sóng 5G đã sử dụng kết nối thế hệ mới.', '70%', 'none'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
});

describe('internet users who shop online are no share of the population online (round 48)', () => {
  it.each([
    ['Tỷ lệ người dùng Internet tham gia mua sắm trực tuyến đạt 74,8%.', '74,8%', 'none'],
    ['Tỷ lệ dân số sử dụng Internet đạt 79,1%.', '79,1%', 'internet-users'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));
  it.each([
    ['The White Book noted that up to 74.8 percent of Vietnamese internet users purchased goods and services online.', '74.8 percent', 'none'],
    ['Internet users accounted for 79.1 percent of the population.', '79.1 percent', 'internet-users'],
  ])('%s → %s is %s', (text, n, id) => expect(englishIndicatorOf(text, n)).toBe(id));
});

describe("a speaker's body in brackets, and villages that have mobile broadband (round 48)", () => {
  const s = 'Ông Lê Anh Tuấn, Phó Cục trưởng Cục Chuyển đổi số Quốc gia (Bộ KH&CN), cho biết tính đến quý 2/2025, đã có 99,3% thôn bản có băng rộng di động.';
  it('reads the speaker\'s figure as the nation\'s', () => {
    expect(namesBody('Ông Lê Anh Tuấn, Phó Cục trưởng Cục Chuyển đổi số Quốc gia (Bộ KH&CN), cho biết tính đến quý 2/2025, đã có')).toBe(false);
    expect(namesBody('Bộ Tài chính (cơ quan chủ trì) có')).toBe(true);
    expect(indicatorOf(s, '99,3%')).toBe('mobile-coverage-share');
  });
});
