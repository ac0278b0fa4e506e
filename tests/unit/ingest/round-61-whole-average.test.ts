/** Round 61 (session 42): a whole province's or country's rate said to reach an average ("tỷ lệ … toàn tỉnh đạt trung bình 72%") is the
 *  whole's own value and keeps its series; averages over years or over units named apart stay out. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('the whole\'s rate "đạt trung bình": its series', () => {
  it.each([
    ['Tính đến ngày 30/9/2024, tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt trung bình 68%.', '68%', 'province-online-dossier-share'],
    ['Tỷ lệ người dân nộp hồ sơ trực tuyến toàn tỉnh đạt bình quân khoảng 61%, trong đó cấp tỉnh đạt 80%.', '61%', 'province-online-dossier-share'],
  ])('%s', (text, n, id) => expect(indicatorOf(text, n, 2024)).toBe(id));
});

describe('averages that are no level of the series', () => {
  it.each([
    ['Tăng trưởng kinh tế số toàn tỉnh đạt bình quân 15%/năm giai đoạn 2021-2025.', '15%'],
    ['Trung bình mỗi tháng, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 55%.', '55%'],
    ['Các huyện có tỷ lệ hồ sơ trực tuyến đạt trung bình 40%.', '40%'],
  ])('%s', (text, n) => expect(indicatorOf(text, n, 2024)).toBe('none'));
});

describe('review mends: averages over years or over units stay averages', () => {
  it.each([
    ['Giai đoạn 2021-2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trung bình 65% mỗi năm.', '65%'],
    ['Trong 5 năm qua, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trung bình 60%.', '60%'],
    ['Tỷ lệ hồ sơ trực tuyến của các xã trong toàn tỉnh đạt trung bình 55%.', '55%'],
  ])('%s', (text, n) => expect(indicatorOf(text, n, 2024)).toBe('none'));
});

describe('second review: a yearly review or a later clause\'s rate is no span of years', () => {
  it.each([
    ['Theo kết quả đánh giá hàng năm, năm 2023 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trung bình 70%.', '70%'],
    ['Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trung bình 70%, tăng 5% mỗi năm.', '70%'],
  ])('%s', (text, n) => expect(indicatorOf(text, n, 2024)).toBe('province-online-dossier-share'));
});
