import { describe, expect, it } from 'vitest';
import { isTarget } from '../../../scripts/ingest/status';
import { claimOf } from '../../support/metrics-of';

/** Whether the figure `n` of `s` is stated as a goal. */
const goal = (s: string, n: string) => isTarget(s, s.indexOf(n), undefined, 2024);

describe('an aim at a figure: "hướng đến 100% …" (round 48)', () => {
  const s = 'Toàn huyện hướng đến 100% thủ tục hành chính đủ điều kiện lên cổng trực tuyến, 90% hồ sơ cấp huyện và 70% hồ sơ cấp xã được xử lý trên môi trường mạng.';
  it('makes it and the rest of its clause goals', () => {
    for (const n of ['100%', '90%', '70%']) expect(goal(s, n), n).toBe(true);
    expect(goal('Tỉnh hướng tới mức 95% người dân có tài khoản thanh toán.', '95%')).toBe(true);
    expect(claimOf(s, '70%', 2024).status).toBe('target');
  });
  it('not a direction with no figure after it', () => {
    expect(goal('Xây dựng chính quyền điện tử hướng tới chính quyền số, đến nay tỷ lệ dịch vụ công của tỉnh là 100%.', '100%')).toBe(false);
    expect(goal('Tỉnh hướng đến hình thành kho dữ liệu của 26 cơ quan, đơn vị.', '26')).toBe(false);
  });
});
