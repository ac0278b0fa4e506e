import { describe, expect, it } from 'vitest';
import { atSameTime } from '../../../scripts/ingest/period-meanwhile';
import { claimOf } from '../../support/metrics-of';

describe('a paragraph that opens on the same time as the one before (round 31d)', () => {
  it('reads "Trong khi đó", "Cùng lúc đó", "Cũng trong thời gian này" as the same time', () => {
    for (const p of ['Trong khi đó, tỷ lệ hộ dùng truyền hình số đã vượt 35%.', 'Trong khi đó tốc độ di động tăng 4%.', 'Cùng lúc đó, số thuê bao 5G đạt 2 triệu.', 'Cũng trong thời gian này, 40 xã có wifi.', 'Song song đó, 12 trạm được lắp.']) {
      expect(atSameTime(p), p).toBe(true);
    }
  });
  it('not "Bên cạnh đó", "Sau đó", nor "trong khi đó" inside a paragraph', () => {
    for (const p of ['Bên cạnh đó, 40 xã có wifi.', 'Sau đó, số thuê bao tăng 3%.', 'Số thuê bao tăng 3%, trong khi đó cước giảm.']) expect(atSameTime(p), p).toBe(false);
  });
  it('on a dated page, such a paragraph takes the period of the one before', () => {
    const before = 'Theo khảo sát, trong năm 2025, cả nước có 12 triệu hộ dùng cáp quang.'; // round 45: not "tính đến năm 2025", a point that frames the paragraphs after it (period-point.ts)
    expect(claimOf(`${before} // Trong khi đó, tỷ lệ hộ dùng truyền hình số đã vượt 35%.`, '35%', 2025).period).toBe('2025');
    expect(claimOf(`${before} // Cùng lúc đó, tỷ lệ hộ dùng truyền hình số đã vượt 35%.`, '35%', 2025).period).toBe('2025');
    expect(claimOf(`${before} // Bên cạnh đó, tỷ lệ hộ dùng truyền hình số đã vượt 35%.`, '35%', 2025).period).toBeNull();
  });
});

describe('a paragraph that points back at the result before (round 32)', () => {
  it('reads "mức tăng trưởng này", "kết quả trên", "con số này" in its first clause as the same time', () => {
    for (const p of ['Theo ngân hàng, mức tăng trưởng này chủ yếu nhờ tín dụng bán lẻ tăng 14%.', 'Kết quả trên có đóng góp của 3 khu công nghiệp mới.', 'Con số này cao gấp 2 lần bình quân cả nước.', 'Đà tăng đó đến từ xuất khẩu điện thoại.']) {
      expect(atSameTime(p), p).toBe(true);
    }
  });
  it('not a result named later in the paragraph, nor another noun', () => {
    for (const p of ['Năm 2025, doanh thu tăng 8%, và kết quả này vượt kế hoạch.', 'Mức tăng lương tối thiểu vùng là 6%.', 'Kết quả khảo sát cho thấy 70% doanh nghiệp dùng điện toán đám mây.']) expect(atSameTime(p), p).toBe(false);
  });
  it('on a dated page, its figures take the period of the paragraph before', () => {
    const before = 'Năm 2025, doanh thu của ngân hàng tăng 12,6% so với năm 2024.';
    expect(claimOf(`${before} // Theo ngân hàng, mức tăng trưởng này chủ yếu nhờ tín dụng bán lẻ tăng 14%.`, '14%', 2026).period).toBe('2025');
    expect(claimOf(`${before} // Theo ngân hàng, tín dụng bán lẻ tăng 14%.`, '14%', 2026).period).toBeNull();
  });
});

describe('a paragraph that breaks down the total before (round 38)', () => {
  it('reads "Trong đó," opening a paragraph as the same time, not "trong đó" inside one nor "Trong đó có" without a comma', () => {
    expect(atSameTime('Trong đó, 3.120 giao dịch được thanh toán qua mã QR.')).toBe(true);
    expect(atSameTime('  trong đó , khối doanh nghiệp chiếm 41%.')).toBe(true);
    for (const p of ['Số thuê bao tăng 3%, trong đó, thuê bao 5G tăng 9%.', 'Trong đó có 12 xã vùng cao.', 'Trong đợt này, 40 xã có wifi.']) expect(atSameTime(p), p).toBe(false);
  });
  it('on a dated page, its parts take the period of the total before', () => {
    const total = 'Trong tháng 8 năm 2024, các huyện đã nhận 9.412 đơn đăng ký qua mạng.';
    expect(claimOf(`${total} // Trong đó, có 3.120 đơn nộp qua ứng dụng di động.`, '3.120', 2024).period).toBe('2024-08');
    expect(claimOf(`${total} // Ngoài ra, có 3.120 đơn nộp qua ứng dụng di động.`, '3.120', 2024).period).toBeNull();
  });
});

