import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';

describe('a point in time after "Cũng theo …," opens the report the next paragraphs go on with (round 49)', () => {
  const next = 'Số lượng thuê bao băng rộng di động ước đạt 85,79 triệu, tăng 14% so với cùng kỳ.';
  it.each([
    'Cũng theo Bộ Thông tin và Truyền thông, tính đến hết tháng 2/2023, cả nước có 21,78 triệu thuê bao băng rộng cố định.',
    'Đồng thời theo Cục Viễn thông, đến cuối tháng 2/2023, cả nước có 21,78 triệu thuê bao băng rộng cố định.',
    'Theo Bộ Thông tin và Truyền thông, tính đến hết tháng 2/2023, cả nước có 21,78 triệu thuê bao băng rộng cố định.',
  ])('%s', (lead) => {
    expect(claimOf(`${lead} // ${next}`, '85,79 triệu').period).toBe('2023-02');
  });
  it('not a point in the middle of a clause', () => {
    expect(claimOf(`Cũng theo Bộ, số thuê bao cố định tính đến hết tháng 2/2023 đạt 21,78 triệu. // ${next}`, '85,79 triệu').period).toBeNull();
  });
});
