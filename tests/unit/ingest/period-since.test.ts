import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { periodFor } from '../../../scripts/ingest/periods';
import { isSince, isStreakSpan, sinceAsYear, startsSpanToNow } from '../../../scripts/ingest/period-since';
import { claimOf, englishMetrics } from '../../support/metrics-of';

const first = (s: string) => findDates(s)[0]!;
const periodOf = (s: string, v: string) => periodFor(findDates(s), s, findNumbers(s).find((n) => n.text === v)!)?.period.iso;

describe('a date something starts from', () => {
  it('follows "(kể) từ (đầu)"', () => {
    expect(isSince('Kể từ năm 2019, tỉnh có …', first('Kể từ năm 2019, tỉnh có …'))).toBe(true);
    expect(isSince('Từ đầu năm 2024, …', first('Từ đầu năm 2024, …'))).toBe(true);
    expect(isSince('Trong năm 2024, …', first('Trong năm 2024, …'))).toBe(false);
  });
});

describe('a year a span to now starts from', () => {
  it('is a since-year with "đến nay" after it or a length of years in the sentence', () => {
    for (const s of ['Từ năm 2010 đến nay, cả nước có 2.000 doanh nghiệp.', 'Kể từ năm 1996, qua hơn 25 năm phát triển, ngành có 80.000 kỹ sư.', 'Từ năm 2001, sau 20 năm xây dựng, thành phố có 12 khu công nghệ.'])
      expect(startsSpanToNow(s, first(s)), s).toBe(true);
  });

  it('is not a since-year with an end of its own, with no length of years, or a span of years', () => {
    expect(startsSpanToNow('Từ đầu năm 2024 đến nay, tỉnh đã cấp 800 chữ ký số.', first('Từ đầu năm 2024 đến nay, tỉnh đã cấp 800 chữ ký số.'))).toBe(false); // round 39: the year so far
    for (const s of ['Từ năm 2015 đến năm 2020, sau 5 năm, tỉnh có 300 doanh nghiệp.', 'Từ tháng 7/2024, 40% hồ sơ được nộp trực tuyến.', 'Từ năm 2023, 60% hồ sơ được nộp trực tuyến.', 'Năm 2020, sau 10 năm, tỉnh có 50 điểm.'])
      expect(startsSpanToNow(s, first(s)), s).toBe(false);
  });

  it('dates no figure after it in its sentence; a since-year of a closed span or with no length still does', () => {
    expect(periodOf('Kể từ năm 1990, sau 35 năm, cả nước đã có 150.000 doanh nghiệp.', '150.000')).toBeUndefined();
    expect(periodOf('Từ năm 2023, 60% hồ sơ được nộp trực tuyến.', '60%')).toBe('2023');
    expect(periodOf('Tính từ đầu năm 2024 tới nay, trung tâm đã cấp 800 chữ ký số.', '800')).toBe('2024'); // round 39
    expect(periodOf('Tính từ năm 2020 tới nay, trung tâm đã cấp 800 chữ ký số.', '800')).toBeUndefined();
  });

  it('round 39: the year so far ("từ đầu năm 2024 đến nay") goes on to the sentences after it, as "trong năm 2024" does', () => {
    const text = 'Theo sở, tính từ đầu năm 2024 tới nay, trung tâm đã cấp 800 chữ ký số. Các huyện đã lắp thêm 45 trạm phát sóng.';
    expect(claimOf(text, '45').period).toBe('2024');
    expect(claimOf('Theo sở, tính từ năm 2020 tới nay, trung tâm đã cấp 800 chữ ký số. Các huyện đã lắp thêm 45 trạm phát sóng.', '45').period).toBeNull();
  });
});

describe('a since-year that dates a result and the sentences after it', () => {
  const y = (iso: string) => ({ iso, precision: 'year' as const });
  const at = (s: string, figures: { period?: ReturnType<typeof y>; status: string }[]) => sinceAsYear(s, findDates(s), figures)?.iso;

  it('hands on the year that dated every result of its sentence', () => {
    expect(at('Từ năm 2020, chỉ số của tỉnh đạt 0,41 và xếp thứ 9.', [{ period: y('2020'), status: 'actual' }, { period: y('2020'), status: 'actual' }])).toBe('2020');
    expect(at('Kể từ năm 2019, thành phố đứng thứ 3 cả nước.', [{ period: y('2019'), status: 'actual' }])).toBe('2019');
  });

  it('hands on nothing when a figure is not that year’s result', () => {
    expect(at('Từ năm 2020, tỷ lệ tăng từ 30% lên 50%.', [{ period: y('2020'), status: 'baseline' }, { period: y('2020'), status: 'actual' }])).toBeUndefined();
    expect(at('Từ năm 2027, tỉnh phấn đấu đạt 60%.', [{ period: y('2027'), status: 'target' }])).toBeUndefined();
    expect(at('Từ năm 2020, tỉnh có 40 dịch vụ, năm 2023 có 55.', [{ period: y('2020'), status: 'actual' }, { period: y('2023'), status: 'actual' }])).toBeUndefined();
  });

  it('hands on nothing from a span to now, a year inside the sentence or a sentence without figures', () => {
    expect(at('Từ năm 2018 đến nay, tỉnh có 40 dịch vụ.', [{ period: y('2018'), status: 'actual' }])).toBeUndefined();
    expect(at('Các dịch vụ công trực tuyến được triển khai rộng rãi từ năm 2018, đạt 40 dịch vụ.', [{ period: y('2018'), status: 'actual' }])).toBeUndefined();
    expect(at('Từ năm 2020, tỉnh chuyển đổi số.', [])).toBeUndefined();
  });
});

describe('isStreakSpan: a span a figure held through (round 38)', () => {
  it('"… liên tục trong 3 năm 2022 – 2024", "liên tiếp giai đoạn 2021-2023" are streaks; a plain span is not', () => {
    const s = 'Số thuê bao tăng hơn 15%, giữ đà liên tục trong 3 năm 2022 – 2024.';
    expect(isStreakSpan(s, findDates(s).find((x) => x.isoEnd)!)).toBe(true);
    const t = 'Tỉnh dẫn đầu liên tiếp giai đoạn 2021-2023.';
    expect(isStreakSpan(t, findDates(t).find((x) => x.isoEnd)!)).toBe(true);
    const u = 'Doanh thu tăng 15% trong giai đoạn 2022 – 2024.';
    expect(isStreakSpan(u, findDates(u).find((x) => x.isoEnd)!)).toBe(false);
  });
  it('on an undated page the paragraph after keeps the figure\'s own year', () => {
    expect(claimOf('Năm 2024, số thuê bao truyền hình tăng hơn 15%, giữ đà liên tục trong 3 năm 2022 – 2024. // Mảng đám mây tăng 40%.', '40%').period).toBe('2024'); // an undated page
  });
});

describe('round 45: the years a record is the highest "from" (isStreakSpan)', () => {
  const s = 'Tính chung 6 tháng năm 2024, doanh thu bán lẻ trực tuyến đạt 812 tỷ đồng, tăng 21% so với cùng kỳ, cũng là mức tăng cao nhất từ các năm 2019-2024.';
  it('the span after "cao nhất từ (các)" is a span a figure is ranked over', () => {
    const d = findDates(s).find((x) => x.isoEnd !== undefined)!;
    expect(isStreakSpan(s, d)).toBe(true);
  });
  it('the sentences after it keep the half reported', () => {
    const m = new Map(englishMetrics([`${s} Trong đó, doanh thu qua sàn đạt 530 tỷ đồng, chiếm 65,3%.`], undefined, false).map((x) => [x.text, x]));
    expect(m.get('530 tỷ đồng')?.period).toMatchObject({ iso: '2024-01', precision: 'half' });
  });
});
