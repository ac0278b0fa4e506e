import { describe, expect, it } from 'vitest';
import { isFuture } from '../../../scripts/ingest/status';

const future = (s: string, n: string) => isFuture(s, s.indexOf(n));

describe('isFuture: "sẽ" after a number reported done first', () => {
  it('a number passed ("đã") before a later item\'s "sẽ" is a result', () => {
    const s = 'Quốc hội đã xem xét 12 luật, 4 nghị quyết đã được thông qua và 6 luật khác sẽ được trình tiếp.';
    expect(future(s, '12 luật')).toBe(false);
    expect(future(s, '4 nghị quyết')).toBe(false);
  });
  it('the item the "sẽ" belongs to, or a number before "sẽ" alone, is to come', () => {
    const s = 'Quốc hội đã thông qua 12 luật, và 6 luật khác sẽ được trình tiếp.';
    expect(future(s, '6 luật')).toBe(true);
    expect(future('Khoảng 70% doanh nghiệp sẽ dùng nền tảng số; 40% hộ dân có cáp quang.', '70%')).toBe(true);
  });
});
