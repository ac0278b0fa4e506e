import { describe, expect, it } from 'vitest';
import { isListedGroupSize } from '../../../scripts/ingest/structure';
import { claimOf } from '../../support/metrics-of';

/** Whether the count `n` of `s` sizes the group listed with it. */
const listed = (s: string, n: string) => isListedGroupSize(s.slice(0, s.indexOf(n)), s.slice(s.indexOf(n) + n.length), Number(n));

describe('those still left, then named (round 48)', () => {
  it('are a tally of laggards, a claim', () => {
    const s = 'Đến hết ngày 26/6/2022 vẫn còn 3 cục thuế có tỷ lệ dưới mức 99% gồm Bắc Kạn, Hà Giang và Tiền Giang.';
    expect(listed(s, '3')).toBe(false);
    expect(listed('Toàn tỉnh còn lại 2 xã chưa có sóng gồm Xã A và Xã B.', '2')).toBe(false);
    expect(claimOf(s, '3', 2022)).toMatchObject({ value: 3, status: 'actual' });
  });
  it('while a group named with its size stays a size', () => {
    expect(listed('Việt Nam là một trong 3 quốc gia (gồm: Lào, Campuchia và Việt Nam) tham gia.', '3')).toBe(true);
    expect(listed('Có 3 cục thuế dẫn đầu gồm Hà Nội, Huế và Đà Nẵng.', '3')).toBe(true);
  });
});
