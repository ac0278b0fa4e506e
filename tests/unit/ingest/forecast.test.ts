import { describe, expect, it } from 'vitest';
import { afterLikely, isCompoundGrowth, isFactClause, isForecast, isPerYearRate, isReportedEstimate, isYearsAheadOnly, turnsToGoal, yearsAheadPeriod } from '../../../scripts/ingest/forecast';
import { isEstimate, isFuture } from '../../../scripts/ingest/status';

const at = (s: string, n: string) => s.indexOf(n);

describe('forecasts', () => {
  it('reads a possibility or a future in a forecast sentence as a forecast', () => {
    for (const [s, n] of [
      ['Thị trường gọi xe có thể lên tới 6 tỷ USD vào năm 2030.', '6 tỷ'],
      ['Theo dự báo của hãng nghiên cứu, quy mô điện toán đám mây sẽ đạt 1,2 tỷ USD.', '1,2 tỷ'],
      ['Doanh thu quảng cáo số sẽ đạt 3 tỷ USD trong 5 năm tới.', '3 tỷ'],
    ] as const) expect(isForecast(s, at(s, n)), s).toBe(true);
    for (const [s, n] of [
      ['Doanh thu quảng cáo số sẽ đạt 3 tỷ USD.', '3 tỷ'],
      ['Năm 2023, thị trường đạt 2 tỷ USD.', '2 tỷ'],
    ] as const) expect(isForecast(s, at(s, n)), s).toBe(false);
  });

  it('makes a forecast an estimate, but not the figure already reached before it', () => {
    const s = 'Quy mô thị trường hiện đã đạt 14 tỷ USD và có thể lên tới 30 tỷ USD sau 4 năm nữa.';
    expect(isEstimate(s, at(s, '30 tỷ'))).toBe(true);
    expect(isEstimate(s, at(s, '14 tỷ'))).toBe(false);
  });

  it('counts years ahead from a base year', () => {
    expect(yearsAheadPeriod('… sẽ đạt 9 tỷ USD trong ba năm tới', 2023)?.iso).toBe('2026');
    expect(yearsAheadPeriod('… sau 5 năm nữa', 2024)?.iso).toBe('2029');
    expect(yearsAheadPeriod('… sau 5 năm nữa', undefined)).toBeUndefined();
    expect(yearsAheadPeriod('… năm 2030', 2024)).toBeUndefined();
  });
});

describe('facts in a future sentence', () => {
  it('reads a "khi"/"vì" clause as a present fact', () => {
    expect(isFactClause(' khi 75% khách hàng')).toBe(true);
    expect(isFactClause(' vì 40% người dùng')).toBe(true);
    expect(isFactClause(' tỷ lệ này')).toBe(false);
    const s = 'Nhu cầu ví điện tử sẽ còn tăng trong thời gian tới, khi 75% người dùng cho biết sẽ tiếp tục sử dụng.';
    expect(isFuture(s, at(s, '75%'))).toBe(false);
    const t = 'Nhu cầu ví điện tử sẽ còn tăng, đạt 75% người dùng.';
    expect(isFuture(t, at(t, '75%'))).toBe(true);
  });
});

describe('compound growth', () => {
  it('is told apart from a yearly growth', () => {
    expect(isCompoundGrowth('Tốc độ tăng trưởng kép hằng năm đạt 20%.')).toBe(true);
    expect(isCompoundGrowth('CAGR giai đoạn này là 12%.')).toBe(true);
    expect(isCompoundGrowth('Doanh thu tăng trưởng 20% so với năm trước.')).toBe(false);
  });
});

describe('a compared ranking edition', () => {
  it('is the comparison\'s year even with a "top N" before it, never the claim\'s', async () => {
    const { isComparison } = await import('../../../scripts/ingest/period-baseline');
    const s = 'So với bảng xếp hạng top 5 năm 2022, tỉnh tụt xuống vị trí 8.';
    expect(isComparison(s, { start: s.indexOf('năm 2022') + 4 })).toBe(true);
    expect(isComparison(s, { start: s.indexOf('2022') })).toBe(true);
    const t = 'Tỉnh lọt top 5 năm 2022.';
    expect(isComparison(t, { start: t.indexOf('2022') })).toBe(false);
  });
});

describe('a compared value\'s date', () => {
  it('is the comparison\'s, not the period the sentence hands on', async () => {
    const { isComparison } = await import('../../../scripts/ingest/period-baseline');
    const s = 'Thị phần đạt 60,5%, tăng so với mức 58,2% hồi quý II/2023.';
    expect(isComparison(s, { start: s.indexOf('quý II') })).toBe(true);
    const t = 'Thị phần đạt 60,5% trong quý II/2023.';
    expect(isComparison(t, { start: t.indexOf('quý II') })).toBe(false);
  });
});

describe('estimates that turn to goals, and estimates reported for a list', () => {
  it('turnsToGoal: a goal word between the estimate word and the number', () => {
    expect(turnsToGoal('ước đạt 9%, phấn đấu năm 2026 đạt ')).toBe(true);
    expect(turnsToGoal('ước đạt ')).toBe(false);
    expect(turnsToGoal('ước tính, để hoàn thành mục tiêu này, mỗi quý cần thêm ')).toBe(false);
    // round 46: a goal that names its measure before its level, and a level reached, which stays the estimate's
    expect(turnsToGoal('dự kiến năm tới, mục tiêu số thuê bao băng rộng sẽ đạt ')).toBe(true);
    expect(turnsToGoal('dự kiến đến cuối năm, chỉ tiêu kim ngạch xuất khẩu lên ')).toBe(true);
    expect(turnsToGoal('dự kiến thành phố sẽ đạt chỉ tiêu đề ra đối với kinh tế số là ')).toBe(false);
    expect(turnsToGoal('dự kiến tỉnh đạt được mục tiêu chuyển đổi số sẽ đạt ')).toBe(false);
    expect(turnsToGoal('ước đạt 4 tỷ usd; mục tiêu năm 2030 là ')).toBe(true);
  });
  it.each([
    ['viện ước tính doanh thu năm nay đạt 5 tỷ usd; tốc độ tăng khoảng 12%.', '12%', true],
    ['cục dự báo rằng số thuê bao tăng 3%; doanh thu 4 tỷ usd.', '4 tỷ', true],
    ['doanh thu ước tính đạt 5 tỷ usd; tốc độ tăng 12%.', '12%', false],
    ['viện ước tính doanh thu năm nay đạt 5 tỷ usd; năm trước đã tăng 12%.', '12%', false],
    ['viện ước tính doanh thu năm nay đạt 5 tỷ usd, tăng 12%.', '12%', false],
  ])('isReportedEstimate(%j, %s) = %s', (s, x, want) => expect(isReportedEstimate(s, s.indexOf(x))).toBe(want));
});

describe('isPerYearRate (round 21)', () => {
  const rate = (s: string, n: string) => isPerYearRate(s, s.indexOf(n) + n.length);
  it('is a figure followed by "/năm", "mỗi năm", "hằng năm"', () => {
    expect(rate('Thị trường tăng khoảng 15 - 20%/năm.', '15 - 20%')).toBe(true);
    expect(rate('Chi tiêu bình quân 300 USD / năm một người.', '300 USD')).toBe(true);
    expect(rate('Số thuê bao tăng 2 triệu mỗi năm.', '2 triệu')).toBe(true);
    expect(rate('Doanh thu tăng 12% hằng năm.', '12%')).toBe(true);
  });
  it('is not a figure of a named year or followed by other words', () => {
    expect(rate('Doanh thu tăng 12% năm 2023.', '12%')).toBe(false);
    expect(rate('Doanh thu tăng 12%, năm nay tăng 9%.', '12%')).toBe(false);
    expect(rate('Mỗi người dùng 40 GB/tháng.', '40 GB')).toBe(false);
  });
});

describe('a likelihood is a forecast (round 21)', () => {
  it.each([
    ['Xuất khẩu năm nay nhiều khả năng vượt 400 tỷ USD.', '400', true],
    ['Lạm phát cả năm nhiều khả năng ở mức 4%.', '4%', true],
    ['Doanh thu quý tới có khả năng đạt 12 tỷ USD.', '12', true],
    ['Hợp tác xã có khả năng xuất khẩu chiếm 40%.', '40%', false],
  ])('%s', (s, n, want) => {
    expect(isEstimate(s, s.indexOf(n))).toBe(want);
  });
  it('afterLikely keeps what follows the last "nhiều khả năng"', () => {
    expect(afterLikely('năm nay nhiều khả năng trên ')).toBe(' trên ');
    expect(afterLikely('năm nay đạt ')).toBe('năm nay đạt ');
  });
});

describe('a forecast only by years counted ahead', () => {
  const y = (s: string, n: string) => isYearsAheadOnly(s, at(s, n));
  it('is a future word with years ahead and nothing naming a forecast or an estimate', () => {
    expect(y('Các doanh nghiệp số sẽ đóng góp 5% vào tăng trưởng trong hai năm tới.', '5%')).toBe(true);
    expect(y('Trong 5 năm tới, xuất khẩu phần mềm sẽ lên 9 tỷ USD.', '9')).toBe(true);
  });
  it('not when a forecast, a possibility or an estimate is named, nor without years ahead', () => {
    expect(y('Theo dự báo, doanh thu sẽ đạt 20 tỷ USD trong ba năm tới.', '20')).toBe(false);
    expect(y('Doanh thu có thể lên tới 20 tỷ USD trong ba năm tới.', '20')).toBe(false);
    expect(y('Bộ dự kiến doanh thu sẽ đạt 20 tỷ USD trong ba năm tới.', '20')).toBe(false);
    expect(y('Doanh thu sẽ đạt 20 tỷ USD vào năm 2026.', '20')).toBe(false);
  });
});

describe('isForecast: a forecast sentence\'s "sẽ" in a later clause with its own figure (round 31d)', () => {
  it('the value reached before it is no forecast', () => {
    for (const [s, n] of [
      ['Quy mô thị trường thanh toán số khoảng 130.000 tỷ đồng (tương đương 5,2 tỷ USD) năm 2024, và dự báo sẽ đạt 7 tỷ USD vào năm 2026.', '5,2'],
      ['Theo dự báo, số người dùng ví điện tử đạt 40 triệu năm 2024, sẽ tăng lên 55 triệu vào năm 2027.', '40 triệu'],
    ]) expect(isForecast(s!, at(s!, n!)), s).toBe(false);
  });
  it('the figure after the "sẽ", or one before a "sẽ" of its own clause, is', () => {
    const s = 'Quy mô thị trường thanh toán số khoảng 130.000 tỷ đồng năm 2024, và dự báo sẽ đạt 7 tỷ USD vào năm 2026.';
    expect(isForecast(s, at(s, '7 tỷ'))).toBe(true);
    expect(isForecast('Theo dự báo, khoảng 30 triệu người dùng sẽ mua sắm qua mạng xã hội.', 9)).toBe(true);
  });
});
