import { describe, expect, it } from 'vitest';
import {
  continuesEnumeration, continuesGoalList, editionPeriods, editionYear, firstStatedYear, forecastsWholeYear, horizonBefore, leadInFrame, nextLatest, releasedPeriods, restatedPeriods,
} from '../../../scripts/ingest/period-carry';
import { recallsPast } from '../../../scripts/ingest/period-compared';

describe('period-carry', () => {
  it('editionYear reads the one year an article gives its ranking ("GII 2024", "DTI 2023"), none when several', () => {
    expect(editionYear('Theo Báo cáo GII 2024 của WIPO, Việt Nam xếp thứ 44.')).toBe('2024');
    expect(editionYear('Kết quả DTI 2023 … so với DTI 2023 cấp bộ')).toBe('2023');
    expect(editionYear('EGDI 2022 và EGDI 2024')).toBeUndefined();
    expect(editionYear('Năm 2024, Việt Nam tăng 2 bậc')).toBeUndefined();
  });

  it('editionYear reads an English index name or a Vietnamese index with "năm" and its year, wherever it stands', () => {
    expect(editionYear('Việt Nam xếp thứ 59.\nLễ công bố Chỉ số Hiệu quả Logistics (Logistics Performance Index 2018) diễn ra tại Geneva.')).toBe('2018');
    expect(editionYear('Tỉnh tăng 4 bậc.\nBộ công bố bảng xếp hạng chuyển đổi số cấp tỉnh năm 2022 hôm qua.')).toBe('2022');
    expect(editionYear('Chỉ số năng lực cạnh tranh cấp tỉnh năm 2021 và chỉ số cải cách hành chính năm 2022')).toBeUndefined();
    expect(editionYear('Chỉ số giá tiêu dùng 6 tháng năm 2023 tăng 3%'), 'a figure between: a period, not an edition').toBeUndefined();
    expect(editionYear('chỉ số chuyển đổi số giai đoạn năm 2021-2025')).toBeUndefined();
    expect(editionYear('Theo báo cáo Chỉ số năng lực cạnh tranh (PCI) năm 2022, tỉnh xếp thứ 9.'), 'an acronym’s bracket may stand between').toBe('2022');
    expect(editionYear('Hiệp hội đổi cách xếp hạng từ năm 2019 để phản ánh đúng hơn.'), 'a year counted from').toBeUndefined();
    expect(editionYear('Tỉnh cải thiện chỉ số so với năm 2021.'), 'a year compared with').toBeUndefined();
    expect(editionYear('Theo DTI 2023, tỉnh xếp thứ 5; mục tiêu nâng chỉ số chuyển đổi số năm 2025 lên nhóm đầu.'), 'a name outranks a description').toBe('2023');
  });

  it('leadInFrame: the last year of a lead-in that is no vision’s', () => {
    expect(leadInFrame('Thực hiện Nghị quyết về chuyển đổi số đến năm 2026, định hướng đến năm 2035; xã ban hành kế hoạch như sau:').period?.iso).toBe('2026');
    expect(leadInFrame('Chiến lược đến năm 2027, tầm nhìn 2040 có các mục tiêu:').period?.iso).toBe('2027');
    expect(leadInFrame('Mục tiêu giai đoạn 2021 - 2025 và năm 2026 gồm:').period?.iso).toBe('2026');
    expect(leadInFrame('Định hướng đến năm 2035, các chỉ tiêu:').period?.iso, 'the one year').toBe('2035');
  });

  it('continuesEnumeration: a paragraph that goes on with the list before it', () => {
    for (const p of ['Thị trường lớn thứ 3 là Đức, đạt 2 tỷ USD.', 'Đứng thứ hai là nhóm hàng máy tính, đạt 5 tỷ USD.', 'Tiếp đến là thị trường Nhật Bản với 1 tỷ USD.', 'Kế đến là Hàn Quốc.', 'Xếp sau là Thái Lan với 30%.',
      'Khoảng cách giữa địa phương dẫn đầu là Long An (40%) và tỉnh cuối bảng là Lai Châu (3%) rất lớn.', 'Thị trường đứng cuối là Lào với 1%.']) {
      expect(continuesEnumeration(p), p).toBe(true);
    }
    for (const p of ['Tỉnh có 120 doanh nghiệp.', 'Năm 2024, thị trường Mỹ đạt 4 tỷ USD.', 'Tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 80%.', 'Hội nghị lần thứ hai diễn ra sau đó. Tiếp theo là phần thảo luận.']) {
      expect(continuesEnumeration(p), p).toBe(false);
    }
  });

  it('releasedPeriods: a release at a meeting dates the figures before it that have none, not goals', () => {
    const q = { iso: '2024-07', precision: 'quarter' as const };
    const bare = () => ({ metric: { unit: 'count' as const, status: 'actual' as const, reasons: ['no-period'], confidence: 'low' as const } as { unit: 'count'; status: 'actual' | 'target'; reasons: string[]; confidence: 'low' | 'high'; period?: typeof q } });
    const [a, goal, dated] = [bare(), bare(), bare()];
    goal.metric.status = 'target';
    dated.metric.period = { iso: '2024-06', precision: 'quarter' };
    releasedPeriods([a, goal, dated], 'Số liệu trên được công bố tại hội nghị giao ban quý III/2024.', q);
    expect([a.metric.period?.iso, a.metric.confidence, goal.metric.period, dated.metric.period?.iso]).toEqual(['2024-07', 'high', undefined, '2024-06']);
    const b = bare();
    releasedPeriods([b], 'Hội nghị giao ban quý III/2024 diễn ra ngày 5/10.', q);
    expect(b.metric.period).toBeUndefined();
  });

  it('restatedPeriods: a fraction restated with its period gives it to the one without; round numbers and other units do not', () => {
    const y = { iso: '2024', precision: 'year' as const };
    const m = (value: number, unit: 'percent' | 'count', period?: typeof y) => ({ metric: { value, unit, status: 'actual' as const, reasons: period ? [] : ['no-period'], confidence: 'low' as const, ...(period ? { period } : {}) } as { value: number; unit: 'percent' | 'count'; status: 'actual'; reasons: string[]; confidence: 'low' | 'high'; period?: typeof y } });
    const [lead, body, round, roundBody, other, otherBody] = [m(61.25, 'percent'), m(61.25, 'percent', y), m(60, 'percent'), m(60, 'percent', y), m(61.25, 'count'), m(12.5, 'count', y)];
    restatedPeriods([lead, body, round, roundBody, other, otherBody]);
    expect([lead.metric.period?.iso, lead.metric.reasons, round.metric.period, other.metric.period]).toEqual(['2024', [], undefined, undefined]);
  });

  it('restatedPeriods: a whole share or rank that is no multiple of five is restated too, with the same qualifier; whole counts and baselines follow the same rule', () => {
    const y = { iso: '2023', precision: 'year' as const };
    type M = { value: number; unit: 'percent' | 'count' | 'rank'; status: 'actual' | 'baseline'; qualifier?: 'over'; reasons: string[]; confidence: 'low' | 'high'; period?: typeof y };
    const m = (value: number, unit: M['unit'], period?: typeof y, extra: Partial<M> = {}) => ({ metric: { value, unit, status: 'actual', reasons: period ? [] : ['no-period'], confidence: 'low', ...(period ? { period } : {}), ...extra } as M });
    const share = [m(37, 'percent'), m(37, 'percent', y)];
    const rank = [m(13, 'rank'), m(13, 'rank', y)];
    const base = [m(41, 'percent', undefined, { status: 'baseline' }), m(41, 'percent', y, { status: 'baseline' })];
    const round = [m(40, 'percent'), m(40, 'percent', y)];
    const count = [m(17, 'count'), m(17, 'count', y)];
    const over = [m(23, 'percent', undefined, { qualifier: 'over' }), m(23, 'percent', y)];
    restatedPeriods([...share, ...rank, ...base, ...round, ...count, ...over]);
    expect([share[0]!.metric.period?.iso, rank[0]!.metric.period?.iso, base[0]!.metric.period?.iso]).toEqual(['2023', '2023', '2023']);
    expect([round[0]!.metric.period, count[0]!.metric.period, over[0]!.metric.period]).toEqual([undefined, undefined, undefined]);
  });

  it('horizonBefore: a list of goals shares the last horizon; a result ends it', () => {
    const t = (iso?: string) => ({ metric: { status: 'target' as const, ...(iso ? { period: { iso, precision: 'year' as const } } : {}) } });
    expect(horizonBefore([t('2025'), t()])?.iso).toBe('2025');
    expect(horizonBefore([t('2025'), { metric: { status: 'actual' as const } }, t()])).toBeUndefined();
    expect(horizonBefore([])).toBeUndefined();
    expect(horizonBefore([{ metric: { status: 'target' as const, period: { iso: '2026-07-30', precision: 'day' as const } } }, t()])).toBeUndefined(); // a task's deadline day
  });

  it('editionPeriods dates only actual ranks without a period, and clears their no-period reason', () => {
    const rank = { metric: { unit: 'rank' as const, status: 'actual' as const, reasons: ['no-period'], confidence: 'low' as const } };
    const dated = { metric: { unit: 'rank' as const, status: 'actual' as const, period: { iso: '2022', precision: 'year' as const }, reasons: [], confidence: 'high' as const } };
    const share = { metric: { unit: 'percent' as const, status: 'actual' as const, reasons: ['no-period'], confidence: 'low' as const } };
    editionPeriods([rank, dated, share], '2024');
    expect([rank.metric, dated.metric.period?.iso, share.metric]).toMatchObject([{ period: { iso: '2024' }, reasons: [], confidence: 'high' }, '2022', { reasons: ['no-period'] }]);
  });

  it('editionPeriods dates a score printed as a share or points in the sentence of a rank it dated, not one elsewhere', () => {
    const quote = 'Tỉnh xếp thứ 7/63 về chỉ số này, đạt 88,5%.';
    const m = (unit: 'rank' | 'percent' | 'points', q: string) => ({ metric: { unit, quote: q, status: 'actual' as const, reasons: ['no-period'], confidence: 'low' as const } as { unit: typeof unit; quote: string; status: 'actual'; reasons: string[]; confidence: 'low' | 'high'; period?: { iso: string; precision: 'year' } } });
    const [rank, score, points, other] = [m('rank', quote), m('percent', quote), m('points', quote), m('percent', 'Tỷ lệ hồ sơ trực tuyến đạt 60%.')];
    editionPeriods([rank, score, points, other], '2023');
    expect([score.metric.period?.iso, points.metric.period?.iso, other.metric.period]).toEqual(['2023', '2023', undefined]);
  });

  it('firstStatedYear: the first year stated that is no comparison, cited document or day', () => {
    expect(firstStatedYear(['Tính riêng trong tháng 5, doanh thu tăng 9% so với cùng kỳ năm 2021.', 'Trong 5 tháng đầu năm 2022, doanh thu đạt 1,3 triệu tỷ đồng.'])).toBe('2022');
    expect(firstStatedYear(['Theo Quyết định số 749/QĐ-TTg ngày 3/6/2020, …', 'Năm 2024, tỉnh đạt 45%.'])).toBe('2024');
    expect(firstStatedYear(['Sáng 19/7/2024, hội nghị diễn ra.'])).toBeUndefined();
  });

  it('firstStatedYear: the same period of a named year before any year of the page\'s own is the year before it (round 39)', () => {
    expect(firstStatedYear(['Đến ngày 20/4, doanh thu đạt 5 tỷ USD.', 'So với cùng kỳ 2022, doanh thu tăng 8%.', 'Năm 2022, cả năm đạt 15 tỷ USD.'])).toBe('2023');
    expect(firstStatedYear(['Doanh thu tăng 8% so với cùng kỳ năm 2023.'])).toBe('2024');
    expect(firstStatedYear(['Năm 2025, doanh thu tăng 8% so với cùng kỳ năm 2019.'])).toBe('2025');
    expect(firstStatedYear(['Doanh thu tăng 8% so với cùng kỳ năm trước.'])).toBeUndefined();
  });

  it('firstStatedYear: months without a year compared with the same dated months are the year after them (round 9)', () => {
    const texts = ['Trong tháng 8, doanh thu đạt 2 tỷ USD. Lũy kế 8 tháng đầu năm, doanh thu đạt 15 tỷ USD, tăng 6% so với 8T/2023.', 'Trước đó, năm 2023 doanh thu đạt 20 tỷ USD.'];
    expect(firstStatedYear(texts)).toBe('2024');
    expect(firstStatedYear(['Lũy kế 8 tháng đầu năm, doanh thu tăng 6% so với năm 2023.', 'Năm 2022 doanh thu đạt 18 tỷ USD.'])).toBe('2022');
  });

  it('continuesGoalList: a figure after a sentence of goals continues the list unless it reports the present or the past', () => {
    const t = { metric: { status: 'target' as const, period: { iso: '2025', precision: 'year' as const } } };
    const a = { metric: { status: 'actual' as const } };
    const y2025 = { iso: '2025', precision: 'year' as const };
    expect(continuesGoalList('Tỷ lệ giao dịch không dùng tiền mặt đạt từ ', [t], [t], y2025)).toBe(true);
    expect(continuesGoalList('kinh tế số chiếm ', [t, t], [t], y2025)).toBe(true);
    for (const s of ['Hiện tỉnh có ', 'Đến nay đã có ', 'Tỷ trọng kinh tế số chưa tới ', 'Hiện nay tỷ lệ này là ']) expect(continuesGoalList(s, [t], [t], y2025), s).toBe(false);
    expect(continuesGoalList('Tỉnh thực hiện ', [t], [t], y2025)).toBe(true);
    expect(continuesGoalList('Tỷ lệ hồ sơ trực tuyến của tỉnh đạt ', [t], [t], undefined), 'no current period: a result').toBe(false);
    expect(continuesGoalList('Khối bộ, ngành đạt ', [a, t], [a, t], y2025)).toBe(false);
    expect(continuesGoalList('Tỷ lệ đạt ', [t], [], undefined)).toBe(false);
    expect(continuesGoalList('Năm 2023 tỷ lệ đạt ', [t], [t], { iso: '2023', precision: 'year' })).toBe(false);
    expect(continuesGoalList('Tỷ lệ đô thị hóa đạt ', [t], [t], { iso: '2021', isoEnd: '2025', precision: 'year' }), 'a term ending on the horizon').toBe(true);
    expect(continuesGoalList('Tỷ lệ đô thị hóa đạt ', [t], [t], { iso: '2020', isoEnd: '2024', precision: 'year' }), 'a span ending elsewhere').toBe(false);
  });

  it('continuesGoalList: one plan for a month or a quarter opens no list; two goals, or one toward a year, do', () => {
    const q4 = { iso: '2024-10', precision: 'quarter' as const };
    const one = { metric: { status: 'target' as const, period: q4 } };
    expect(continuesGoalList('Ngoài ra, tỷ lệ hộ có cáp quang đạt ', [one], [one], q4), 'a lone quarter plan').toBe(false);
    expect(continuesGoalList('Ngoài ra, tỷ lệ hộ có cáp quang đạt ', [one, one], [one, one], q4), 'a list of the quarter\'s goals').toBe(true);
    const may = { iso: '2024-05', precision: 'month' as const };
    const m = { metric: { status: 'target' as const, period: may } };
    expect(continuesGoalList('số trạm 5G lên ', [m], [m], may), 'a lone month plan').toBe(false);
  });

  it('nextLatest keeps the period before over a forecast\'s, not over a result\'s or an estimate\'s', () => {
    const y = (iso: string) => ({ iso, precision: 'year' as const });
    expect(nextLatest(y('2026'), y('2024'), 'Năm 2026, doanh thu dự kiến đạt 5 tỷ USD', ['estimate'])).toEqual(y('2024'));
    expect(nextLatest(y('2026'), y('2024'), 'Mục tiêu năm 2026, tỷ lệ đạt 80%', ['target'])).toEqual(y('2024'));
    expect(nextLatest(y('2025'), y('2024'), 'Ước năm 2025, doanh thu đạt 5 tỷ USD', ['estimate'])).toEqual(y('2025'));
    expect(nextLatest(y('2026'), y('2024'), 'Năm 2026, dự kiến doanh thu 5 tỷ USD, năm 2025 đạt 4 tỷ USD', ['estimate', 'actual'])).toEqual(y('2026'));
    expect(nextLatest(y('2026'), undefined, 'Năm 2026 dự kiến đạt 5 tỷ USD', ['estimate']), 'a prediction sets no current period').toBeUndefined();
    expect(nextLatest(y('2026'), undefined, 'Mục tiêu năm 2026, tỷ lệ đạt 80%', ['target']), 'a goal\'s year frames the goals after it').toEqual(y('2026'));
    expect(nextLatest(null, y('2024'), 'Ngày 5/3/2024, …', [])).toEqual(y('2024'));
  });

  it('nextLatest, round 34: a plan\'s term in a sentence with no figure ends the current period', () => {
    const span = { iso: '2024', precision: 'year' as const, isoEnd: '2026' };
    const y = (iso: string) => ({ iso, precision: 'year' as const });
    expect(nextLatest(span, y('2023'), 'Các thôn còn lại sẽ được phủ sóng trong giai đoạn 2024-2026.', [])).toBeUndefined();
    expect(nextLatest(span, undefined, 'Bộ sẽ giao doanh nghiệp triển khai từ quỹ công ích giai đoạn 2024 - 2026.', [])).toBeUndefined();
    expect(nextLatest(span, y('2023'), 'Giai đoạn 2024-2026, tỉnh sẽ đầu tư 300 trạm.', ['target']), 'a plan with figures: the forecast rule').toEqual(span);
    expect(nextLatest(span, y('2023'), 'Trong giai đoạn 2024-2026, các doanh nghiệp đã phủ sóng cho các thôn.', []), 'a span gone by').toEqual(span);
  });

  it('nextLatest: a month\'s or a quarter\'s "sẽ" plan is no current period; a year\'s may frame the goals after it', () => {
    const m = (iso: string) => ({ iso, precision: 'month' as const });
    const q = { iso: '2023-07', precision: 'quarter' as const, text: 'quý III/2023' };
    expect(nextLatest(q, m('2023-06'), 'Trong quý III/2023, doanh nghiệp sẽ lắp thêm 200 trạm', ['target'])).toEqual(m('2023-06'));
    expect(nextLatest(m('2024-12'), m('2024-10'), 'Tháng 12, tỉnh sẽ đưa 15 dịch vụ lên cổng', ['target'])).toEqual(m('2024-10'));
    expect(nextLatest(q, m('2023-06'), 'Trong quý III/2023, doanh nghiệp sẽ lắp thêm 200 trạm, đã lắp 50 trạm', ['target', 'actual']), 'a result in it').toEqual(q);
    expect(nextLatest({ iso: '2030', precision: 'year' as const }, m('2023-06'), 'Đến năm 2030, tỉnh sẽ có 500 trạm', ['target'])).toEqual({ iso: '2030', precision: 'year' });
  });

  it('forecastsWholeYear: a prediction of the whole year of the quarter reported leaves the quarter to the sentences after it (round 46)', () => {
    const quarter = { iso: '2024-01', isoEnd: '2024-03', precision: 'quarter' as const, text: 'quý I/2024' };
    const year = { iso: '2024', precision: 'year' as const, text: 'năm 2024' };
    const s = 'Theo dự báo, doanh số bán lẻ trực tuyến năm 2024 sẽ tăng khoảng 30% so với năm 2023.';
    expect(forecastsWholeYear(year, quarter, s, ['estimate'])).toBe(true);
    expect(forecastsWholeYear(year, quarter, s, ['estimate', 'actual'])).toBe(false); // a result of the year too
    expect(forecastsWholeYear(year, quarter, 'Phấn đấu năm 2024 doanh số tăng 30%.', ['target'])).toBe(false); // a goal's year may frame the goals after it
    expect(forecastsWholeYear({ ...year, iso: '2025' }, quarter, s.replace('2024', '2025'), ['estimate'])).toBe(false); // another year
    expect(forecastsWholeYear(year, year, s, ['estimate'])).toBe(false); // a year reported before
  });

  it('recallsPast: "Hồi <date>, … từng …" recalls a past point; a report of that date does not (round 46)', () => {
    expect(recallsPast('Hồi tháng 6/2024, Internet cố định từng vào danh sách này với tốc độ 136 Mbps.')).toBe(true);
    expect(recallsPast('Vào hồi đầu năm 2023, tỉnh từng xếp thứ 40.')).toBe(true);
    expect(recallsPast('Hồi tháng 6/2024, tỉnh đạt 136 điểm.')).toBe(false);
    expect(recallsPast('Tỉnh từng xếp thứ 40 hồi tháng 6/2024.')).toBe(false);
  });
});
