import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { eventNames, isEventNameYear } from '../../../scripts/ingest/period-event-name';
import { claimOf } from '../../support/metrics-of';

/** Whether the first date of `s` written `year` is an event's name's year, with the page's `names`. */
const nameYear = (s: string, year: string, names: ReadonlySet<string> = new Set()) => isEventNameYear(s, findDates(s).find((d) => d.text === year)!, names);

describe("a year that closes an event's name (round 31d)", () => {
  it('is the name\'s, after an event noun and a title', () => {
    for (const s of [
      'Tỉnh khởi công trung tâm phục vụ Hội nghị Thượng đỉnh ASEM 2026.',
      'Tại Diễn đàn Kinh tế số Việt Nam 2025, các chuyên gia cho biết …',
      'Tỉnh tổ chức Ngày hội Chuyển đổi số - Tây Nguyên 2024.',
      'Đội tuyển giành giải nhất cuộc thi An ninh mạng Sinh viên 2023.',
      'Triển lãm Vietnam ICTcomm 2025 thu hút nhiều doanh nghiệp.',
    ]) expect(nameYear(s, /20\d\d/u.exec(s)![0]), s).toBe(true);
  });
  it('not a period after a time word, a lowercase description, or a year with no event noun', () => {
    for (const [s, y] of [
      ['Hội nghị Tổng kết năm 2024 diễn ra tại Hà Nội.', '2024'],
      ['Hội nghị tổng kết công tác 2024 của Sở.', '2024'],
      ['Tại Hội nghị Tổng kết công tác 2024, Sở cho biết doanh thu đạt 500 tỷ đồng.', '2024'],
      ['Hội nghị Triển khai nhiệm vụ 2025 diễn ra sáng nay.', '2025'],
      ['Diễn đàn diễn ra trong 2025.', '2025'],
      ['Chỉ số DTI 2023 của tỉnh tăng 5 bậc.', '2023'],
      ['Hội thảo Chuyển đổi số giai đoạn 2021 - 2025.', '2021 - 2025'],
    ]) {
      const d = findDates(s!).find((x) => x.text.includes(y!.slice(0, 4)))!;
      expect(isEventNameYear(s!, d, new Set()), s).toBe(false);
    }
  });
  it('an acronym that closed an event\'s name names it again with its year', () => {
    const page = ['Tỉnh khởi công trung tâm phục vụ Hội nghị Thượng đỉnh ASEM 2026.', 'Ảnh: Lễ khởi công phục vụ ASEM 2026.'];
    const names = eventNames(page);
    expect([...names]).toEqual(['asem 2026']);
    expect(nameYear(page[1]!, '2026', names)).toBe(true);
    expect(nameYear('Chỉ số PCI 2026 của tỉnh.', '2026', names)).toBe(false);
  });
  it('on an undated page, dates no figure after it and gives a yearless half no year', () => {
    const opening = 'Ngày 12/5, tỉnh khởi công trung tâm dữ liệu phục vụ Diễn đàn Kinh tế số Mekong 2026.';
    expect(claimOf(`${opening} // Trung tâm sẽ được lắp đặt 300 máy chủ và 40 tủ mạng.`, '300').period).toBeNull();
    expect(claimOf('Tỉnh tổ chức Ngày hội Chuyển đổi số - Tây Nguyên 2024. Kết quả 6 tháng đầu năm: 95% hồ sơ được xử lý trực tuyến.', '95%').period).toBeNull();
    expect(claimOf('Năm 2024, tỉnh tổ chức nhiều sự kiện. Kết quả 6 tháng đầu năm: 95% hồ sơ được xử lý trực tuyến.', '95%').period).toBe('2024-01');
  });
});
