/**
 * Round 53 (session 36): a plan whose verbs are listed with a comma ("có kế hoạch bồi dưỡng, tập huấn … cho 5.000 lượt"), on an English page
 * a goal set by "striving to" or "the goal is to", a month's deadline ("by June 2024"), and a cut with its object before "by".
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates-find';
import { claimOf, englishMetricOf } from '../../support/metrics-of';

describe('a plan with its verbs listed', () => {
  it.each([
    ['Năm 2023, Sở Nội vụ có kế hoạch bồi dưỡng, tập huấn kỹ năng số cho tối thiểu 5.000 lượt công chức.', '5.000'],
    ['Tỉnh dự định nâng cấp, mở rộng mạng lưới tới 120 điểm truy cập công cộng.', '120'],
  ])('reads the figure a plan announces as a goal: %s', (text, n) => {
    expect(claimOf(text, n, 2023).status).toBe('target');
  });

  it('keeps a figure reported done after the plan a result', () => {
    expect(claimOf('Tỉnh có kế hoạch mở rộng, đến nay đã lắp đặt 120 điểm truy cập công cộng.', '120', 2023).status).toBe('actual');
  });
});

describe('English goals', () => {
  it('reads a figure after "striving to" as a goal, dated by its month', () => {
    const m = englishMetricOf('The ministry keeps upgrading the app, striving to issue 25 million digital signatures by September 2024.', '25 million', 2024);
    expect(m.status).toBe('target');
    expect(m.period?.iso).toBe('2024-09');
    expect(m.period?.precision).toBe('month');
  });

  it('reads every figure of "The goal is to …" as a goal', () => {
    const text = 'The goal is to have 70 per cent of households using e-wallets, connect 5,000 schools and achieve a minimum 85 per cent satisfaction rate.';
    expect(englishMetricOf(text, '70 per cent', 2024).status).toBe('target');
    expect(englishMetricOf(text, '85 per cent', 2024).status).toBe('target');
  });

  it.each([
    ['The scheme sets out many goals such as 75% of adults holding an account at a bank.', '75%'],
    ['The licence lets the operator fulfil its ambition of bringing 5G to 95 per cent of districts by 2028.', '95 per cent'],
  ])('reads a goal named as goals "such as" or an ambition: %s', (text, n) => {
    expect(englishMetricOf(text, n, 2024).status).toBe('target');
  });

  it.each([
    ['The operator will expand the centre to 2,400 racks by 2027.', '2,400', 'target'],
    ['The ministry targeted 80,000 digital firms by 2026.', '80,000', 'target'],
    ['According to the industry report, the market will reach US$9 billion in 2026.', '9 billion', 'estimate'],
    ['The bank anticipates that card payments will grow 14 per cent next year.', '14 per cent', 'estimate'],
    ['The city will have 40 service points, and it has opened 25 so far.', '25', undefined],
  ])('reads "will" and "targeted": %s', (text, n, status) => {
    expect(englishMetricOf(text, n, 2025).status).toBe(status ?? 'actual');
  });

  it('keeps a deadline year a year', () => {
    expect(englishMetricOf('The city aims to connect 5,000 schools by 2026.', '5,000', 2024).period?.iso).toBe('2026');
  });
});

describe('an English cut with its object before "by"', () => {
  it.each([
    ['The plan will reduce paperwork for businesses by at least 30 per cent.', '30 per cent'],
    ['The province cut processing times by 40% last year.', '40%'],
  ])('signs it down: %s', (text, n) => {
    expect(englishMetricOf(text, n, 2024).value).toBeLessThan(0);
  });

  it('leaves a rise by its size up', () => {
    expect(englishMetricOf('Online payments increased by at least 30 per cent.', '30 per cent', 2024).value).toBe(30);
  });
});

describe('ranks given in turn to names after them', () => {
  it('keeps the second rank when the names after it happen to number as many', () => {
    const text = 'Sở Tư pháp dẫn đầu khối sở, ngành; xếp thứ 2 và thứ 3 lần lượt là Sở Giáo dục và Đào tạo, Sở Y tế.';
    expect(claimOf(text, '3', 2024)).toMatchObject({ value: 3, unit: 'rank' });
  });

  it('still skips a count of things named right after it', () => {
    expect(() => claimOf('Khách hàng có thể thanh toán qua 3 nhà mạng Viettel, VNPT và MobiFone.', '3', 2024)).toThrow(/no metric/u);
  });
});

describe('a span of days whose first day leaves its year to the last', () => {
  it.each([
    ['Trong giai đoạn từ 1/7 đến 26/11/2025, xã tiếp nhận 8.930 hồ sơ.', '2025-07-01', '2025-11-26'],
    ['Từ 15/3 đến ngày 20/6/2024, tỉnh cấp 4.500 chữ ký số.', '2024-03-15', '2024-06-20'],
    ['Từ 1/11 đến 15/2/2025, tỉnh cấp 4.500 chữ ký số.', '2024-11-01', '2025-02-15'],
  ])('reads its first day as the start: %s', (text, start, end) => {
    const d = findDates(text)[0]!;
    expect([d.iso, d.precision, d.isoEnd]).toEqual([start, 'day', end]);
  });

  it('keeps a whole month a month', () => {
    expect(findDates('Từ 1/9 đến 30/9/2024, tỉnh cấp 4.500 chữ ký số.')[0]).toMatchObject({ iso: '2024-09', precision: 'month' });
  });

  it('does not read a count from … to … as days', () => {
    expect(findDates('Số hồ sơ tăng từ 3/4 đến 5/6 tổng số.')).toEqual([]);
  });
});

describe('an earlier year\'s value in a bracket some words after the claim', () => {
  it('is the claim\'s baseline', () => {
    const text = 'Cả nước có 812.400 hồ sơ đăng ký trực tuyến trên hệ thống của Bộ (năm 2023 là 790.115).';
    expect(claimOf(text, '790.115', 2024)).toMatchObject({ status: 'baseline', period: '2023' });
    expect(claimOf(text, '812.400', 2024).status).toBe('actual');
  });
});

describe('a cut or a fall with its floor', () => {
  it.each([
    ['Tỉnh bảo đảm cắt giảm ít nhất 25% thời gian giải quyết hồ sơ.', '25%'],
    ['Chi phí tuân thủ phải giảm tối thiểu 15% so với năm 2023.', '15%'],
  ])('signs the share down: %s', (text, n) => {
    expect(claimOf(text, n, 2024).value).toBeLessThan(0);
  });

  it('leaves a count of things cut a count', () => {
    expect(claimOf('Bộ cắt giảm tối thiểu 85 thủ tục hành chính.', '85', 2024).value).toBe(85);
  });
});

describe('a report of the first half before the tasks of the second half of a stated year', () => {
  it.each([
    ['Hội nghị sơ kết 6 tháng đầu năm, định hướng nhiệm vụ 6 tháng cuối năm 2023 của Sở', '2023-01'],
    ['Báo cáo kết quả 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024', '2024-01'],
    ['Sơ kết 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025', '2025-01'],
  ])('gives the first half that year: %s', (text, iso) => {
    expect(findDates(text)[0]).toMatchObject({ iso, precision: 'half' });
    expect(findDates(text)[0]?.yearMissing).toBeUndefined();
  });

  it('leaves a first half beside another year\'s figures yearless', () => {
    expect(findDates('6 tháng đầu năm, doanh thu tăng 12% so với 6 tháng cuối năm 2023')[0]?.yearMissing).toBe(true);
  });
});

describe('an English page\'s ranks spelled in words reach its metrics', () => {
  it('reads "ranked second" as a rank and "rose four ranks" as a move', () => {
    const text = 'Hanoi ranked second out of 63 provinces in 2024, and Hue rose four ranks.';
    expect(englishMetricOf(text, 'second', 2024)).toMatchObject({ value: 2, unit: 'rank' });
    expect(englishMetricOf(text, 'four', 2024)).toMatchObject({ value: 4, unit: 'rank' });
  });

  it('leaves a Vietnamese reading of English words alone', () => {
    expect(() => englishMetricOf('Hanoi ranked second out of 63 provinces.', 'second', 2024, false)).toThrow(/no metric/u);
  });
});

describe('a range joined by "to" and ten thousands in "vạn"', () => {
  it('reads "12 to 18% per year" as one range of percents on an English page', () => {
    expect(englishMetricOf('Online sales are set to grow by 12 to 18% per year.', '12 to 18%', 2024)).toMatchObject({ value: 12, valueMax: 18, unit: 'percent' });
  });

  it('keeps "from 12 to 18%" a move, its start a number of its own', () => {
    expect(englishMetricOf('The share rose from 12 to 18% last year.', '18%', 2024).value).toBe(18);
    expect(englishMetricOf('The share rose from 12 to 18% last year.', '12', 2024).text).toBe('12');
  });

  it('reads "vạn" as ten thousand', () => {
    expect(claimOf('Tổng công ty có hơn 3 vạn lao động trên cả nước.', '3 vạn', 2024).value).toBe(30000);
  });
});
