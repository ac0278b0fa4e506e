import { describe, expect, it } from 'vitest';
import { impliedUnit } from '../../../scripts/ingest/implied-units';
import { findNumbers } from '../../../scripts/ingest/numbers';

const read = (s: string) => findNumbers(s).map((m) => `${m.text} ${m.value} ${m.unit}/${m.kind}`);

describe('impliedUnit: a rank move in places', () => {
  it.each([
    ['Việt Nam giảm 7 vị trí so với năm trước.', ['7 vị trí -7 rank/rank-change']],
    ['tỉnh tăng thêm 3 vị trí trên bảng xếp hạng', ['3 vị trí 3 rank/rank-change']],
  ])('%j', (s, want) => {
    expect(read(s)).toEqual(want);
  });
  it('not a place named or a count of places', () => {
    expect(read('có 5 vị trí việc làm mới')).toEqual(['5 5 count/count']);
    const s = 'giảm 2 vị trí thứ';
    expect(impliedUnit(s, 'giảm ', s.indexOf('2') + 1, 0)).toBeUndefined();
  });
});

describe('impliedUnit: an amount in thousands of billions without currency', () => {
  it('is đồng in a sentence that counts in đồng', () => {
    expect(read('Thu ngân sách ước đạt 12,5 nghìn tỷ, tăng 9%; chi thường xuyên 8 nghìn tỷ đồng.').slice(0, 1)).toEqual(['12,5 nghìn tỷ 12500000000000 VND/money']);
  });
  it.each([
    'Số giao dịch ước đạt 12,5 nghìn tỷ, tăng 9%.', // no đồng in the sentence, no money flow named (round 22: 'thu ngân sách' names one)
    'Doanh thu đạt 2 nghìn tỷ, khoảng 80 triệu USD, và 3 tỷ đồng lãi.', // dollars too
    'Có 12,5 nghìn tỷ đồng vốn và 3 nghìn tỷ lượt truy cập.', // counts something
  ])('%j keeps it a count', (s) => {
    expect(read(s).find((x) => x.includes('nghìn tỷ ') && !x.includes('đồng'))).toMatch(/count\/count$/u);
  });
});
