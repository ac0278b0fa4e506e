import { describe, expect, it } from 'vitest';
import {
  findArticleDate,
  findDates,
  isTargetDate,
  parseDateline,
  type DateMatch,
} from '../../../scripts/ingest/dates';

/** The one match in `text`, checked to be the text as written. */
function only(text: string, defaultYear?: number): DateMatch {
  const found = findDates(text, defaultYear === undefined ? {} : { defaultYear });
  expect(found, text).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

describe('findDates: days', () => {
  it.each([
    ['27/04/2022', '2022-04-27', '27/04/2022'],
    ['27/4/2022', '2022-04-27', '27/4/2022'],
    ['hạn chót 31/12/2024.', '2024-12-31', '31/12/2024'],
    ['Ngày 6-2-2025, Thủ tướng chủ trì', '2025-02-06', 'Ngày 6-2-2025'],
    ['vào ngày 06.02.2025', '2025-02-06', 'ngày 06.02.2025'],
    ['ngày 27 tháng 4 năm 2022', '2022-04-27', 'ngày 27 tháng 4 năm 2022'],
    ['27 tháng 4 năm 2022', '2022-04-27', '27 tháng 4 năm 2022'],
    ['sáng 19/7/2023 tại Hà Nội', '2023-07-19', 'sáng 19/7/2023'],
    ['ngày 19/7 năm 2024', '2024-07-19', 'ngày 19/7 năm 2024'],
    ['ngày 29/2/2024', '2024-02-29', 'ngày 29/2/2024'],
    ['Hà Nội, ngày 3/5/2024 - Sáng nay', '2024-05-03', 'ngày 3/5/2024'],
    ['1/1/2000', '2000-01-01', '1/1/2000'],
    ['(31/12/2099)', '2099-12-31', '31/12/2099'],
  ])('findDates(%j) reads a full date', (text, iso, written) => {
    const m = only(text);
    expect(m).toMatchObject({ iso, precision: 'day', text: written });
    expect(m.yearMissing).toBeUndefined();
  });

  it.each([
    ['05:07, 14/07/2023', '2023-07-14', '05:07'],
    ['10h30, 14/07/2023', '2023-07-14', '10:30'],
    ['Thứ Hai, 06/02/2025 10:15', '2025-02-06', '10:15'],
    ['Chủ nhật, 5/1/2025 - 8:05', '2025-01-05', '08:05'],
  ])('findDates(%j) keeps the time written with the date', (text, iso, time) => {
    expect(only(text)).toMatchObject({ iso, precision: 'day', time, text });
  });

  it.each([
    ['được tổ chức vào sáng 19/7.', 'sáng 19/7', '07-19'],
    ['Sáng 27/4, Ủy ban họp', 'Sáng 27/4', '04-27'],
    ['chiều 27-4', 'chiều 27-4', '04-27'],
    ['tối 1.10 tại Huế', 'tối 1.10', '10-01'],
    ['hôm qua 15/8', 'hôm qua 15/8', '08-15'],
    ['ngày 27/4 vừa qua', 'ngày 27/4', '04-27'],
    ['rạng sáng 2/9', 'rạng sáng 2/9', '09-02'],
    ['mùng 2 tháng 9', 'mùng 2 tháng 9', '09-02'],
    ['ngày 29/2', 'ngày 29/2', '02-29'],
  ])('findDates(%j) reads a day without a year, with defaultYear', (text, written, monthDay) => {
    expect(only(text, 2024)).toMatchObject({ iso: `2024-${monthDay}`, precision: 'day', text: written, yearMissing: true });
  });

  it('findDates uses "0000" for a missing year when no defaultYear is given', () => {
    expect(only('sáng 19/7')).toMatchObject({ iso: '0000-07-19', yearMissing: true });
  });
});

describe('findDates: months, quarters, halves, years', () => {
  it.each([
    ['tháng 12/2023', '2023-12', 'month'],
    ['đến tháng 12-2023, đã cấp', '2023-12', 'month'],
    ['tháng 4 năm 2022', '2022-04', 'month'],
    ['số liệu tại tháng đầu tiên năm 2023:', '2023-01', 'month'],
    ['Tháng đầu tiên của năm 2025, có', '2025-01', 'month'],
    ['trong tháng cuối cùng của năm 2022', '2022-12', 'month'],
    ['trong tuần đầu tiên của năm mới 2026, hệ thống ghi nhận', '2026-01', 'month'], // session 24: a week, read as its month
    ['so với tuần cuối năm 2023', '2023-12', 'month'],
    ['tuần đầu năm 2024 có', '2024-01', 'month'],
    ['tháng 3.2021', '2021-03', 'month'],
    ['doanh thu T12/2023', '2023-12', 'month'],
    ['cuối tháng 6/2024', '2024-06', 'month'],
    ['Quý I/2022', '2022-01', 'quarter'],
    ['quý IV-2025', '2025-10', 'quarter'],
    ['quý 2/2024', '2024-04', 'quarter'],
    ['quý II năm 2023', '2023-04', 'quarter'],
    ['trong quý III, năm 2021', '2021-07', 'quarter'],
    ['Q2 2024', '2024-04', 'quarter'],
    ['Q4/2023', '2023-10', 'quarter'],
    ['3 tháng đầu năm 2024', '2024-01', 'quarter'],
    ['6 tháng đầu năm 2024', '2024-01', 'half'],
    ['sáu tháng đầu năm 2022', '2022-01', 'half'],
    ['6 tháng cuối năm 2023', '2023-07', 'half'],
    ['nửa đầu năm 2024', '2024-01', 'half'],
    ['nửa cuối năm 2021', '2021-07', 'half'],
    ['trong nửa đầu 2025', '2025-01', 'half'],
    ['nửa cuối 2023 tăng mạnh', '2023-07', 'half'],
    ['H2/2023', '2023-07', 'half'],
    ['12 tháng năm 2023', '2023', 'year'],
    ['năm 2030', '2030', 'year'],
    ['Năm 2022, chỉ số', '2022', 'year'],
    ['cuối năm 2025', '2025', 'year'],
    ['hết năm 2025', '2025', 'year'],
    ['đầu năm 2020', '2020', 'year'],
    ['(2022 đạt 28%)', '2022', 'year'],
    ['GCI 2020 do ITU công bố', '2020', 'year'],
  ])('findDates(%j) reads a period', (text, iso, precision) => {
    expect(only(text)).toMatchObject({ iso, precision });
  });

  it('findDates reads no span of months in a day written in words ("ngày 9 tháng 2024" is no form) nor in one month', () => {
    expect(only('6 tháng/2025')).toMatchObject({ iso: '2025-01', precision: 'half' });
    expect(findDates('ngày 9 tháng 2024').every((d) => d.precision !== 'month')).toBe(true);
    expect(findDates('1 tháng 2024').every((d) => d.precision !== 'month')).toBe(true);
  });


  it('round 39: a system\'s ISO stamp is a day (with its time), a line of it a dateline; a span of years or a longer code is not', () => {
    expect(parseDateline('2024-11-08 09:45:00.0')).toMatchObject({ iso: '2024-11-08', precision: 'day', time: '09:45' });
    expect(only('Cập nhật 2023-06-30T14:05')).toMatchObject({ iso: '2023-06-30', precision: 'day' });
    expect(only('giai đoạn 2021-2025').precision).toBe('year');
    expect(findDates('mã hồ sơ 2023-11-02-01').some((d) => d.precision === 'day')).toBe(false);
    expect(findDates('2024-13-40').some((d) => d.precision === 'day')).toBe(false);
  });

  it('findDates leaves "đến" out of "đến năm 2030" and keeps "hết" in "đến hết năm 2025"', () => {
    expect(only('tầm nhìn đến năm 2030').text).toBe('năm 2030');
    expect(only('phấn đấu đến hết năm 2025 đạt 80%').text).toBe('hết năm 2025');
  });

  it.each([
    ['9 tháng năm 2024', '2024-01', '2024-09'],
    ['5 tháng đầu năm 2024', '2024-01', '2024-05'],
    ['2 tháng cuối năm 2024', '2024-11', '2024-12'],
    ['9 tháng 2024', '2024-01', '2024-09'],
    ['10 tháng/2023', '2023-01', '2023-10'],
    ['Bảy tháng đầu 2023', '2023-01', '2023-07'], // round 39: spelled, "năm" left out
    ['11 tháng đầu 2022', '2022-01', '2022-11'],
  ])('findDates(%j) reads months since the start (or to the end) of a year', (text, iso, isoEnd) => {
    expect(only(text)).toMatchObject({ iso, isoEnd, precision: 'month', text });
  });

  it.each([
    ['6 tháng đầu năm, kinh tế số', '2024-01', 'half'],
    ['Trong 6 tháng cuối năm, Thủ tướng', '2024-07', 'half'],
    ['9 tháng năm nay', '2024-01', 'month'],
    ['trong quý I vừa qua', '2024-01', 'quarter'],
    ['14 nhiệm vụ tháng 3 + tháng 4', '2024-03', 'month'],
  ])('findDates(%j) marks a period without a year and uses defaultYear', (text, iso, precision) => {
    const m = findDates(text, { defaultYear: 2024 })[0]!;
    expect(m).toMatchObject({ iso, precision, yearMissing: true });
  });
});

describe('findDates: ranges', () => {
  it.each([
    ['2022 - 2024', '2022', '2024', 'year', '2022 - 2024'],
    ['2022-2025', '2022', '2025', 'year', '2022-2025'],
    ['trong giai đoạn 2021 – 2025,', '2021', '2025', 'year', 'giai đoạn 2021 – 2025'],
    ['giai đoạn 2016—2020', '2016', '2020', 'year', 'giai đoạn 2016—2020'],
    ['từ năm 2020 đến năm 2023', '2020', '2023', 'year', 'từ năm 2020 đến năm 2023'],
    ['giai đoạn từ 2021 đến 2025', '2021', '2025', 'year', 'giai đoạn từ 2021 đến 2025'],
    ['từ ngày 1/7 đến 31/12/2024', '2024-07-01', '2024-12-31', 'day', 'từ ngày 1/7 đến 31/12/2024'],
    ['từ 1/1/2022-31/12/2022', '2022-01-01', '2022-12-31', 'day', 'từ 1/1/2022-31/12/2022'],
    // a gloss of the first day in brackets (round 27b)
    ['từ ngày 3/4/2024 (ngày khai mạc hội chợ) đến ngày 9/4/2024', '2024-04-03', '2024-04-09', 'day', 'từ ngày 3/4/2024 (ngày khai mạc hội chợ) đến ngày 9/4/2024'],
    ['từ 10/5/2023 (phiên thứ 2) tới 30/6/2023', '2023-05-10', '2023-06-30', 'day', 'từ 10/5/2023 (phiên thứ 2) tới 30/6/2023'],
    ['1/1/2022 – 30/6/2022', '2022-01-01', '2022-06-30', 'day', '1/1/2022 – 30/6/2022'],
    ['từ tháng 11 đến tháng 2/2024', '2023-11', '2024-02', 'month', 'từ tháng 11 đến tháng 2/2024'],
    ['tháng 1 - tháng 6/2024', '2024-01', '2024-06', 'month', 'tháng 1 - tháng 6/2024'],
    ['quý I-III/2024', '2024-01', '2024-07', 'quarter', 'quý I-III/2024'],
    // two consecutive years listed together are one span
    ['Hai năm liên tiếp 2022, 2023, tốc độ', '2022', '2023', 'year', '2022, 2023'],
    ['trong các năm 2019 và 2020', '2019', '2020', 'year', 'năm 2019 và 2020'],
  ])('findDates(%j) reads a range', (text, iso, isoEnd, precision, written) => {
    const m = only(text);
    expect(m).toMatchObject({ iso, isoEnd, precision, text: written });
    expect(m.yearMissing).toBeUndefined();
  });

  it('findDates rejects a backwards year range', () => {
    expect(findDates('2025-2022').every((m) => m.isoEnd === undefined)).toBe(true);
  });

  it('findDates keeps listed years apart when they are not consecutive or have words between them', () => {
    expect(findDates('năm 2020, 2022').map((m) => m.text)).toEqual(['năm 2020', '2022']);
    expect(findDates('(2022 đạt 28%, 2023 đạt 19%)').map((m) => m.isoEnd)).toEqual([undefined, undefined]);
  });
});

describe('findDates: round-4 forms of cumulative months', () => {
  it.each([
    ['năm tháng đầu năm 2024', '2024-01', '2024-05', 'month'],
    ['trong bảy tháng đầu năm 2023,', '2023-01', '2023-07', 'month'],
    ['mười một tháng năm 2022', '2022-01', '2022-11', 'month'],
    ['từ đầu năm 2024 đến hết tháng 10', '2024-01', '2024-10', 'month'],
    ['tính từ đầu năm 2023 đến cuối tháng 8/2023', '2023-01', '2023-08', 'month'],
    ['từ đầu năm 2021 đến 20/9/2021, doanh số', '2021-01', '2021-09', 'month'],
    ['tính từ đầu năm đến ngày 10-4-2022', '2022-01', '2022-04', 'month'],
    ['từ đầu năm 2025 tới hết ngày 31/5/2025', '2025-01', '2025-05', 'month'],
    ['Lũy kế 10 tháng, doanh thu đạt 5 tỷ USD', '2024-01', '2024-10', 'month'],
    ['luỹ kế chín tháng đầu năm', '2024-01', '2024-09', 'month'],
    ['doanh thu 9 tháng qua đạt 97 tỷ USD', '2024-01', '2024-09', 'month'],
    ['trong mười tháng qua, xuất khẩu tăng 5%', '2024-01', '2024-10', 'month'],
  ])('%s', (text, iso, isoEnd, precision) => {
    expect(only(text, 2024)).toMatchObject({ iso, isoEnd, precision });
  });

  it('"lũy kế N tháng" without a year is marked so; with "năm 2023" the months-of-a-year form reads it', () => {
    expect(only('lũy kế 10 tháng tăng 5%')).toMatchObject({ iso: '0000-01', isoEnd: '0000-10', yearMissing: true });
    expect(only('lũy kế 10 tháng năm 2023')).toMatchObject({ text: '10 tháng năm 2023', iso: '2023-01', isoEnd: '2023-10' });
    expect(only('Lũy kế 7 tháng đầu năm 2022: doanh thu')).toMatchObject({ text: '7 tháng đầu năm 2022', iso: '2022-01', isoEnd: '2022-07' });
    expect(only('luỹ kế 8 tháng 2021, doanh thu')).toMatchObject({ text: '8 tháng 2021', iso: '2021-01', isoEnd: '2021-08' });
    expect(only('lũy kế 10 tháng 2.500 tỷ đồng')).toMatchObject({ text: 'lũy kế 10 tháng', yearMissing: true });
  });

  it('"9T/2024", "6T-2023", "11T2025" abbreviate the first months of a year; a code with letters after is none', () => {
    expect(only('so với 9T/2024.')).toMatchObject({ text: '9T/2024', iso: '2024-01', isoEnd: '2024-09', precision: 'month' });
    expect(only('Kim ngạch 6T-2023 đạt')).toMatchObject({ iso: '2023-01', precision: 'half' });
    expect(only('lũy kế 11T2025 tăng')).toMatchObject({ iso: '2025-01', isoEnd: '2025-11' });
    expect(findDates('mã 9T/2024X và 13T/2024')).toEqual([]);
  });

  it('"N tháng qua" is the year so far only from five months on ("3 tháng qua" may be any quarter)', () => {
    expect(findDates('trong 3 tháng qua, doanh thu tăng 5%')).toEqual([]);
    expect(only('9 tháng qua')).toMatchObject({ iso: '0000-01', isoEnd: '0000-09', yearMissing: true });
  });

  it('bare "N tháng" before a result or a comma is the year so far (five to eleven); a duration is not', () => {
    expect(only('Kim ngạch 6 tháng đạt 20 tỷ USD', 2023)).toMatchObject({ iso: '2023-01', precision: 'half' });
    expect(only('Tính chung 8 tháng, số giao dịch tăng 9%', 2023)).toMatchObject({ iso: '2023-01', isoEnd: '2023-08', precision: 'month' });
    expect(only('doanh thu 10 tháng vừa qua ước đạt 3 tỷ USD')).toMatchObject({ iso: '0000-01', isoEnd: '0000-10', yearMissing: true });
    for (const t of ['sau 6 tháng, doanh thu tăng 5%', 'trong vòng 9 tháng, dự án đạt 50%', 'kéo dài 6 tháng, tăng 5%', 'trong 6 tháng tới', 'Doanh thu 3 tháng đạt 5 tỷ đồng', 'mỗi 6 tháng, giảm 2%', 'những năm tháng, tăng']) {
      expect(findDates(t), t).toEqual([]);
    }
  });

  it('"tính đến D/M" is a day without its year; a bare "đến 1/3" may be a third', () => {
    expect(only('Tính đến 15/6, cả tỉnh có 9.000 tài khoản')).toMatchObject({ iso: '0000-06-15', precision: 'day', yearMissing: true });
    expect(only('tính tới hết 30-9 năm 2023, đạt 5%')).toMatchObject({ iso: '2023-09-30', precision: 'day' });
    expect(findDates('giảm đến 1/3 số hộ')).toEqual([]);
    expect(findDates('tính đến 31/13, có 5')).toEqual([]);
  });

  it('a year-to-date span needs a year, and two years must agree', () => {
    expect(findDates('từ đầu năm đến hết tháng 10, tăng 5%').map((d) => d.isoEnd)).toEqual([undefined]);
    expect(findDates('từ đầu năm 2023 đến hết tháng 8/2024').some((d) => d.isoEnd === '2024-08' && d.iso === '2023-01')).toBe(false);
    expect(findDates('từ đầu năm 2023 đến 31/2/2023').some((d) => d.isoEnd === '2023-02')).toBe(false); // no such day
    expect(findDates('từ đầu năm đến 15/8, tăng 5%').some((d) => d.isoEnd !== undefined)).toBe(false); // no year: not a span
  });
});

describe('findDates: not dates', () => {
  it.each([
    '63/63 địa phương',
    'giữ nguyên thứ hạng là 86/193 quốc gia',
    'có 4.422/6.423 thủ tục hành chính',
    'có 22/91 bộ, ngành',
    'là 6/11 quốc gia',
    'xếp thứ 5/11',
    'Nghị quyết số 57-NQ/TW',
    'Nghị định 13/2023/NĐ-CP',
    'Quyết định 749/QĐ-TTg',
    'tăng từ 45% - 55%',
    'tăng trưởng 8 - 10%',
    'Đường dây nóng: 0987083838.',
    'hotline 1900 1234',
    'ngày 31/02/2024',
    'ngày 29/2/2023',
    'sáng 32/7',
    'tháng 13/2023',
    'quý V/2023',
    'năm 1899',
    'đạt 2.020 doanh nghiệp',
    'chỉ số 2020,5 điểm',
    'tăng 2024%',
    'mỗi quý, 6 tháng và 1 năm',
    'trong 6 tháng 3 lần',
    'thời kỳ 4.0',
    'Quyết định số 2020 của Thủ tướng',
  ])('findDates(%j) finds nothing', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('findDates keeps the date beside a decree number but nothing inside it', () => {
    const found = findDates('Nghị định 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ');
    expect(found.map((m) => m.text)).toEqual(['ngày 17/4/2023']);
  });
});

describe('findDates: many in one text', () => {
  it('findDates returns matches in order, non-overlapping, each as written', () => {
    const text = 'Sáng 27/4, trong Quý I/2022 tăng 26 lần so với quý I/2021; kế hoạch năm 2022, giai đoạn 2022-2025.';
    const found = findDates(text);
    expect(found.map((m) => m.text)).toEqual(['Sáng 27/4', 'Quý I/2022', 'quý I/2021', 'năm 2022', 'giai đoạn 2022-2025']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('findDates counts offsets in UTF-16 units of the given text', () => {
    const text = 'Đến tháng 12/2023, Bộ Công an đã cấp thẻ';
    const m = only(text);
    expect(m.start).toBe(4);
    expect(m.text).toBe('tháng 12/2023');
  });
});

describe('parseDateline', () => {
  it.each([
    ['27/04/2022', '2022-04-27'],
    [' 05:07, 14/07/2023 ', '2023-07-14'],
    ['Thứ Hai, 06/02/2025 10:15', '2025-02-06'],
    ['Thứ Hai, 06/02/2025 10:15 (GMT+7)', '2025-02-06'],
    ['Ngày 6-2-2025', '2025-02-06'],
    ['Cập nhật: 14/07/2023', '2023-07-14'],
    ['ngày 27 tháng 4 năm 2022', '2022-04-27'],
  ])('parseDateline(%j) reads a dateline', (line, iso) => {
    const m = parseDateline(line);
    expect(m).toMatchObject({ iso, precision: 'day' });
    expect(line.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('parseDateline keeps the time of "05:07, 14/07/2023"', () => {
    expect(parseDateline('05:07, 14/07/2023')?.time).toBe('05:07');
  });

  it.each(['', 'Sáng 27/4', 'Quý I/2022', '2022 - 2024', 'Hội nghị ngày 6/2/2025', '27/04/2022 và 28/04/2022', '63/63', '31/02/2024'])(
    'parseDateline(%j) is null',
    (line) => {
      expect(parseDateline(line)).toBeNull();
    },
  );
});

describe('isTargetDate', () => {
  const at = (text: string, written: string) => {
    const m = findDates(text).find((d) => d.text === written)!;
    return isTargetDate(text, m);
  };
  it('isTargetDate sees horizons, deadlines and goals', () => {
    expect(at('Đề án giai đoạn 2022-2025, tầm nhìn đến năm 2030.', 'năm 2030')).toBe(true);
    expect(at('Người dân được thụ hưởng trước 31/12/2024.', '31/12/2024')).toBe(true);
    expect(at('Phấn đấu trong năm 2025 đạt 80%.', 'năm 2025')).toBe(true);
    expect(at('Đến năm 2030, kinh tế số chiếm 30% GDP.', 'năm 2030')).toBe(true);
    expect(at('Đến năm 2030, 50% doanh nghiệp nhỏ và vừa dùng nền tảng số.', 'năm 2030'), '"nhỏ và vừa" is no past').toBe(true);
    expect(at('Đến năm 2023, Bộ vừa cấp 50 triệu thẻ.', 'năm 2023')).toBe(false);
  });
  it('isTargetDate leaves reported facts alone', () => {
    expect(at('Đến tháng 12/2023, Bộ Công an đã cấp 84,7 triệu thẻ.', 'tháng 12/2023')).toBe(false);
    expect(at('Năm 2022, chỉ số chuyển đổi số quốc gia là 0,71.', 'Năm 2022')).toBe(false);
    expect(at('Kinh tế số 6 tháng đầu năm 2024 tăng 22,4%.', '6 tháng đầu năm 2024')).toBe(false);
  });
  it('isTargetDate does not read the place name "Cần Thơ" as the word "cần" (need)', () => {
    expect(at('Ngày 3/5/2024, hội nghị tại điểm cầu Cần Thơ đã khai mạc.', 'Ngày 3/5/2024')).toBe(false);
    expect(at('Ngày 3/5/2024 cần hoàn thành báo cáo.', 'Ngày 3/5/2024')).toBe(true);
  });
});

describe('findArticleDate', () => {
  it('findArticleDate takes a dateline first', () => {
    expect(findArticleDate({ dateline: '27/04/2022', paragraphs: ['Sáng 27/4, Ủy ban họp.', 'Năm 2021 đạt 10%.'] })).toEqual({
      iso: '2022-04-27', precision: 'day', source: 'text', evidence: '27/04/2022',
    });
  });

  it.each([
    ['TCCS - Ngày 6-2-2025, Thủ tướng chủ trì Phiên họp lần thứ 10.', '2025-02-06', 'Ngày 6-2-2025'],
    ['Hà Nội, ngày 3/5/2024 - Bộ trưởng phát biểu.', '2024-05-03', 'ngày 3/5/2024'],
    ['(VLO) Sáng 14/7/2023, Thủ tướng chủ trì hội nghị.', '2023-07-14', 'Sáng 14/7/2023'],
    ['Trà Vinh, ngày 29 tháng 10 năm 2024', '2024-10-29', 'ngày 29 tháng 10 năm 2024'],
    ['- 09:05 - 21.03.2024', '2024-03-21', '21.03.2024'],
    ['Huế (VNA 3/5/2024) Sở Thông tin và Truyền thông cho biết đã số hóa 80% hồ sơ.', '2024-05-03', '3/5/2024'],
    ['Cần Thơ (Thông tấn xã 21-11-2023): Thành phố khai trương trung tâm dữ liệu.', '2023-11-21', '21-11-2023'],
    ['(Báo Mới, 09/02/2025) Tỉnh ra mắt ứng dụng công dân số.', '2025-02-09', '09/02/2025'],
    ['Thời sự | 7h15 | 02.11.2023', '2023-11-02', '02.11.2023'],
    ['(VLO) Sáng 14/7/2023, Thủ tướng chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố về chuyển đổi số.', '2023-07-14', 'Sáng 14/7/2023'],
  ])('findArticleDate reads a full date in the lead\'s dateline: %j', (lead, iso, evidence) => {
    expect(findArticleDate({ paragraphs: [lead, 'Năm 2020 tăng 5%.'] })).toEqual({ iso, precision: 'day', source: 'text', evidence });
  });

  it.each([
    'Ngày 02/6/2025, diễn ra Họp báo công bố Chương trình Ngày không tiền mặt năm 2025 với chủ đề “Thanh toán không tiền mặt”.',
    'Thủ tướng đã chủ trì hội nghị vào chiều 20/8/2021 tại Hà Nội.',
    'Sáng 14/7/2023, Thủ tướng chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố về chuyển đổi số.',
    'Theo báo cáo (số liệu đến 30/6/2024) tỉnh đã số hóa 80% hồ sơ.',
  ])('findArticleDate takes no event day of a lead sentence without a dateline as the report\'s date: %j', (lead) => {
    expect(findArticleDate({ paragraphs: [lead, 'Năm 2020 tăng 5%.'] })).toBeNull();
  });

  it.each([
    'Theo Quyết định ngày 3/6/2020 của Thủ tướng, năm 2023 đã đạt 70%.',
    'Quyết định số 06/QĐ-TTg ngày 6/1/2022 phê duyệt Đề án 06.',
    'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đặt mục tiêu đến năm 2030.',
    'Thực hiện Kế hoạch số 145/KH-UBND ngày 12/5/2023 của UBND tỉnh, các sở đã triển khai.',
  ])('findArticleDate never dates the article by a cited document: %j', (lead) => {
    expect(findArticleDate({ paragraphs: [lead, 'Năm 2023, tỉnh đạt 70%.'] })).toBeNull();
  });

  it.each([
    [['Hội nghị được tổ chức vào sáng 19/7 tại Hà Nội.', 'Năm 2022, chỉ số đạt 0,71; năm 2021 đạt 0,6.']],
    [['Chiều 5/8, Bộ họp.', 'Trong giai đoạn 2022 - 2024, tỷ lệ tăng từ 3% lên 13,5%.']],
    [['Cùng dự có Phó Thủ tướng.', 'CĐS Quốc gia 6 tháng đầu năm 2024 đạt nhiều kết quả, tăng 26% so với cùng kỳ năm 2023.']],
    [['Đánh giá năm 2022, tỉnh xếp hạng 25/63.', 'Mục tiêu đến năm 2025, kinh tế số chiếm 20% GDP.']],
    [['Đề án giai đoạn 2022-2025, tầm nhìn đến năm 2030 được triển khai.']],
  ])('findArticleDate guesses no year from reported periods, targets or plans: %j', (paragraphs) => {
    expect(findArticleDate({ paragraphs })).toBeNull();
  });

  it.each([
    ['Thứ Hai, 03/02/2025 08:15', '2025-02-03'],
    ['05:07, 14/07/2023', '2023-07-14'],
    ['Cập nhật: 14/07/2023 05:07', '2023-07-14'],
    ['Cập nhật lúc: 09:30 12/11/2024', '2024-11-12'],
    ['Chủ nhật, 5/3/2024 - 10:20', '2024-03-05'],
  ])('findArticleDate reads the dateline %j', (dateline, iso) => {
    expect(findArticleDate({ dateline, paragraphs: ['Quyết định số 06/QĐ-TTg ngày 6/1/2022.'] })).toMatchObject({ iso, precision: 'day', source: 'text' });
  });

  it.each([
    ['Cập nhật: 14/07/2023 05:07', '2023-07-14'],
    ['Nguyễn Văn A - 05:07, 14/07/2023', '2023-07-14'],
    ['Theo Báo Tỉnh (14/7/2023)', '2023-07-14'],
    ['Ngày đăng: 3/2/2025 | 08:15', '2025-02-03'],
  ])('findArticleDate reads a byline among the last lines: %j', (line, iso) => {
    const paragraphs = ['Năm 2022, tỉnh đạt 40%.', 'Phấn đấu đến năm 2025 đạt 80%.', 'Theo Quyết định số 06/QĐ-TTg ngày 6/1/2022.', 'Năm 2023 tỉnh có 12 nền tảng.'];
    expect(findArticleDate({ paragraphs, tail: [line] })).toMatchObject({ iso, precision: 'day', source: 'text' });
  });

  it.each(['Hội nghị kết thúc chiều 6/2/2025.', 'Theo Quyết định số 06/QĐ-TTg ngày 6/1/2022', 'Năm 2023 đạt 40%, năm 2024 đạt 50% (số liệu ngày 3/1/2025)',
    '(Tính toán theo số liệu công bố ngày 5/4/2024 của Tổng cục Hải quan)', 'Nguồn: dữ liệu cập nhật ngày 1/10/2022', '(Thống kê đến 30/6/2023)'])(
    'findArticleDate takes no byline date from a sentence or a cited document: %j',
    (line) => expect(findArticleDate({ paragraphs: ['Tỉnh có 12 nền tảng.'], tail: [line] })).toBeNull(),
  );

  it.each([
    ['Đà Nẵng, ngày 5 tháng 3 năm 2024 - Sở Thông tin và Truyền thông tổ chức hội nghị.', '2024-03-05'],
    ['(Chinhphu.vn) - Ngày 12/10/2023, Bộ TT&TT công bố số liệu.', '2023-10-12'],
  ])('findArticleDate reads a dated lead %j', (lead, iso) => {
    expect(findArticleDate({ paragraphs: [lead] })).toMatchObject({ iso, precision: 'day', source: 'text' });
  });

  it('findArticleDate uses the year of a dateline that is not a full date', () => {
    const r = findArticleDate({ dateline: 'Tháng 4/2022', paragraphs: ['Sáng 27/4, Ủy ban họp.'] });
    expect(r).toEqual({ iso: '2022-04-27', precision: 'day', source: 'text', evidence: 'Sáng 27/4 (năm từ dòng ngày: Tháng 4/2022)' });
  });

  it('findArticleDate is null when nothing dates the text', () => {
    expect(findArticleDate({ paragraphs: ['Chuyển đổi số là nhiệm vụ trọng tâm.', '63/63 địa phương đã kết nối.'] })).toBeNull();
    expect(findArticleDate({ paragraphs: [] })).toBeNull();
  });
});

describe('findDates: the cheap pre-test of each rule skips nothing it should read', () => {
  it('reads forms in capitals, with several spaces and with Q/H/T prefixes', () => {
    const texts = ['BÁO CÁO THÁNG 12/2023', 'KẾT QUẢ QUÝ I/2024', 'NỬA ĐẦU NĂM 2024', 'tính từ đầu  năm đến hết tháng 9/2023', 'Q2/2024', 'H1 2024', 'T12/2023', '6 THÁNG ĐẦU NĂM 2024'];
    expect(texts.map((t) => findDates(t)[0]?.iso)).toEqual(['2023-12', '2024-01', '2024-01', '2023-01', '2024-04', '2024-01', '2023-12', '2024-01']);
  });
});

describe('findDates: this year and last year', () => {
  it('"năm nay" is the article\'s year, "năm ngoái" the one before; without an article year they have none', () => {
    const read = (t: string, defaultYear?: number) => findDates(t, defaultYear ? { defaultYear } : {}).map((d) => [d.iso, d.precision, d.text, !!d.yearMissing]);
    expect(read('Năm nay, tỉnh có 5 doanh nghiệp', 2024)).toEqual([['2024', 'year', 'Năm nay', true]]);
    expect(read('tăng 16% vào năm ngoái', 2025)).toEqual([['2024', 'year', 'năm ngoái', true]]);
    expect(read('đến cuối năm nay đạt 80%', 2023)).toEqual([['2023', 'year', 'cuối năm nay', true]]);
    expect(read('năm ngoái đạt 3%')).toEqual([['0000', 'year', 'năm ngoái', true]]);
    expect(read('6 tháng đầu năm nay', 2024), 'a longer form wins').toEqual([['2024-01', 'half', '6 tháng đầu năm nay', true]]);
    expect(read('năm nayđạt', 2024), 'no word glued to it').toEqual([]);
  });
});

describe('findDates: quarters of a year', () => {
  it('"2 quý đầu năm 2023" is a half, "3 quý đầu năm" nine months, "quý cuối" counts back from December', () => {
    const read = (t: string) => findDates(t, { defaultYear: 2024 }).map((d) => [d.iso, d.precision, d.isoEnd ?? null]);
    expect(read('trong 2 quý đầu năm 2023, doanh thu')).toEqual([['2023-01', 'half', null]]);
    expect(read('hai quý cuối năm 2022')).toEqual([['2022-07', 'half', null]]);
    expect(read('3 quý đầu năm nay')).toEqual([['2024-01', 'month', '2024-09']]);
    expect(read('1 quý đầu năm 2021')).toEqual([['2021-01', 'quarter', null]]);
    expect(read('5 quý đầu năm 2021')).toEqual([['2021', 'year', null]]);
  });
});

describe('one month at a year’s end or start, without a count', () => {
  const read = (s: string) => findDates(s).map((d) => [d.iso, d.precision, d.isoEnd]);
  it('"tháng cuối năm 2024" is its December, "tháng đầu năm 2023" its January', () => {
    expect(read('Trong tháng cuối năm 2024, sở cấp 40 giấy phép.')).toEqual([['2024-12', 'month', undefined]]);
    expect(read('tháng đầu năm 2023 có 12 dự án')).toEqual([['2023-01', 'month', undefined]]);
  });
  it('beside a count of months, each keeps its own', () => {
    expect(read('Trong 2 tháng đầu năm 2025 và tháng cuối năm 2024, …')).toEqual([['2025-01', 'month', '2025-02'], ['2024-12', 'month', undefined]]);
  });
  it('"những / các tháng cuối năm" is a vague end of the year, no month', () => {
    expect(read('những tháng cuối năm 2024 tăng mạnh')).toEqual([['2024', 'year', undefined]]);
    expect(read('các tháng đầu năm 2023 chậm lại')).toEqual([['2023', 'year', undefined]]);
  });
});

describe('round 29a: a numeric date whose slash is set off by a space', () => {
  it.each([
    ['Thứ Ba, 21 /10/2024 09:12', '2024-10-21'],
    ['03 /02/2023', '2023-02-03'],
    ['Chủ nhật, 7 / 5/2022 - 18:40', '2022-05-07'],
  ])('parses %j as a dateline', (line, iso) => {
    expect(parseDateline(line)).toMatchObject({ iso, precision: 'day' });
  });
  it('still reads the unspaced form and no fraction without a year', () => {
    expect(only('Thứ Ba, 21/10/2024 09:12').iso).toBe('2024-10-21');
    expect(findDates('tỷ lệ 3 /4 số xã')).toEqual([]);
  });
});

describe('round 29a: a year after "năm" with a footnote mark glued to it', () => {
  it.each([
    ['so với lần công bố trước vào năm 20194.', '2019'],
    ['định hướng đến năm 20301, là năm đầu tiên', '2030'],
    ['Trong năm 202212 tỉnh đã hoàn thành.', '2022'],
  ])('reads the year of %j', (text, iso) => {
    expect(findDates(text).map((d) => [d.text, d.iso, d.precision])).toEqual([[`năm ${iso}`, iso, 'year']]);
  });
  it('not a number after "năm" that is no year with a mark', () => {
    expect(findDates('trong năm 31200 lượt')).toEqual([]);
  });
});

describe('round 39: the months so far raised to a total', () => {
  it('"đưa tổng kim ngạch 8 tháng lên …" and "… 8 tháng là …" are the months from January; a duration is not', () => {
    const months = (s: string) => findDates(s, { defaultYear: 2024 }).map((d) => [d.iso, d.isoEnd]);
    expect(months('Riêng tháng 8 đạt 4 tỷ USD, đưa tổng kim ngạch 8 tháng lên 30,2 tỷ USD.')).toEqual([['2024-08', undefined], ['2024-01', '2024-08']]);
    expect(months('Kim ngạch 8 tháng là 30,2 tỷ USD.')).toEqual([['2024-01', '2024-08']]);
    expect(months('Dự án kéo dài 8 tháng là xong.')).toEqual([]);
  });
});
