/** Round 62, third wave (sets JK–JM, session 43): a bare fraction of one written to three or four places is an index's score, not a count
 *  (not a rate per head, not a bracket's score a paragraph reads on); the pillars of a national average are no province's pillar
 *  scores; an English figure signed with a minus is a fall. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetricOf, metricOf } from '../../support/metrics-of';

describe('bare fractions of one are scores', () => {
  it.each([
    ['Cả ba trụ cột đều tăng: Chính quyền số 0,7582, Kinh tế số 0,7723.', '0,7582'],
    ['Tỉnh đạt 0,8335 và xếp thứ 2 cả nước.', '0,8335'],
  ])('%s', (text, n) => expect(metricOf(text, n, 2024).unit).toBe('index'));
  it('a rate per 1,000 people stays a count', () =>
    expect(metricOf('Tỷ lệ doanh nghiệp công nghệ số/1.000 dân đạt 0,677.', '0,677', 2024).unit).toBe('count'));
  it.each([
    ['Accordingly, former Da Nang reached 0.8335 and ranked 2nd among the 63 provinces.', '0.8335'],
    ['The E-Government Development Index is 0.7709.', '0.7709'],
  ])('English: %s', (text, n) => expect(englishMetricOf(text, n, 2024).unit).toBe('index'));
});

describe('the pillars of a national average', () => {
  it('Vietnamese', () =>
    expect(metricOf('Chỉ số DTI được xây dựng trên ba trụ cột chính: Chính quyền số, Kinh tế số và Xã hội số, bao gồm 8 chỉ số chính và 47 chỉ số thành phần. Kết quả DTI cấp tỉnh năm nay cho thấy, giá trị trung bình cả nước đạt 0,6961 điểm, tăng 2,6% so với năm 2023. Cả ba trụ cột đều ghi nhận sự tăng trưởng tích cực: Chính quyền số 0,7582 (tăng 4,7%), Kinh tế số 0,7723 (tăng 13,3%).', '0,7582', 2024).indicator).toBeUndefined());
  it('Vietnamese, on a page led by one province', () =>
    expect(metricOf('Thái Nguyên xếp thứ 8 toàn quốc về chỉ số chuyển đổi số năm 2024 // Kết quả DTI cấp tỉnh năm nay cho thấy, giá trị trung bình cả nước đạt 0,6961 điểm, tăng 2,6% so với năm 2023. Cả ba trụ cột đều ghi nhận sự tăng trưởng tích cực: Chính quyền số 0,7582 (tăng 4,7%), Kinh tế số 0,7723 (tăng 13,3%).', '0,7582', 2024, true).indicator).toBeUndefined());
  it('English', () =>
    expect(englishMetricOf('At the provincial level, the DTI averaged 0.6961. All three key pillars showed improvement, with digital government scoring 0.7582, up 4.7%; digital economy at 0.7723.', '0.7723', 2024).indicator).toBeUndefined());
  it('one province\'s pillar keeps its series', () =>
    expect(metricOf('Năm 2024, tỉnh Quảng Ninh có trụ cột Chính quyền số đạt 0,8123 điểm.', '0,8123', 2024).indicator).toBe('dti-province-pillar-score'));
});

describe('an English minus sign', () => {
  it.each([['(-0.02%)', -0.02], ['(-1.60%)', -1.6]])('%s', (n, value) =>
    expect(englishMetricOf(`Two components fell slightly, Public Service Delivery ${n} and Institutional Reform.`, n.slice(2, -1), 2024).value).toBe(value));
  it('a range keeps its sign', () => expect(englishMetricOf('Growth was 10-15% a year.', '10-15%', 2024).value).toBe(10));
});
