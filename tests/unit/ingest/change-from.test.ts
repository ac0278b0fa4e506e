/** A change followed by the two values it moves between (round 19; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isChangeStart, isMovedGoalStart, moveRole, movedPeriod, opensOnComparedValue, withoutMoveStarts } from '../../../scripts/ingest/change-from';
import { findDates } from '../../../scripts/ingest/dates';
import { metricsByText } from './metrics-support';

const at = (s: string, w: string) => ({ start: s.indexOf(w) });

describe('moveRole', () => {
  it('reads the change, the dated start and the end of "tăng N%, từ X năm A lên Y" and "gấp N lần – tăng từ X năm A lên Y"', () => {
    const s = 'Số thuê bao tăng 35%, từ 12 triệu năm 2022 lên 16,2 triệu thuê bao năm 2023.';
    expect(['35%', '12 triệu', '16,2'].map((w) => moveRole(s, at(s, w))?.role)).toEqual(['change', 'start', 'end']);
    const t = 'Doanh thu gấp 2,1 lần — tăng từ mức 800 tỷ đồng vào năm 2019 lên khoảng 1.700 tỷ đồng hiện nay.';
    expect(['2,1', '800', '1.700'].map((w) => moveRole(t, at(t, w))?.role)).toEqual(['change', 'start', 'end']);
  });
  it('reads no move without a change figure before "từ", or without the start\'s year', () => {
    const s = 'Tỷ lệ tăng từ 6,1% năm 2021 lên 7,3% năm 2024.';
    expect(isChangeStart(s, at(s, '6,1'))).toBe(false);
    const t = 'Số doanh nghiệp tăng 20%, từ 500 lên 600 doanh nghiệp.';
    expect(isChangeStart(t, at(t, '500'))).toBe(false);
  });
});

describe('movedPeriod', () => {
  it('dates the change and the end by the year in the end\'s item; none when that item has no year', () => {
    const s = 'Lượt truy cập tăng 40%, từ 50 triệu năm 2023 lên 70 triệu lượt trong 2024.';
    const d = findDates(s);
    expect(movedPeriod(s, at(s, '40%'), d)?.iso).toBe('2024');
    expect(movedPeriod(s, at(s, '70 triệu'), d)?.iso).toBe('2024');
    expect(movedPeriod(s, at(s, '50 triệu'), d)).toBeUndefined();
    const t = 'Thu nhập gấp 1,6 lần, tăng từ 2.000 USD năm 2015 lên hơn 3.200 USD vào cuối năm nay.';
    expect(movedPeriod(t, at(t, '1,6'), findDates(t))).toBeNull();
  });
  it('in a paragraph: the start is the end\'s baseline of its own year, the change and the end take the end\'s year', () => {
    const m = metricsByText('Năm 2024, giao dịch thanh toán qua nền tảng tăng 25%, từ 800 triệu năm 2023 lên 1.000 triệu giao dịch trong 2024.');
    expect(m['800 triệu']).toMatchObject({ status: 'baseline', baselineFor: m['1.000 triệu']!.id, period: { iso: '2023' } });
    expect(m['25%']).toMatchObject({ status: 'actual', period: { iso: '2024' } });
    expect(m['1.000 triệu']).toMatchObject({ status: 'actual', period: { iso: '2024' } });
  });
});

describe('withoutMoveStarts', () => {
  it('drops the start year of a spelled-out move, keeps the end\'s', () => {
    const s = 'Thu nhập gấp 1,5 lần, tăng từ 2.500 USD năm 2018 lên 3.750 USD năm 2023.';
    expect(withoutMoveStarts(s, findDates(s)).map((d) => d.iso)).toEqual(['2023']);
    const t = 'Doanh thu năm 2018 đạt 2.500 tỷ đồng.';
    expect(withoutMoveStarts(t, findDates(t)).map((d) => d.iso)).toEqual(['2018']);
  });
});

describe('isMovedGoalStart', () => {
  it('the level a goal is moved from is an old goal', () => {
    const s = 'Chỉ tiêu tăng trưởng xuất khẩu cả năm được điều chỉnh từ 6 - 8% lên 12%.';
    expect(isMovedGoalStart(s, at(s, '6 - 8%'))).toBe(true);
    const t = 'Kế hoạch doanh thu năm nay đã được nâng từ mức 500 tỷ đồng lên 650 tỷ đồng.';
    expect(isMovedGoalStart(t, at(t, '500'))).toBe(true);
  });
  it('not a result a value moves from', () => {
    const s = 'Tỷ lệ thanh toán số tăng từ 40% lên 55%.';
    expect(isMovedGoalStart(s, at(s, '40%'))).toBe(false);
  });
  it('in a page: the old and the new goal are goals of the year; a quarter later in the clause is the quarter\'s only', () => {
    const m = metricsByText('Năm 2026, mục tiêu tăng trưởng doanh thu cả năm được nâng từ 10 - 12% lên 15%, với kỳ vọng quý II đạt 16%.');
    expect(m['10 - 12%']).toMatchObject({ status: 'target', period: { iso: '2026', precision: 'year' } });
    expect(m['15%']).toMatchObject({ status: 'target', period: { iso: '2026', precision: 'year' } });
    expect(m['16%']).toMatchObject({ period: { iso: '2026-04', precision: 'quarter' } });
  });
});

describe('a sentence that opens on the value compared with (round 21)', () => {
  it('reads "So với <date> là" before the number', () => {
    expect(opensOnComparedValue('so với năm 2017 là ')).toBe(true);
    expect(opensOnComparedValue('so với cuối quý ii/2022 là khoảng ')).toBe(true);
    expect(opensOnComparedValue('  so với tháng 3/2021 có ')).toBe(true);
    expect(opensOnComparedValue('doanh thu so với năm 2017 là ')).toBe(false);
    expect(opensOnComparedValue('so với năm 2017, doanh thu đạt ')).toBe(false);
  });
  it('makes the value a baseline of its year, the result after it stays a result', () => {
    const m = metricsByText('Năm 2023, số vụ lừa đảo giảm. So với năm 2017 là 80 triệu vụ, sau 6 năm con số này chỉ còn 15 triệu vụ.');
    expect([m['80 triệu']?.status, m['80 triệu']?.period?.iso, m['15 triệu']?.status]).toEqual(['baseline', '2017', 'actual']);
  });
  it('reads a value compared with after a result too', () => {
    const m = metricsByText('Năm 2023 có 15 triệu vụ, giảm mạnh so với năm 2017 là 80 triệu vụ.');
    expect([m['80 triệu']?.status, m['80 triệu']?.period?.iso]).toEqual(['baseline', '2017']);
  });
});

describe('withoutMoveStarts: a move with no change figure (round 38)', () => {
  it('drops the dated start of "từ mức X quý 1/2022 xuống Y" and "từ X năm 2021 lên Y"', () => {
    const s = 'Biên lợi nhuận giảm từ mức 38% quý 2/2024 xuống 31%.';
    expect(withoutMoveStarts(s, findDates(s)).map((d) => d.iso)).toEqual([]);
    const t = 'Trong năm 2025, số cửa hàng tăng từ 410 cửa hàng năm 2024 lên 530 cửa hàng.';
    expect(withoutMoveStarts(t, findDates(t)).map((d) => d.iso)).toEqual(['2025']);
  });
  it('the paragraph after takes the report\'s quarter, not the start\'s', () => {
    const m = metricsByText('Công ty công bố kết quả quý 2/2025, doanh thu đạt 2.100 tỷ đồng; biên lợi nhuận giảm từ mức 38% quý 2/2024 xuống 31%.', 'Trong kỳ, chi phí bán hàng đạt 95 tỷ đồng.');
    expect(m['95 tỷ đồng']!.period?.iso).toBe('2025-04');
  });
  it('keeps a date that is not a move\'s start', () => {
    const s = 'Doanh thu từ 5G năm 2024 đạt 900 tỷ đồng.';
    expect(withoutMoveStarts(s, findDates(s)).map((d) => d.iso)).toEqual(['2024']);
  });
});
