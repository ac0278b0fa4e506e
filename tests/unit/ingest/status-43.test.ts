/** Round 43 (session 26): whose estimate a sentence reports, named at its opening. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricOf } from '../../support/metrics-of';

describe('"Theo ước tính của …," opening the sentence: its figures are estimates', () => {
  it.each([
    ['Theo ước tính của Bộ Công Thương, doanh thu bán lẻ trực tuyến đã tăng từ 16,4 tỷ USD năm 2022 lên 20,5 tỷ USD năm 2023.', '20,5 tỷ USD'],
    ['Theo ước tính của Bộ TT&TT, tỷ trọng kinh tế số trong GDP đạt 12,3% trong năm 2023.', '12,3%'],
    ['Theo số liệu ước tính từ Tổng cục Thống kê, quy mô thương mại điện tử tăng 25%.', '25%'],
    ['Theo dự báo của Google, kinh tế số Việt Nam sẽ đạt 45 tỷ USD.', '45 tỷ USD'],
  ])('%s: %s', (s, n) => expect(metricOf(s, n, 2024).status).toBe('estimate'));
  it.each([
    ['Theo báo cáo của Bộ Công Thương, doanh thu bán lẻ trực tuyến đạt 20,5 tỷ USD năm 2023.', '20,5 tỷ USD'],
    ['Theo Bộ TT&TT, ước tính của các doanh nghiệp chưa đầy đủ, nhưng tỷ trọng kinh tế số đã đạt 12,3% trong năm 2023.', '12,3%'],
  ])('%s: %s stays actual', (s, n) => expect(metricOf(s, n, 2024).status).toBe('actual'));
});

describe('a baseline dated inside its own bracket (baselinePeriod)', () => {
  it.each([
    ['Năm 2023 ghi nhận 18.204.117 lượt tấn công, giảm 12% so với năm ngoái (20.686.500 lượt vào năm 2022).', '20.686.500', '2022'],
    ['Tháng 6/2024 đạt 5.200 hồ sơ, tăng so với cùng kỳ (4.100 hồ sơ trong tháng 6/2023).', '4.100', '2023-06'],
  ])('%s: %s dated %s', (s, n, iso) => {
    const m = metricOf(s, n, 2024);
    expect([m.status, m.period?.iso]).toEqual(['baseline', iso]);
  });
});

describe('a floor an instruction sets (INSTRUCTED_FLOOR)', () => {
  it.each([
    ['Đồng thời quán triệt đến từng xã thành lập ít nhất 3 tổ công nghệ số.', '3'],
    ['UBND huyện giao các thôn bố trí tối thiểu 2 máy tính phục vụ người dân.', '2'],
  ])('%s: %s is a target', (s, n) => expect(metricOf(s, n, 2024).status).toBe('target'));
  it('a floor reached, without an instruction, stays a result', () =>
    expect(metricOf('Đến nay, mỗi xã đã thành lập ít nhất 3 tổ công nghệ số.', '3', 2024).status).toBe('actual'));
});

describe('"tính đến hết năm N" dates a stock, it sets no deadline (CUT_OFF_BEFORE)', () => {
  it.each([
    ['Tính đến hết năm 2022, tỉnh có 4.200 nhân lực công nghệ số; lương bình quân đạt 15 triệu đồng/người/tháng.', '15 triệu'],
    ['Tính tới hết năm 2023, thành phố có 900 doanh nghiệp công nghệ số; doanh thu đạt 12.000 tỷ đồng.', '12.000 tỷ đồng'],
  ])('%s: %s is a result (undated page)', (s, n) => expect(metricOf(s, n).status).toBe('actual'));
  it('a deadline without "tính" still frames its list', () =>
    expect(metricOf('Đến hết năm 2027, tỉnh có 4.200 nhân lực công nghệ số; lương bình quân đạt 15 triệu đồng/người/tháng.', '15 triệu').status).toBe('target'));
});

describe('the earlier value of a figure pointed back to (EARLIER_OF_POINTED)', () => {
  it.each([
    ['Tỷ lệ hộ có cáp quang đạt 84%. Tỷ lệ này trước đây là 71%, khi nhiều thôn chưa có hạ tầng.', '71%'],
    ['Năm 2024, doanh thu đạt 12.000 tỷ đồng. Con số này trước đó chỉ ở mức 8.000 tỷ đồng.', '8.000 tỷ đồng'],
  ])('%s: %s is a baseline', (s, n) => expect(metricOf(s, n, 2024).status).toBe('baseline'));
  it('the figure now, pointed back to, stays a result', () =>
    expect(metricOf('Độ phủ 4G đạt 97% năm 2022. Tỷ lệ này hiện là 99,8%.', '99,8%', 2024).status).toBe('actual'));
});
