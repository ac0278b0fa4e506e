import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe("a weekly report's numbered week is no count (round 49)", () => {
  it.each(['THÔNG TIN DOANH NGHIỆP ĐĂNG KÝ TUẦN 26/2024 (Từ ngày 24/6 - 28/6/2024)', 'So với tuần thứ 25/2024, số doanh nghiệp tăng 12%.'])('%s', (s) => {
    expect(texts(s).filter((t) => t.startsWith('2') && t.includes('/'))).toEqual([]);
  });
  it('keeps a count with a year-sized whole', () => {
    expect(texts('Đã có 26/2024 hồ sơ được giải quyết.')).toContain('26/2024');
    expect(texts('Trong tuần 26/2024 có 3.502 doanh nghiệp thành lập mới.')).toContain('3.502');
  });
});
