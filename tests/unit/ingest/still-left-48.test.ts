import { describe, expect, it } from 'vitest';
import { isListedGroupSize } from '../../../scripts/ingest/structure';
import { claimOf, metricOf } from '../../support/metrics-of';

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

describe('a place in a ranking before the names that hold it (round 48)', () => {
  it('is a rank, not the list\'s size', () => {
    expect(listed('Đà Nẵng đứng thứ 2: hạ tầng số và hoạt động xã hội số.', '2')).toBe(false);
    expect(metricOf('Đà Nẵng đứng thứ 2: hạ tầng số và hoạt động xã hội số.', '2', 2023)).toMatchObject({ unit: 'rank', value: 2 });
    expect(listed('Tỉnh có 2 đơn vị dẫn đầu: Sở Tư pháp và Sở Nội vụ.', '2')).toBe(true);
  });
});
