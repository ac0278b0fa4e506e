import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a draft plan\'s proposals are goals (round 50)', () => {
  it('"Tại dự thảo Đề án …, Bộ … đề xuất …" opens a frame over the figures after it', () => {
    const page = 'Tại dự thảo Đề án chuyển đổi số doanh nghiệp trình Thủ tướng, Bộ KH-CN đề xuất 3 chương trình hỗ trợ. // Một số nội dung đáng chú ý có thể kể như hỗ trợ 50.000 DNNVV có hoạt động đổi mới sáng tạo, 5.000 doanh nghiệp công nghệ chuyên biệt.';
    expect(claimOf(page, '50.000').status).toBe('target');
    expect(claimOf(page, '5.000').status).toBe('target');
  });
  it('a proposal with no plan named opens none', () => {
    const page = 'Sở Tài chính đề xuất UBND tỉnh bổ sung kinh phí. // Năm 2024, tỉnh đã hỗ trợ 500 doanh nghiệp.';
    expect(claimOf(page, '500', 2024).status).toBe('actual');
  });
});

describe('a plan abbreviated in a bracket (round 50)', () => {
  it('"(KH tăng 9,9%)" is the year\'s plan', () => {
    const s = 'Trong quý I/2025, tổng lượt khách ước đạt hơn 2,5 triệu lượt, tăng 19,2% so với cùng kỳ 2024 (KH tăng 9,9%).';
    expect(claimOf(s, '9,9')).toMatchObject({ status: 'target', period: '2025' });
    expect(claimOf('Tỉnh có 12 khu (KHCN 5 khu).', '5').status).not.toBe('target');
  });
});
