import { describe, expect, it } from 'vitest';
import { pageContext } from '../../../scripts/ingest/metric-context';
import type { Segment } from '../../../scripts/ingest/segment';

const page = (...texts: string[]): Segment[] => texts.map((text, i) => ({ text, offset: i * 1000 }));
const base = { indicators: [], topics: [], fallbackTopic: 'chuyen-doi-so' };

describe('pageContext', () => {
  it('reads the top two paragraphs, lowercased, as the lead', () => {
    const ctx = pageContext(page('Tiêu Đề Bài', 'Đoạn Mở Đầu.', 'Đoạn ba.'), base);
    expect(ctx.lead).toBe('tiêu đề bài đoạn mở đầu.');
  });

  it("decides once that a commune's own page is local", () => {
    const ctx = pageContext(page('UBND xã Hòa Bình triển khai kế hoạch chuyển đổi số.', 'Toàn xã phấn đấu 90% hộ có điện thoại thông minh.'), base);
    expect(ctx.local).toBe(true);
  });

  it('leaves a national page neither local nor a provincial plan', () => {
    const ctx = pageContext(page('Cả nước có 80 triệu tài khoản định danh điện tử.', 'Bộ Công an cho biết số tài khoản tăng nhanh.'), base);
    expect(ctx.local).toBe(false);
    expect(ctx.provincialPlan).toBe(false);
  });

  it("keeps the caller's own provincialPlan", () => {
    expect(pageContext(page('Cả nước có 80 triệu tài khoản.'), { ...base, provincialPlan: true }).provincialPlan).toBe(true);
  });

  it('reads goal years only on an undated page, and starts with no reported plan spans', () => {
    const undated = pageContext(page('Đến năm 2030, tỉnh phấn đấu kinh tế số chiếm 30% GRDP.'), base);
    const dated = pageContext(page('Đến năm 2030, tỉnh phấn đấu kinh tế số chiếm 30% GRDP.'), { ...base, articleYear: 2024 });
    expect(undated.goalYears).toContain(2030);
    expect(dated.goalYears).toEqual([]);
    expect(undated.planSpans.size).toBe(0);
  });
});
