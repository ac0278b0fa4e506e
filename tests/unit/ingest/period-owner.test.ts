import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { attachedByNoun, isSeriesPoint, opensLaterItem, ownedByOther } from '../../../scripts/ingest/period-owner';
import { inheritablePeriod, periodFor } from '../../../scripts/ingest/periods';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { metricOf } from '../../support/metrics-of';

const span = (s: string, n: string, from = 0) => ({ start: s.indexOf(n, from), end: s.indexOf(n, from) + n.length });
const dateOf = (s: string, text: string) => findDates(s).find((d) => d.text === text)!;
const periodOf = (s: string, n: string, from = 0) => periodFor(findDates(s), s, span(s, n, from))?.period.iso;

describe('a date after a number and its noun is that number\'s own period (round 9)', () => {
  const s = 'Đã lắp 900 trạm, trong đó có 500 trạm giai đoạn 2019-2020 và xây mới 400 trạm giai đoạn 2021-2022.';
  it('attachedByNoun: a noun of one to three words and the end of the item', () => {
    expect(attachedByNoun(s, dateOf(s, 'giai đoạn 2021-2022'), span(s, '400'))).toBe(true);
    const p = 'Mục tiêu phủ 4G đến 60% hộ gia đình vào năm 2023 và 85% hộ gia đình vào năm 2026.';
    expect(attachedByNoun(p, dateOf(p, 'năm 2026'), span(p, '85%'))).toBe(true);
    expect(periodOf(p, '85%')).toBe('2026');
    const t = 'Số thuê bao đạt 80 triệu thuê bao năm 2024, tăng 3%.';
    expect(attachedByNoun(t, dateOf(t, 'năm 2024'), span(t, '80 triệu'))).toBe(true);
  });
  it('ownedByOther: another number\'s own date is not this number\'s', () => {
    expect(ownedByOther(s, dateOf(s, 'giai đoạn 2019-2020'), span(s, '400'))).toBe(true);
    expect(ownedByOther(s, dateOf(s, 'giai đoạn 2019-2020'), span(s, '500'))).toBe(false);
    expect(periodOf(s, '400')).toBe('2021');
    expect(periodOf(s, '500')).toBe('2019');
  });
  it('a preposition or a link word between makes no noun: the date stays the clause\'s', () => {
    const a = 'Với doanh thu 20 tỷ USD trong năm 2023, tỷ trọng đạt khoảng 8%';
    expect(ownedByOther(a, dateOf(a, 'năm 2023'), span(a, '8%'))).toBe(false);
    const b = 'Tỉnh năm 2021 xếp thứ 9 còn năm 2022, tỉnh lên vị trí thứ 4.';
    expect(ownedByOther(b, dateOf(b, 'năm 2022'), span(b, '4'))).toBe(false);
    expect(periodOf(b, '4')).toBe('2022');
    const d = 'Có 2.300 vụ tấn công, doanh thu đạt 700 tỷ đồng trong quý 3/2024.';
    expect(ownedByOther(d, dateOf(d, 'quý 3/2024'), span(d, '2.300'))).toBe(false);
    const c = 'tỷ lệ tăng từ mức 40% lên 65% trong giai đoạn 2021 - 2024';
    expect(ownedByOther(c, dateOf(c, 'giai đoạn 2021 - 2024'), span(c, '40%'))).toBe(false);
  });
});

describe('round 12: a series dated number by number', () => {
  it('its years are points of the series, and none is handed on to the sentences after', () => {
    const s = 'Số trạm tăng từ 1.200 trạm năm 2020 lên 1.900 trạm năm 2021 và đạt 2.600 trạm năm 2022.';
    const dates = findDates(s);
    expect(dates.every((d) => isSeriesPoint(s, d, dates))).toBe(true);
    expect(inheritablePeriod(s, dates)).toBeUndefined();
  });

  it('one dated figure, or a year opening the sentence, is no series: its year is handed on', () => {
    const s = 'Doanh thu đạt 500 tỷ đồng năm 2022.';
    expect(isSeriesPoint(s, findDates(s)[0]!, findDates(s))).toBe(false);
    expect(inheritablePeriod(s, findDates(s))?.iso).toBe('2022');
    const t = 'Năm 2022, tỉnh có 1.200 trạm và 300 điểm phát sóng năm trước.';
    expect(inheritablePeriod(t, findDates(t))?.iso).toBe('2022');
  });
});

describe('round 15: the date of the figure a change qualifies', () => {
  const periodOf = (s: string, v: string) => periodFor(findDates(s), s, findNumbers(s).find((n) => n.text === v)!)?.period.iso;
  it('dates a growth or a multiple in a clause after a figure whose own year closes its item', () => {
    const s = 'Doanh thu dịch vụ số ước đạt 12 tỷ USD năm 2026, gấp 2 lần so với năm 2021, tăng bình quân 15%/năm.';
    expect([periodOf(s, '2 lần'), periodOf(s, '15%')]).toEqual(['2026', '2026']);
  });

  it('leaves a count after it, and a change with no comma between, to the other rules', () => {
    const s = 'Doanh thu dịch vụ số ước đạt 12 tỷ USD năm 2026, có 300 doanh nghiệp tham gia.';
    expect(periodOf(s, '300')).toBeUndefined();
  });
});

describe('round 29c: opensLaterItem', () => {
  const at = (s: string, n: string, d: string) => ({ n: { start: s.indexOf(n), end: s.indexOf(n) + n.length }, d: findDates(s).find((x) => x.text.includes(d))! });
  it('is true for a date past a comma that a later figure follows in its item', () => {
    for (const [s, n, d] of [['đóng góp 5,8% (chiếm 41,4%), bình quân giai đoạn 2020-2023 đạt 12,1%', '5,8%', '2020'], ['đạt khoảng 120, nhưng năm 2030 phải vào top 50', '120', '2030'], ['đạt 3.100, bình quân giai đoạn 2021-2024 tăng 6%', '3.100', '2021']]) {
      const { n: num, d: date } = at(s!, n!, d!);
      expect(opensLaterItem(s!, date, num), s).toBe(true);
    }
  });

  it('is false with no comma between, or no figure after the date in its item', () => {
    const close = 'đạt 3.100 doanh nghiệp trong năm 2024 với 6% tăng trưởng';
    const a = at(close, '3.100', '2024');
    expect(opensLaterItem(close, a.d, a.n)).toBe(false);
    const end = 'đạt 3.100 doanh nghiệp, tính trong năm 2024.';
    const b = at(end, '3.100', '2024');
    expect(opensLaterItem(end, b.d, b.n)).toBe(false);
  });
});

describe('closesRankField: a rank dated by the year that closes its field (round 43)', () => {
  it.each([
    ['Tại Hội nghị năm 2025, tỉnh Bình Định xếp thứ 12/34 tỉnh, thành phố về mức độ chuyển đổi số năm 2024, đạt 0,70 điểm.', '12/34', '2024'],
    ['Theo công bố tại sự kiện năm 2023, Việt Nam xếp thứ 71/193 quốc gia về phát triển chính phủ điện tử năm 2022.', '71/193', '2022'],
  ])('%s → %s dated %s', (s, n, year) => expect(metricOf(s, n).period?.iso).toBe(year));
  it('a figure that is no rank keeps the year before it', () =>
    expect(metricOf('Năm 2024, tỉnh Bình Định có 34 doanh nghiệp về chuyển đổi số năm 2023, tăng mạnh.', '34').period?.iso).toBe('2024'));
});
