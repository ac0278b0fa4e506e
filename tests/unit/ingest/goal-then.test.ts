import { describe, expect, it } from 'vitest';
import { thenFrame } from '../../../scripts/ingest/goal-then';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { LEXICON, segments } from './metrics-support';

const GOAL = 'Phấn đấu đến năm 2030, thành phố hoàn thành xây dựng chính quyền số.';

describe('thenFrame', () => {
  it('opens on "Khi đó," / "Lúc đó," / "Đến lúc đó," after a goal toward a horizon', () => {
    for (const s of ['Khi đó, 95% hồ sơ được xử lý trực tuyến.', 'Lúc đó, 80% hộ dùng cáp quang.', 'Đến lúc đó, 70% xã có wifi.', 'Khi ấy, 60% dân số có tài khoản.']) {
      expect(thenFrame(s, GOAL, 2024)?.horizon?.iso, s).toBe('2030');
    }
    expect(thenFrame('Khi đó, 90% thủ tục được số hóa.', 'Mục tiêu tới hết năm 2027, tỉnh có chính quyền số.')?.horizon?.iso).toBe('2027');
  });
  it('not after a result, a past horizon, a sentence with no goal word, or without "then" opening it', () => {
    expect(thenFrame('Khi đó, tỷ lệ phủ sóng chỉ 60%.', 'Năm 2020, tỉnh có 50 trạm phát sóng.', 2024)).toBeUndefined();
    expect(thenFrame('Khi đó, tỷ lệ phủ sóng 60%.', 'Đến năm 2030, tỉnh đã hoàn thành mục tiêu.', 2024)).toBeUndefined();
    expect(thenFrame('Khi đó, tỷ lệ phủ sóng 60%.', 'Phấn đấu đến năm 2022, tỉnh phủ sóng toàn bộ.', 2024)).toBeUndefined();
    expect(thenFrame('Tỷ lệ phủ sóng khi đó là 60%.', GOAL, 2024)).toBeUndefined();
  });
  it('makes the figures of the sentence goals of the horizon, in every ;-item', () => {
    const got = extractMetrics(segments([GOAL, 'Khi đó, 95% hồ sơ được xử lý trực tuyến; 80% đối với cấp xã.']), { ...LEXICON, fallbackTopic: 'chi-dao-dieu-hanh' });
    expect(got.map((m) => [m.text, m.status, m.period?.iso])).toEqual([['95%', 'target', '2030'], ['80%', 'target', '2030']]);
  });
});
