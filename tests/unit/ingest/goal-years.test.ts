import { describe, expect, it } from 'vitest';
import { goalYears, isGoalYearFigure } from '../../../scripts/ingest/goal-years';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { claimOf } from '../../support/metrics-of';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** The metrics of an undated page's `paragraphs`, by their text (the first of each). */
function read(paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}

/** Where `needle` starts in `s`. */
const at = (s: string, needle: string) => s.indexOf(needle);

describe("an undated page's goal years", () => {
  it('takes deadlines and span ends from sentences with a goal word and no result', () => {
    expect(goalYears(['Theo định hướng tới năm 2026, mạng lõi được nâng cấp.'])).toEqual([2026]);
    expect(goalYears(['Đây là chỉ tiêu tỉnh cần hoàn thành vào năm 2027.'])).toEqual([2027]);
    expect(goalYears(['Chương trình giai đoạn 2022 – 2026 nêu các mục tiêu sau:'])).toEqual([2026]);
    expect(goalYears(['Phấn đấu đến 2030, mọi xã có trạm 5G.'])).toEqual([2030]);
    expect(goalYears(['Mục tiêu của tỉnh là tới cuối năm 2028 hoàn thành số hóa.'])).toEqual([2028]);
  });

  it('takes none from results, from sentences without a goal word, nor from a decision\'s date', () => {
    expect(goalYears(['Tỉnh đã đạt mục tiêu đến năm 2020 trước hạn.'])).toEqual([]);
    expect(goalYears(['Đến cuối năm 2026, tỷ lệ này chỉ đạt 40%, trong khi mục tiêu là 50%.'])).toEqual([]);
    expect(goalYears(['Đến năm 2019, toàn tỉnh có 300 trạm.'])).toEqual([]);
    expect(goalYears(['Mục tiêu nêu trong Quyết định ngày 12/3/2021 của Bộ.'])).toEqual([]);
  });
});

describe('a figure dated to a goal year on an undated page', () => {
  const years = [2027];
  it('is a goal when its sentence opens on the deadline, with or without "năm"', () => {
    const s = 'Đến năm 2027, cáp quang phủ tới 95% thôn, trên 70% hộ gia đình; 60% doanh nghiệp dùng hóa đơn điện tử.';
    expect(isGoalYearFigure(s, at(s, '95%'), years)).toBe(true);
    expect(isGoalYearFigure(s, at(s, '60%'), years)).toBe(true);
    const h = 'Đến 2027, 90% người dân có chữ ký số';
    expect(isGoalYearFigure(h, at(h, '90%'), years)).toBe(true);
    const c = 'Tới cuối năm 2027, 90% người dân có chữ ký số';
    expect(isGoalYearFigure(c, at(c, '90%'), years)).toBe(true);
  });

  it('is a goal when its clause names the deadline after it', () => {
    const s = 'Dịch vụ dữ liệu trong nước sẽ chiếm 60% thị phần vào năm 2027.';
    expect(isGoalYearFigure(s, at(s, '60%'), years)).toBe(true);
  });

  it('is no goal for another year, with no goal years, or when its clause says it is done', () => {
    const s = 'Đến năm 2023, cáp quang phủ tới 95% thôn.';
    expect(isGoalYearFigure(s, at(s, '95%'), years)).toBe(false);
    const t = 'Đến năm 2027, cáp quang phủ tới 95% thôn.';
    expect(isGoalYearFigure(t, at(t, '95%'), [])).toBe(false);
    const d = 'Đến năm 2027, tỉnh đã phủ cáp quang tới 95% thôn.';
    expect(isGoalYearFigure(d, at(d, '95%'), years)).toBe(false);
    const o = 'Đến năm 2027, cáp quang mới đạt 65% thôn.';
    expect(isGoalYearFigure(o, at(o, '65%'), years)).toBe(false);
  });
});

describe('goals of an undated plan page, read whole', () => {
  it('marks the figures after a deadline the page names as a goal\'s', () => {
    const m = read([
      'Đây là nhiệm vụ mà Sở đặt ra và cần hoàn thành vào năm 2027.',
      'Theo định hướng đến năm 2027, hạ tầng số được nâng cấp toàn diện.',
      'Đến năm 2027, sóng 5G phủ 85% dân số; 75% hộ gia đình dùng cáp quang.',
    ]);
    expect(m['85%']?.status).toBe('target');
    expect(m['75%']?.status).toBe('target');
    expect(m['85%']?.period?.iso).toBe('2027');
  });

  it('keeps a history on an undated page a result, even with a bracket after its year', () => {
    const m = read(['Đến năm 2005, mạng có khoảng 2 triệu thuê bao (khoảng 3% dân số), năm 2010 là gần 15 triệu thuê bao (chiếm 18% dân số).']);
    expect(m['3%']?.status).toBe('actual');
    expect(m['15 triệu']?.status).toBe('actual');
    expect(m['18%']?.status).toBe('actual');
  });
});

describe('isGoalYearFigure: a later goal\'s deadline in the clause is not the figure\'s (round 26a)', () => {
  it('reads the deadline after a goal word of its own as that goal\'s', () => {
    const s = 'Trong quý I, số thuê bao là 120.000 và mục tiêu đến cuối năm 2025 là 150.000.';
    expect(isGoalYearFigure(s, s.indexOf('120.000'), [2025])).toBe(false);
    expect(isGoalYearFigure(s, s.indexOf('150.000'), [2025])).toBe(true);
    const t = 'Dịch vụ số chiếm 70% thị phần vào năm 2025.';
    expect(isGoalYearFigure(t, t.indexOf('70'), [2025])).toBe(true);
  });
});

describe('a goal year named only by a later clause\'s own forecast (round 31d)', () => {
  const years = [2030];
  it('does not date the figure reached before it', () => {
    for (const [s, n] of [
      ['Với quy mô đạt 25 tỷ USD năm 2024, thị trường được dự báo sẽ đạt 60 tỷ USD vào năm 2030.', '25 tỷ'],
      ['Năm 2024 có 12 triệu hộ dùng cáp quang, kỳ vọng sẽ lên 20 triệu hộ vào năm 2030.', '12 triệu'],
    ]) expect(isGoalYearFigure(s!, at(s!, n!), years), s).toBe(false);
  });
  it('still dates the figure of that clause, or one whose own clause names the year', () => {
    const s = 'Với quy mô đạt 25 tỷ USD năm 2024, thị trường được dự báo sẽ đạt 60 tỷ USD vào năm 2030.';
    expect(isGoalYearFigure(s, at(s, '60 tỷ'), years)).toBe(true);
    expect(isGoalYearFigure('Tỉnh có 80% xã có trạm 5G vào năm 2030.', 7, years)).toBe(true);
  });
  it('on a page: the earlier figure stays a result', () => {
    const m = read(['Với quy mô đạt 25 tỷ USD năm 2024, thị trường được dự báo sẽ đạt 60 tỷ USD vào năm 2030.', 'Chính phủ cũng đặt mục tiêu 70% dân số mua sắm trực tuyến giai đoạn 2026-2030.']);
    expect(m['25 tỷ USD']!.status).toBe('actual');
  });
});

describe('a goal met names no goal year (round 31g)', () => {
  it('"đạt / hoàn thành mục tiêu (đề ra)" closing a clause or a bracket reports a result', () => {
    expect(goalYears(['Đến hết năm 2024, tỉnh có 320 xã đạt chuẩn (đạt mục tiêu đề ra tại Nghị quyết của Tỉnh ủy).'])).toEqual([]);
    expect(goalYears(['Tính đến cuối năm 2023, doanh thu đạt 900 tỷ đồng, hoàn thành kế hoạch được giao.'])).toEqual([]);
    expect(goalYears(['Đến năm 2025, 80% hộ dân dùng cáp quang, đạt các chỉ tiêu.'])).toEqual([]);
  });
  it('a goal still aimed at keeps its year', () => {
    expect(goalYears(['Tỉnh phấn đấu đạt mục tiêu đến năm 2027 có 1.000 doanh nghiệp số.'])).toEqual([2027]);
    expect(goalYears(['Để đạt mục tiêu đề ra đến năm 2026, tỉnh cần thêm 200 trạm.'])).toEqual([2026]);
  });
  it('leaves the figures of an undated page actual', () => {
    expect(claimOf('Đến cuối năm 2023, cả nước có 1,5 triệu người tham gia, đạt tỷ lệ 40% (đạt mục tiêu đề ra tại Nghị quyết 01).', '40%').status).toBe('actual');
  });
});
