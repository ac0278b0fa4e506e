import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { isBaseline, isDocumentDate } from '../../../scripts/ingest/period-baseline';
import { claimOf } from '../../support/metrics-of';

describe('isBaseline', () => {
  it('the date of "Con số này năm 2022 là …" is a comparison\'s; a forecast\'s is not', () => {
    expect(isBaseline('Con số này năm 2022 là 288 USD.', { start: 11 })).toBe(true);
    expect(isBaseline('Con số này năm 2026 dự kiến đạt 400 USD.', { start: 11 })).toBe(false);
    expect(isBaseline('Doanh thu năm 2022 là 288 tỷ đồng.', { start: 10 })).toBe(false);
  });

  it('isBaseline marks the date of a comparison', () => {
    for (const [s, d] of [['tăng 3 bậc so với năm 2021', 'năm 2021'], ['tăng 15% so với cùng kỳ năm 2023', 'năm 2023'], ['tăng thêm 5% từ mức của năm 2019', 'năm 2019']]) {
      expect(isBaseline(s!, { start: s!.indexOf(d!) }), s).toBe(true);
    }
    expect(isBaseline('Năm 2023, tỉnh đạt 70%', { start: 0 })).toBe(false);
  });

  it('the last edition compared with, named at length before its date, is a comparison\'s (round 46)', () => {
    for (const [s, d] of [['Các nước nhóm 1 đều tiến bộ đáng kể so với phiên bản Chỉ số An toàn thông tin mạng toàn cầu gần nhất vào năm 2021.', 'năm 2021'],
      ['Tỉnh tăng 6 bậc so với kết quả của kỳ đánh giá chuyển đổi số trước đó năm 2022.', 'năm 2022']]) {
      expect(isBaseline(s!, { start: s!.indexOf(d!) }), s).toBe(true);
    }
    const s = 'Bản đánh giá gần nhất vào năm 2021 xếp Việt Nam thứ 25.'; // no comparison: the edition's own year
    expect(isBaseline(s, { start: s.indexOf('năm 2021') })).toBe(false);
  });

  it('"so năm …" (without "với") is a comparison too, "so" inside a word is not', () => {
    for (const [s, d] of [['tăng 4 bậc so năm 2023, từ vị trí 57', 'năm 2023'], ['giảm 2% so tháng 5/2024', 'tháng 5/2024'], ['tăng 9% so cùng kỳ năm 2022', 'năm 2022']]) {
      expect(isBaseline(s!, { start: s!.indexOf(d!) }), s).toBe(true);
    }
    expect(isBaseline('Số liệu năm 2023 cho thấy', { start: 8 })).toBe(false);
  });

  it('"(không) bằng", "kém", "tương đương" before a year or month is a comparison; "bằng" before other words is not', () => {
    for (const [s, d] of [['doanh thu đạt 90 tỷ đồng dù sản lượng không bằng năm 2021', 'năm 2021'], ['số thuê bao kém tháng 3/2024 khoảng 2%', 'tháng 3/2024'], ['lượng giao dịch tương đương năm 2022', 'năm 2022'], ['đơn giá bằng năm 2020', 'năm 2020']]) {
      expect(isBaseline(s!, { start: s!.indexOf(d!) }), s).toBe(true);
    }
    const s = 'Thanh toán bằng thẻ năm 2023 đạt 40%';
    expect(isBaseline(s, { start: s.indexOf('năm 2023') })).toBe(false);
  });
});

describe('isDocumentDate', () => {
  const docDate = (s: string) => findDates(s, { defaultYear: 2024 }).map((d) => isDocumentDate(s, d));
  it('the date of a cited decision, resolution, plan or circular is never a period', () => {
    expect(docDate('Theo Quyết định số 1234/QĐ-UBND ngày 3/5/2023 của UBND tỉnh, trong năm 2024 tỉnh đạt 40%.')).toEqual([true, false]);
    expect(docDate('Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024, năm 2025 phấn đấu 100%.')).toEqual([true, false]);
    expect(docDate('Căn cứ Thông tư số 22/2023/TT-BTTTT ngày 10 tháng 8 năm 2023, đã có 12 hệ thống.')).toEqual([true]);
    expect(docDate('Kế hoạch số 12/KH-UBND của UBND tỉnh ngày 5/3/2024 đặt mục tiêu đến năm 2025.')).toEqual([true, false]);
  });

  it('an issuer named after the number, with no "ngày", cites no date: the horizon after it is a period', () => {
    expect(docDate('Nghị quyết số 05-NQ/TU của Tỉnh ủy đặt mục tiêu đến năm 2030 kinh tế số chiếm 25% GRDP.')).toEqual([false]);
    expect(docDate('Chương trình số 10-CTr/TU của Thành ủy xác định năm 2026 có 80% hồ sơ trực tuyến.')).toEqual([false]);
  });

  it('the year or phase closing the name of a plan issued, approved or drawn up names the document', () => {
    expect(docDate('Đến nay 18/20 sở, ngành đã ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2025.')).toEqual([true]);
    expect(docDate('Tháng 5/2024, 40 xã đã xây dựng kế hoạch chuyển đổi số năm 2024, đạt 85%.')).toEqual([false, true]);
    expect(docDate('UBND tỉnh phê duyệt Đề án phát triển hạ tầng số giai đoạn 2021 - 2025 với 12 dự án.')).toEqual([true]);
    expect(docDate('Năm 2023, tỉnh ban hành kế hoạch với 30 nhiệm vụ, đến năm 2025 hoàn thành 100%.')).toEqual([false, false]);
  });

  it('a date of an event or a report stays usable', () => {
    expect(docDate('Ngày 6/2/2025, tỉnh tổng kết năm 2024.')).toEqual([false, false]);
    expect(docDate('Kế hoạch năm 2024 đạt 80%.')).toEqual([false]);
  });
});

describe('a value ranked against, with its date after it (round 32)', () => {
  const date = (s: string, text: string) => findDates(s).find((d) => d.text.includes(text))!;
  it("is the comparison's date", () => {
    for (const [s, y] of [
      ['GDP tăng 6,1%, chỉ thấp hơn mức 6,9% của quý I/2022.', 'quý I/2022'],
      ['Tỷ lệ này cao hơn tốc độ 5,4% hồi năm 2021.', 'năm 2021'],
      ['Số vụ ít hơn 320 vụ của tháng 8/2024.', 'tháng 8/2024'],
    ]) expect(isBaseline(s!, date(s!, y!)), s).toBe(true);
  });
  it("not the figure's own date after a comparative", () => {
    for (const [s, y] of [
      ['Doanh thu cao hơn, đạt 5,4 tỷ USD trong quý II/2024.', 'quý II/2024'],
      ['Tăng trưởng cao hơn 2 điểm trong năm 2024 nhờ xuất khẩu.', 'năm 2024'],
    ]) expect(isBaseline(s!, date(s!, y!)), s).toBe(false);
  });
});

describe('a rate ranked against another period with no value (round 33)', () => {
  const date = (s: string, text: string) => findDates(s).find((d) => d.text.includes(text))!;
  it("is the comparison's date", () => {
    for (const [s, y] of [
      ['Doanh thu bưu chính tăng 6,1%, cao hơn mức tăng trưởng của năm 2021.', '2021'],
      ['Thu ngân sách tăng 4%, thấp hơn mức tăng của cùng kỳ năm 2023.', '2023'],
      ['Quý này tăng 6,2%, cao hơn nhịp tăng của quý II các năm 2019-2022.', '2019'],
    ]) expect(isBaseline(s!, date(s!, y!)), s).toBe(true);
  });
  it("not a date the figure is measured in", () => {
    for (const [s, y] of [
      ['Tăng trưởng đạt 8%, cao hơn mức bình quân cả nước trong năm 2024.', 'năm 2024'],
      ['Doanh thu cao hơn tốc độ dự kiến, đạt 9% năm 2023.', 'năm 2023'],
    ]) expect(isBaseline(s!, date(s!, y!)), s).toBe(false);
  });
});

describe('the phase a figure prepares (round 33)', () => {
  const date = (s: string, text: string) => findDates(s).find((d) => d.text.includes(text))!;
  it('is no period of the figure', () => {
    for (const s of [
      'Tỉnh phấn đấu tăng trưởng 9%, tạo đà cho giai đoạn 2026-2030.',
      'Kim ngạch xuất khẩu đạt 3.400 tỷ đồng, làm tiền đề vững chắc cho giai đoạn 2026 - 2030.',
      'Mục tiêu tăng trưởng 8% trở lên, tạo nền tảng để bứt phá trong giai đoạn 2026-2030.',
    ]) expect(isBaseline(s, date(s, '2026')), s).toBe(true);
  });
  it("a phase the figure is stated for stays", () => {
    for (const s of [
      'Tăng trưởng bình quân giai đoạn 2021-2025 đạt 6,5%.',
      'Tạo đà tăng trưởng, tỉnh đạt 7% trong giai đoạn 2021-2025.',
    ]) expect(isBaseline(s, date(s, '2021')), s).toBe(false);
  });
});

describe('round 38: what a figure equals, named, then its date', () => {
  it('"tương đương mức nộp năm 2019" is a comparison\'s year', () => {
    const s = 'Công ty nộp thuế 21 nghìn tỷ đồng, tương đương mức nộp năm 2019.';
    const d = findDates(s).find((x) => x.iso === '2019')!;
    expect(isBaseline(s, d)).toBe(true);
  });
  it('the sentences after it keep the report\'s year', () => {
    expect(claimOf('Năm 2024, công ty nộp thuế 21 nghìn tỷ đồng, tương đương mức nộp năm 2019. Thị phần di động đạt 48%.', '48%', 2025).period).toBe('2024');
  });
  it('not a year the figure is of', () => {
    const s = 'Doanh thu tương đương 2 tỷ USD trong năm 2024.';
    expect(isBaseline(s, findDates(s).find((x) => x.iso === '2024')!)).toBe(false);
  });
});
