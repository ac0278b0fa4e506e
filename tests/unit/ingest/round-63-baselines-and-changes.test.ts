/** Round 63 (session 44, after sets JN–JR's first reads): a bracket that opens on the same time a year before holds that time's values,
 *  shares of the plan too, though the claim it is compared with stands in the sentence before; a change's verb, "so với cùng kỳ" and "là"
 *  size the change (with its sign), while "so với năm 2022 là …" gives that year's value. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';

const rows = (text: string, year = 2024) => metricsOf(text.split(' // '), year).map((m) => `${m.text} ${m.value} ${m.status} ${m.period?.iso ?? 'none'}`);

describe('a bracket of the same time a year before', () => {
  it('holds that year\'s values, shares of the plan too', () =>
    expect(rows('Năm 2023, tỉnh giải ngân được 4.500 tỷ đồng. So với cùng kỳ, tỷ lệ giải ngân cao hơn (cùng kỳ năm 2022 đạt 61,5% kế hoạch và đạt 70,2% kế hoạch được giao).', 2023)).toEqual([
      '4.500 tỷ đồng 4500000000000 actual 2023', '61,5% 61.5 baseline 2022', '70,2% 70.2 baseline 2022']));
  it('a share of the plan after the year\'s own growth stays the year\'s', () =>
    expect(rows('Năm 2023, doanh thu đạt 1.200 tỷ đồng (tăng 11% so với cùng kỳ, đạt 111% kế hoạch).', 2023).at(-1)).toBe('111% 111 actual 2023'));
});

describe('a change sized after its comparison', () => {
  it.each([
    ['Năm 2024, số khách hàng thanh toán không dùng tiền mặt là 310.000 khách hàng, chiếm tỷ lệ 81%, tăng so với cùng kỳ là 4,2%.', '4,2% 4.2 actual 2024'],
    ['Năm 2020, số vụ vi phạm đã giảm so với cùng kỳ năm 2019 là 41 vụ.', '41 -41 actual 2020'],
  ])('%s', (text, row) => expect(rows(text)).toContain(row));
  it('"so với năm 2022 là …" gives that year\'s value', () =>
    expect(rows('Năm 2023, doanh thu ước đạt 3.100 tỷ đồng, giảm so với năm 2022 là 3.300 tỷ đồng.', 2023)).toContain('3.300 tỷ đồng 3300000000000 baseline 2022'));
  it('a change with its own figure keeps the compared value a baseline', () =>
    expect(rows('Doanh thu năm 2023 là 20 tỷ đồng, tăng 5% so với năm 2022 là 19 tỷ đồng.', 2023)).toContain('19 tỷ đồng 19000000000 baseline 2022'));
});

describe('a top group of "tỉnh, thành"', () => {
  const ranks = (text: string) => metricsOf([text], 2022).map((m) => `${m.text} ${m.unit} ${m.status}`);
  it('is a rank bound, as "tỉnh, thành phố" is', () =>
    expect(ranks('Phấn đấu đến năm 2025, tỉnh nằm trong nhóm 5 tỉnh, thành dẫn đầu về chuyển đổi số.')).toEqual(['5 rank target']));
  it('a group of provinces with no ranking word stays no rank', () =>
    expect(ranks('Đoàn công tác làm việc với nhóm 5 tỉnh, thành ven biển.')).not.toContain('5 rank actual'));
});

describe('the satisfaction index named by its description', () => {
  const text = 'Năm 2022, công tác CCHC của tỉnh có tiến bộ, thể hiện ở sự hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (xếp thứ 12/63 tỉnh thành, tăng 02 bậc).';
  it('is no PAR Index rank', () => expect(metricsOf([text], 2023).find((m) => m.text === '12/63')?.indicator).toBeUndefined());
  it('the PAR Index rank keeps its series', () =>
    expect(metricsOf(['Năm 2022, Chỉ số cải cách hành chính của tỉnh xếp thứ 14/63.'], 2023).find((m) => m.text === '14/63')?.indicator).toBe('par-index-province-rank'));
});

describe('digital signatures newly issued', () => {
  it('a period\'s new certificates are no count of those issued or in force', () =>
    expect(metricsOf(['Trong 9 tháng năm 2024, Bộ đã cấp mới 3.912 chữ ký số cá nhân.'], 2024).find((m) => m.text === '3.912')?.indicator).toBeUndefined());
  it('certificates in force keep their series', () =>
    expect(metricsOf(['Năm 2024, cả nước có 12,4 triệu chứng thư chữ ký số đang hoạt động.'], 2024).find((m) => m.text === '12,4 triệu')?.indicator).toBe('digital-signatures'));
});
