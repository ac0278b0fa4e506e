import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';
import { isBreakdownItem, isPartInTotal, isSharingPart } from '../../../scripts/ingest/part-of-whole';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { segments } from './metrics-support';
import { metricOf } from '../../support/metrics-of';

const span = (s: string, v: string, unit = 'count') => ({ start: s.indexOf(v), end: s.indexOf(v) + v.length, unit });

describe('isBreakdownItem: an item of the breakdown of a total before it', () => {
  const s = 'Năm 2023 có 9.000 sự cố, bao gồm: 4.100 sự cố lừa đảo và 2.300 sự cố mã độc; tháng 12 có 800 sự cố.';
  const total = { ...span(s, '9.000'), indicator: 'incidents' };
  it.each([['4.100', true], ['2.300', true], ['800', false]])('%s → %s', (v, want) => {
    expect(isBreakdownItem(s, span(s, v), [total], 'incidents')).toBe(want);
  });
  it('needs the same unit and the same series', () => {
    expect(isBreakdownItem(s, span(s, '4.100'), [{ ...total, unit: 'VND' }], 'incidents')).toBe(false);
    expect(isBreakdownItem(s, span(s, '4.100'), [{ ...total, indicator: 'other' }], 'incidents')).toBe(false);
  });
});

describe('isBreakdownItem: "trong đó có", "trong số đó có" open a breakdown too (round 9)', () => {
  const s = 'Đã lắp đặt 1.200 trạm BTS, trong đó có 700 trạm 4G; trong số đó có 300 trạm ở vùng núi.';
  const total = { ...span(s, '1.200'), indicator: 'bts' };
  it.each([['700', true], ['300', false]])('%s → %s', (v, want) => {
    expect(isBreakdownItem(s, span(s, v), [total], 'bts')).toBe(want);
  });
  it('a bare "trong đó" may name the part a series counts: no breakdown', () => {
    const u = 'Đã cấp 90 triệu thẻ, trong đó 70 triệu thẻ đã kích hoạt.';
    expect(isBreakdownItem(u, span(u, '70 triệu'), [{ ...span(u, '90 triệu'), indicator: 'cards' }], 'cards')).toBe(false);
  });
  it('a breakdown into groups with a series of their own is not this rule\'s (it needs the same series)', () => {
    const t = 'Tỷ lệ cả nước đạt 40%, trong đó khối bộ đạt 57%.';
    expect(isBreakdownItem(t, span(t, '57%', 'percent'), [{ ...span(t, '40%', 'percent'), indicator: 'whole' }], 'part')).toBe(false);
  });
});

describe('isPartInTotal: the conversion of a part\'s amount in brackets is that part\'s too (round 9)', () => {
  it('"(hơn 40 tỷ USD)" after the part\'s amount in đồng', () => {
    const s = 'Giá trị nội địa trong tổng doanh thu ngành điện tử đạt 1,02 triệu tỷ đồng (hơn 40 tỷ USD).';
    expect(isPartInTotal(s, span(s, '40 tỷ USD', 'USD'))).toBe(true);
    const t = 'Doanh thu ngành điện tử đạt 1,02 triệu tỷ đồng (hơn 40 tỷ USD).';
    expect(isPartInTotal(t, span(t, '40 tỷ USD', 'USD'))).toBe(false);
  });
});

describe('isPartInTotal: a part named "trong tổng" the whole', () => {
  it.each([
    ['Phần giá trị nội địa trong tổng doanh thu ngành điện tử đạt 30 tỷ USD', '30 tỷ USD', 'USD', true],
    ['Số doanh nghiệp nhỏ trong tổng số doanh nghiệp công nghệ số là 40.000', '40.000', 'count', true],
    ['Tỷ trọng phần mềm trong tổng doanh thu đạt 12%', '12%', 'percent', false],
    ['Tổng doanh thu ngành điện tử đạt 130 tỷ USD', '130 tỷ USD', 'USD', false],
  ])('%j → %s', (s, v, unit, want) => {
    expect(isPartInTotal(s, span(s, v, unit))).toBe(want);
  });
});

describe('isSharingPart: a part holding a share of a whole before it', () => {
  it.each([
    ['Trong 8.000 cuộc tấn công mạng, tấn công lừa đảo nhiều nhất với 3.500 vụ, chiếm gần 44%.', '3.500', true],
    ['Cả nước có 8.000 cuộc tấn công mạng; riêng mã độc 2.900 vụ chiếm 36%.', '2.900', true],
    ['Doanh thu đạt 500 tỷ đồng, trong đó xuất khẩu 300 tỷ đồng, chiếm tới 60%.', '300 tỷ đồng', true],
    ['Trong 8.000 cuộc tấn công mạng, 3.500 vụ đã được xử lý.', '3.500', false], // no share after it
    ['Năm 2023 có 8.000 cuộc tấn công mạng, chiếm 30% khu vực.', '8.000', false], // the first figure: no whole before it
    ['Quý I ghi nhận 8.000 cuộc tấn công mạng, đưa tổng số cả năm lên 19.400 vụ, chiếm 41% khu vực.', '19.400', false], // session 24: a running total the first adds to
    ['Tháng 3 có 8.000 cuộc tấn công mạng, lũy kế từ đầu năm 21.300 vụ, chiếm gần một nửa cả năm trước.', '21.300', false], // … not a part of it
  ])('%s %s → %s', (s, v, want) => {
    const unit = v.includes('đồng') ? 'VND' : 'count';
    const whole = s.includes('500 tỷ') ? { ...span(s, '500 tỷ đồng', 'VND'), indicator: 'x' } : { ...span(s, '8.000'), indicator: 'x' };
    expect(isSharingPart(s, span(s, v, unit), whole.start < s.indexOf(v) ? [whole] : [], 'x')).toBe(want);
  });
  it('needs the same series before it', () => {
    const s = 'Trong 8.000 cuộc tấn công mạng, tấn công lừa đảo nhiều nhất với 3.500 vụ, chiếm gần 44%.';
    expect(isSharingPart(s, span(s, '3.500'), [{ ...span(s, '8.000'), indicator: 'y' }], 'x')).toBe(false);
  });
});

describe('extractMetrics: the parts of a total keep no series of the whole', () => {
  it('a breakdown after "gồm" leaves its items without the total\'s series', () => {
    const ROOT = new URL('../../../', import.meta.url).pathname;
    const text = 'Trong năm 2021, cơ quan chức năng đã xử lý 9.800 cuộc tấn công mạng, gồm: 2.100 cuộc tấn công lừa đảo và 3.400 cuộc tấn công cài mã độc.';
    const got = extractMetrics(segments([text]), { articleYear: 2022, indicators: loadIndicators(ROOT), topics: loadTopics(ROOT), fallbackTopic: 'chi-dao-dieu-hanh' });
    expect(got.map((m) => [m.text, m.indicator ?? null])).toEqual([['9.800', 'cyberattacks'], ['2.100', null], ['3.400', null]]);
  });
});

describe('isChangeOfFigureBefore: a share\'s own change (round 38)', () => {
  it('a change right after a share and a comma is the share\'s, in points: no series', () => {
    expect(indicatorOf('Năm 2024, tỷ trọng kinh tế số trong GDP cả nước ở mức 18,3%, tăng 1,5% so với năm trước.', '1,5%', 2024)).toBe('none');
    expect(indicatorOf('Năm 2024, tỷ trọng kinh tế số trong GDP cả nước ở mức 18,3%, tăng 1,5% so với năm trước.', '18,3%', 2024)).not.toBe('none');
  });
  it('not a growth after an amount', () => {
    expect(indicatorOf('Năm 2024, kinh tế số của cả nước tăng trưởng 20%, cao gấp 3 lần tăng trưởng GDP.', '20%', 2024)).toBe('digital-economy-growth');
  });
});

describe('round 38: a count\'s change and an amount\'s conversion', () => {
  it('a change right after a count and its noun is the count\'s: no series of an amount\'s growth', () => {
    expect(indicatorOf('Năm 2024, số người mua sắm trực tuyến đạt 58 triệu người, tăng 9,5% so với năm 2023.', '9,5%', 2024)).toBe('none');
    expect(indicatorOf('Năm 2024, doanh thu thương mại điện tử đạt 25 tỷ USD, tăng 20% so với năm 2023.', '20%', 2024)).toBe('ecommerce-growth');
  });
  it('an amount restated in another currency takes no series its figure did not', () => {
    const s = 'Doanh thu dịch vụ quốc tế của tập đoàn đạt gần 2 tỷ USD (khoảng hơn 50.000 tỷ đồng), ngang doanh thu viễn thông trong nước.';
    expect(indicatorOf(s, '2 tỷ USD', 2024)).toBe('none');
    expect(indicatorOf(s, '50.000 tỷ đồng', 2024)).toBe('none');
    expect(indicatorOf('Năm 2024, doanh thu viễn thông đạt 340.000 tỷ đồng (tương đương 13,4 tỷ USD).', '13,4 tỷ USD', 2024)).toBe(indicatorOf('Năm 2024, doanh thu viễn thông đạt 340.000 tỷ đồng (tương đương 13,4 tỷ USD).', '340.000 tỷ đồng', 2024));
  });
});

describe('a running total after the month that adds to it (session 24, part-of-whole.ts TOTAL_BETWEEN)', () => {
  it('keeps the series of the month before it, though a share follows', () => {
    const text = 'Xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện trong tháng 5 đạt 8,2 tỷ USD, đưa tổng kim ngạch 5 tháng lên 40,15 tỷ USD, chiếm 21% tổng xuất khẩu.';
    expect(metricOf(text, '40,15 tỷ USD', 2024).indicator).toBe('ict-exports');
  });
});
