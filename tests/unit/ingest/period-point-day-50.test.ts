import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { claimOf } from '../../support/metrics-of';

describe('a balance-sheet day written without "ngày" (round 50)', () => {
  const lead = 'Theo báo cáo tài chính bán niên, tập đoàn ghi nhận doanh thu thuần đạt 26.365 tỷ đồng, tăng hơn 6% so với cùng kỳ năm 2023.';
  it.each(['Tại thời điểm 30/6, tổng tài sản của tập đoàn tăng 3% lên 108.426 tỷ đồng.', 'Đến 30/6, tổng tài sản của tập đoàn tăng 3% lên 108.426 tỷ đồng.'])('%s', (s) => {
    expect(claimOf([lead, s].join(' // '), '108.426').period).toBe('2024-06-30');
  });
  it('a bare "30/6" elsewhere stays no date (a fraction, a range\'s end)', () => {
    expect(findDates('Tỉnh có 30/6 xã đạt chuẩn.')).toEqual([]);
    expect(findDates('Số điểm tăng từ 20 đến 30/6 điểm.')).toEqual([]);
  });
});

describe('a bracket that closes its sentence on the day counted at (round 50)', () => {
  it('dates the figures before it that have no period of their own', () => {
    const s = 'Số người khám, chữa bệnh BHYT qua CCCD gắn chip mới đạt khoảng 4,36% trên tổng số hơn 110 triệu lượt người khám, chữa bệnh (tính đến ngày 18-11-2022).';
    expect(claimOf(s, '4,36').period).toBe('2022-11-18');
    expect(claimOf(s, '110').period).toBe('2022-11-18');
  });
  it('not a deadline\'s bracket that goes on past its day, nor a bracket inside the sentence', () => {
    const deadline = 'Có 1,15 triệu thuê bao bị tạm dừng dịch vụ 2 chiều (đến ngày 15/5/2023, các thuê bao không chuẩn hoá sẽ bị thu hồi).';
    expect(claimOf(deadline, '1,15').period).not.toBe('2023-05-15');
    const inside = 'Tỉnh đạt 95% (tính đến ngày 30/6/2024) và phấn đấu cả năm đạt 98%.';
    expect(claimOf(inside, '98').period).not.toBe('2024-06-30');
  });
});
