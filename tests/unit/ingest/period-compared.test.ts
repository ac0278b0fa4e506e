/** Periods read from what a figure is set against (round 9b forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { announcedComparedPeriod, comparedSpanPeriod, comparedYearPeriod, contrastTurn, yearOverCarriedPoint, goalLastBefore, onlyRanksBefore, opensNewReport, opensOnNow, opensOnSoFar, openingComparedBracket, restatedFigure } from '../../../scripts/ingest/period-compared';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Metrics of paragraphs (of an article dated `articleYear`, or undated), keyed by the number as written (the first of equal ones). */
function metricsOf(articleYear: number | undefined, headline: boolean, ...paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...(articleYear ? { articleYear } : {}), ...lex, fallbackTopic: 'chi-dao-dieu-hanh', headline })) out[m.text] ??= m;
  return out;
}
const iso = (m: Metric | undefined) => (m?.period ? `${m.period.iso}/${m.period.precision}` : 'none');
const at = (s: string, t: string) => ({ start: s.indexOf(t), end: s.indexOf(t) + t.length });

describe('comparedYearPeriod: the year after the one compared with', () => {
  it.each([
    ['Trong năm qua, doanh thu ước đạt 12 tỷ USD, tăng 8% so với năm 2022.', '8%', '2023'],
    ['Số thuê bao đạt 70 triệu, tăng 4% so với cùng kỳ năm 2021.', '70 triệu', '2022'],
    ['Cả năm, kim ngạch tăng 5% so với 2019; số hộ tăng 2%.', '5%', '2020'],
    ['Lượng bưu gửi tăng khoảng 12% so với năm 2022 (vượt kế hoạch năm 2023).', '12%', '2023'], // the sentence names the year after
  ])('%j: %s → %s', (s, n, want) => {
    expect(comparedYearPeriod(s, at(s, n), findDates(s))?.iso).toBe(want);
  });
  it.each([
    ['Số thuê bao đạt 70 triệu, tăng 4% so với năm 2021.', '4%', 2023], // no year-long period said on a dated page: the comparison may be years back (round 49: an undated page's is the year after)
    ['Số thuê bao đạt 70 triệu, tăng 4 lần so với năm 2015.', '4 lần'], // a multiple: years back
    ['Doanh thu tăng 4% so với cùng kỳ năm 2021; số hộ đạt 3 triệu.', '3 triệu'], // another clause
  ])('%j: %s takes none', (s, n, year?: number) => {
    expect(comparedYearPeriod(s, at(s, n), findDates(s), year)).toBeUndefined();
  });
  it('on a dated page, "so với năm Y" names the year only when Y + 1 is the page\'s year or the one before', () => {
    const s = 'Trong năm, doanh thu tăng gấp 3 lần so với năm 2019.';
    expect(comparedYearPeriod(s, at(s, '3 lần'), findDates(s), 2024)).toBeUndefined();
    expect(comparedYearPeriod(s, at(s, '3 lần'), findDates(s), 2021)?.iso).toBe('2020');
  });
  it('a plan the sentence names gives no period; the year its comparison closes does (round 21)', () => {
    const m = metricsOf(undefined, false, 'Theo báo cáo sơ kết năm 2023 Chiến lược phát triển hạ tầng số đến năm 2025 và định hướng đến năm 2030, số trạm 5G tăng khoảng 40% so với năm 2022 (kết quả cao nhất năm 2023).');
    expect(iso(m['40%'])).toBe('2023/year');
  });
  it('every clause of an undated sentence takes the year after its comparison', () => {
    const m = metricsOf(undefined, false, 'Trong năm qua, doanh thu ước đạt 9 tỷ USD, tăng 3% so với năm 2020; tỷ lệ hộ dùng cáp quang đạt 70%, tăng 2% so với cùng kỳ năm 2020 (68%).');
    expect(['9 tỷ USD', '3%', '70%', '2%', '68%'].map((k) => iso(m[k]))).toEqual(['2021/year', '2021/year', '2021/year', '2021/year', '2020/year']);
  });
});

describe('announcedComparedPeriod: a figure announced on a day and set against a year (round 46)', () => {
  it.each([
    ['Ngày 5/4, Sở Thông tin và Truyền thông công bố chỉ số chuyển đổi số, huyện A đứng thứ 3, tăng 2 bậc so với năm 2022.', 'thứ 3', '2023'],
    ['Ngày 5/4, Sở Thông tin và Truyền thông công bố chỉ số chuyển đổi số, huyện A đứng thứ 3, tăng 2 bậc so với năm 2022.', '2 bậc', '2023'],
    ['Ngày 20.1, Cục Thống kê thông báo doanh thu bán lẻ trực tuyến đạt 9 tỷ USD, tăng 18% so với năm 2023.', '18%', '2024'],
  ])('%j: %s → %s', (s, n, want) => {
    expect(announcedComparedPeriod(s, at(s, n), findDates(s))?.iso).toBe(want);
  });
  it.each([
    ['Ngày 5/4, huyện A đứng thứ 3, tăng 2 bậc so với năm 2022.', 'thứ 3'], // a day without an announcement: the day stands
    ['Ngày 5/4/2024, Sở công bố: năm 2023 huyện A đứng thứ 3, tăng 2 bậc so với năm 2022.', 'thứ 3'], // the figure has its own year
    ['Ngày 5/4/2022, Sở công bố huyện A đứng thứ 3, tăng 2 bậc so với năm 2022.', 'thứ 3'], // the year after would follow the announcement
    ['Ngày 5/4, Sở công bố huyện A đứng thứ 3; tổng số hồ sơ tăng 20% so với năm 2022.', 'thứ 3'], // the comparison is another clause's
  ])('%j: %s takes none', (s, n) => {
    expect(announcedComparedPeriod(s, at(s, n), findDates(s))).toBeUndefined();
  });
  it('gives the metric its year, not the day of the announcement', () => {
    const m = metricsOf(2023, false, 'Ngày 12.7, Bộ Thông tin và Truyền thông công bố xếp hạng chuyển đổi số cấp tỉnh, tỉnh B xếp hạng thứ 12, tăng 5 bậc so với năm 2021.');
    expect([iso(m['12']), iso(m['5 bậc'])]).toEqual(['2022/year', '2022/year']);
  });
});

describe('a contrast "Nếu như … thì đến nay …"', () => {
  it('finds its turn', () => {
    const s = 'Nếu như năm 2018 chỉ có 20% thì đến nay đã là 60%.';
    expect(contrastTurn(s)?.turn).toBe(s.indexOf('thì'));
    expect(contrastTurn('Nếu đạt 20% thì tỉnh sẽ thưởng.')).toBeUndefined();
  });
  it('the earlier value is a baseline of its date; the present one and the next sentence take none of it', () => {
    const m = metricsOf(undefined, false, 'Nếu như ở giai đoạn 2016-2018, chỉ 25% hộ dân có máy tính thì đến nay, con số này đã tăng lên 63,5%. Nhiều xã đạt tỷ lệ tới 90%.');
    expect(m['25%']).toMatchObject({ status: 'baseline', baselineFor: m['63,5%']!.id });
    expect(['25%', '63,5%', '90%'].map((k) => iso(m[k]))).toEqual(['2016/year', 'none', 'none']);
  });
});

describe('a paragraph opening on another report', () => {
  it.each([
    'Trong báo cáo mới nhất về thói quen mua sắm, người dùng mua online nhiều hơn so với năm 2022.', 'Theo khảo sát của một hãng nghiên cứu, mỗi người dùng 3 ứng dụng.',
  ])('%j opens a new report', (s) => {
    expect(opensNewReport(s, findDates(s))).toBe(true);
  });
  it('not when it gives its own date, nor for a plain source', () => {
    const dated = 'Theo khảo sát của Bộ năm 2023, mỗi người dùng 3 ứng dụng.';
    expect(opensNewReport(dated, findDates(dated))).toBe(false);
    expect(opensNewReport('Theo Bộ Công Thương, doanh thu tăng.', [])).toBe(false);
  });
  it('takes no period from the paragraph before', () => {
    const m = metricsOf(undefined, false, 'Trong quý II/2023, doanh thu đạt 50.000 tỷ đồng.', 'Theo khảo sát của một công ty nghiên cứu thị trường, người dân mua trực tuyến 5 lượt mỗi tháng.', 'Theo đó, mỗi người dùng 2,5 ứng dụng.');
    expect(['50.000 tỷ đồng', '5 lượt', '2,5 ứng dụng'].map((k) => iso(m[k]))).toEqual(['2023-04/quarter', 'none', 'none']);
  });
});

describe('a bracket after a change in a sentence opening on its comparison', () => {
  it('is the value compared with, of the compared year', () => {
    const s = 'So với năm 2019, số vụ lừa đảo đã giảm 12,5% (4.120 vụ).';
    expect(openingComparedBracket(s, at(s, '4.120'), findDates(s))?.iso).toBe('2019');
    const m = metricsOf(2021, false, 'Năm 2020, cả nước ghi nhận 3.600 vụ. So với năm 2019, số vụ lừa đảo đã giảm 12,5% (4.120 vụ).');
    expect(m['4.120']).toMatchObject({ status: 'baseline', baselineFor: m['12,5%']!.id, period: { iso: '2019' } });
  });
  it('not when the sentence does not open on the comparison', () => {
    const s = 'Số vụ đã giảm 12,5% (4.120 vụ) so với năm 2019.';
    expect(openingComparedBracket(s, at(s, '4.120'), findDates(s))).toBeUndefined();
  });
});

describe('restatedFigure: a headline figure rounding a body figure', () => {
  it('finds the one body figure it rounds or cuts', () => {
    expect(restatedFigure({ value: 63, unit: 'percent' }, [{ value: 63.4, unit: 'percent' }, { value: 63, unit: 'count' }])?.value).toBe(63.4);
    expect(restatedFigure({ value: 64, unit: 'percent' }, [{ value: 63.6, unit: 'percent' }])?.value).toBe(63.6);
    expect(restatedFigure({ value: 63, unit: 'percent' }, [{ value: 61.2, unit: 'percent' }])).toBeUndefined();
    expect(restatedFigure({ value: 63, unit: 'percent' }, [{ value: 63.2, unit: 'percent' }, { value: 62.9, unit: 'percent' }])).toBeUndefined();
  });
  it('the headline takes that figure\'s period (none), not the lead\'s', () => {
    const m = metricsOf(2024, true, 'Gần 64% hộ dân dùng ví điện tử', 'Đến tháng 6/2024, cả nước có 40 triệu ví đang hoạt động.', 'Theo một khảo sát của ngân hàng, tỷ lệ hộ dân dùng ví điện tử đến nay là 63,7%.');
    expect(iso(m['64%'])).toBe(iso(m['63,7%']));
    expect(iso(m['40 triệu'])).toBe('2024-06/month');
  });
});

describe('round 9b variants', () => {
  it('a span named without its year takes the year after "cùng kỳ năm Y"', () => {
    const m = metricsOf(undefined, false, 'Trong 6 tháng đầu năm, kim ngạch đạt 12 tỷ USD, tăng 7% so với cùng kỳ năm 2021.');
    expect(['12 tỷ USD', '7%'].map((k) => iso(m[k]))).toEqual(['2022-01/half', '2022-01/half']);
  });
  it('a history of two dated values is no contrast; "trước đây" with "nay" is', () => {
    const m = metricsOf(undefined, false, 'Nếu năm 2019 cả nước mới có 45% dân số dùng điện thoại thông minh thì đến năm 2023 tỷ lệ này đã đạt 73%.');
    expect(['45%', '73%'].map((k) => m[k]!.status)).toEqual(['actual', 'actual']);
    expect(['45%', '73%'].map((k) => iso(m[k]))).toEqual(['2019/year', '2023/year']);
    const n = metricsOf(undefined, false, 'Nếu như trước đây chỉ có 30% hồ sơ nộp trực tuyến thì nay đã là 55%.');
    expect(n['30%']!.status).toBe('baseline');
  });
  it('not a condition on goals', () => {
    expect(contrastTurn('Nếu năm 2025 đạt 50% thì năm 2030 tỉnh sẽ đạt 80%.')).toBeUndefined();
  });
});

describe("round 12: a plan's deadlines, then the present, on an undated page", () => {
  it('opensOnNow: a first sentence on the present with no year of its own', () => {
    const s = 'Đối chiếu với các chỉ tiêu trên, đến nay 95% xã đã có cáp quang.';
    expect(opensOnNow(s, findDates(s))).toBe(true);
    const t = 'Đến nay, trong năm 2024, 95% xã đã có cáp quang.';
    expect(opensOnNow(t, findDates(t))).toBe(false);
  });

  it("a deadline to a month's end dates goals to that month, and the results of 'now' after them take no period", () => {
    const m = metricsOf(undefined, false,
      'Kế hoạch của Bộ đặt mục tiêu đến năm 2027, cả nước có 30 triệu chữ ký số. Đến hết tháng 6/2025, Bộ phải đưa 20 dịch vụ lên ứng dụng; 60% giao dịch được xác thực.',
      'So với các chỉ tiêu trên, hiện nay 90% người dân đã có tài khoản. Bộ đã cấp 50 triệu thẻ.');
    expect(iso(m['20'])).toBe('2025-06/month');
    expect(iso(m['60%'])).toBe('2025-06/month');
    expect(m['90%']?.status).toBe('actual');
    expect(iso(m['90%'])).toBe('none');
    expect(iso(m['50 triệu'])).toBe('none');
  });
});

describe("round 12: a headline's goal", () => {
  it('takes the period of the same goal below, though no result leads the body', () => {
    const m = metricsOf(undefined, true, 'Quảng Trị: 90% hợp tác xã sẽ bán hàng trực tuyến', 'Tỉnh đặt mục tiêu 90% hợp tác xã được đưa lên sàn thương mại điện tử trong năm 2026.');
    expect(m['90%']?.status, 'the headline\'s, first').toBe('target');
    expect(iso(m['90%'])).toBe('2026/year');
  });
});

describe('onlyRanksBefore', () => {
  const d = (unit: string) => ({ metric: { unit } });
  it('a page of ranks, their moves and index scores so far', () => {
    expect(onlyRanksBefore([d('rank'), d('rank')])).toBe(true);
    expect(onlyRanksBefore([d('rank'), d('index'), d('points')])).toBe(true);
  });
  it.each([[[]], [[d('rank'), d('percent')]], [[d('count')]]])('nothing read, or any other figure: %j', (drafts) => {
    expect(onlyRanksBefore(drafts)).toBe(false);
  });
});

describe('"Đến nay" after an undated ranking page’s editions (extractMetrics)', () => {
  const run = (...paragraphs: string[]) => extractMetrics(segments(paragraphs), { indicators: [], topics: [], fallbackTopic: 'x' });
  it('takes no edition year', () => {
    const ms = run(
      'Năm 2023, tỉnh xếp thứ 12/63 về chỉ số chuyển đổi số, tăng 5 bậc so với năm 2022.',
      'Đến nay, 95% trường học có kết nối cáp quang; 320 hộ kinh doanh dùng hóa đơn điện tử.',
    );
    expect(ms.find((m) => m.text === '12/63')?.period?.iso).toBe('2023');
    expect(ms.find((m) => m.text === '95%')?.period).toBeUndefined();
    expect(ms.find((m) => m.text === '320')?.period).toBeUndefined();
  });
  it('after other results of the year, a paragraph opening on it is the page\'s unknown now (round 43: 22 real readings against 5)', () => {
    const ms = run(
      'Năm 2023, tỉnh có 41 xã đạt chuẩn nông thôn mới và xếp thứ 12/63 về chỉ số chuyển đổi số.',
      'Đến nay, 95% trường học có kết nối cáp quang.',
    );
    expect(ms.find((m) => m.text === '95%')?.period).toBeUndefined();
  });
});

describe('opensOnNow: only a now-word that opens its clause', () => {
  it.each(['Hiện nay tỉnh có 120 trạm 5G.', 'Cho tới thời điểm hiện tại, 70% hộ có cáp quang.', 'Đến nay toàn huyện có 12 xã đạt chuẩn.'])('opens on now: %j', (s) => {
    expect(opensOnNow(s, findDates(s))).toBe(true);
  });
  it.each(['Tỷ lệ hộ dùng cáp quang của cả vùng hiện nay là 70%.', 'Năm qua tỉnh có 120 trạm, hiện nay tăng lên nhiều.'])('a subject’s present value or a now after the figures does not: %j', (s) => {
    expect(opensOnNow(s, findDates(s))).toBe(false);
  });
});

describe('a rate per year reported takes no year a paragraph hands on (round 21)', () => {
  it('a reported rate per year has none; a goal per year keeps its horizon; a rate with its own year keeps it', () => {
    const m = metricsOf(undefined, false, 'Năm 2023, doanh thu đạt 9 tỷ USD. Thị trường vẫn tăng trưởng khoảng 18 - 22%/năm.', 'Đến năm 2030, phấn đấu tăng trưởng 15%/năm.', 'Năm 2022, chi tiêu đạt 250 USD/năm.');
    expect(['9 tỷ USD', '18 - 22%', '15%', '250 USD'].map((k) => iso(m[k]))).toEqual(['2023/year', 'none', '2030/year', '2022/year']);
  });
});

describe('a level compared with the end of a year (round 32)', () => {
  const at = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });
  it('is a year on from it', () => {
    for (const [s, n] of [
      ['Chỉ số này xếp thứ 5 khu vực (tăng ba bậc so với cuối năm 2023).', '5'],
      ['Số tài khoản đạt 18 triệu, tăng 9% so với hết năm 2023.', '9%'],
    ]) expect(comparedYearPeriod(s!, at(s!, n!), findDates(s!))?.iso, s).toBe('2024');
  });
  it('not the start of the same year, nor a year-end far from a dated page', () => {
    const s = 'Số tài khoản đạt 18 triệu, tăng 9% so với đầu năm 2024.';
    expect(comparedYearPeriod(s, at(s, '9%'), findDates(s))).toBeUndefined();
    const old = 'Số tài khoản tăng 9% so với cuối năm 2019.';
    expect(comparedYearPeriod(old, at(old, '9%'), findDates(old), 2025)).toBeUndefined();
  });
});

describe('the short "so cùng kỳ" (round 32)', () => {
  const at = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length });
  it('dates a figure like "so với cùng kỳ"', () => {
    for (const s of ['Chỉ số sản xuất tăng 7,2%, riêng ngành điện tử tăng 11,4% so cùng kỳ năm 2024.', 'Ngành điện tử tăng 11,4% so với cùng kỳ năm 2024.'])
      expect(comparedYearPeriod(s, at(s, '11,4%'), findDates(s))?.iso, s).toBe('2025');
  });
});

describe('round 38: an undated page\'s "Hiện …" after a goal', () => {
  it('a bare "Hiện" opening the paragraph after a goal takes no horizon year', () => {
    const m = metricsOf(undefined, false,
      'Theo đề án, thành phố sẽ làm theo lộ trình. Trong đó, đến 2026 sẽ xây dựng 2 trung tâm dữ liệu.',
      'Hiện thành phố có 9/12 phường đã lắp đặt camera an ninh, với 318 camera.');
    expect(m['2']?.status).toBe('target');
    expect(iso(m['9/12'])).toBe('none');
    expect(iso(m['318'])).toBe('none');
  });
  it('opensOnNow reads a bare "Hiện" only when asked (`bare`), never "Hiện đại hóa"', () => {
    const s = 'Hiện thành phố có 9/12 phường đã lắp đặt camera.';
    expect(opensOnNow(s, findDates(s))).toBe(false);
    expect(opensOnNow(s, findDates(s), true)).toBe(true);
    const t = 'Hiện đại hóa 12 trạm quan trắc là nhiệm vụ của sở.';
    expect(opensOnNow(t, findDates(t), true)).toBe(false);
  });
  it('goalLastBefore: the last figure read is a goal', () => {
    expect(goalLastBefore([{ metric: { status: 'actual' } }, { metric: { status: 'target' } }])).toBe(true);
    expect(goalLastBefore([{ metric: { status: 'target' } }, { metric: { status: 'actual' } }])).toBe(false);
    expect(goalLastBefore([])).toBe(false);
  });
});

describe('round 38: an undated page\'s sentence opening on "Đến nay"', () => {
  it('takes no year from the sentence before in its paragraph', () => {
    const m = metricsOf(undefined, false, 'Năm 2023, tỉnh đã mở chiến dịch cấp 300.000 thẻ căn cước. Đến nay toàn tỉnh có 1.200 tổ công nghệ số cộng đồng.');
    expect(iso(m['300.000'])).toBe('2023/year');
    expect(iso(m['1.200'])).toBe('none');
  });
  it('opensOnSoFar: not with a year of its own, nor "đến nay" inside the sentence', () => {
    const a = 'Đến nay, trong năm 2024, toàn tỉnh có 1.200 tổ.';
    expect(opensOnSoFar(a, findDates(a))).toBe(false);
    const b = 'Toàn tỉnh đến nay có 1.200 tổ.';
    expect(opensOnSoFar(b, findDates(b))).toBe(false);
    const c = 'Tới nay toàn tỉnh có 1.200 tổ.';
    expect(opensOnSoFar(c, findDates(c))).toBe(true);
  });
});

describe('a prediction of the whole year inside a quarter\'s report (round 46)', () => {
  it('leaves the quarter to the results of the sentences after it', () => {
    const m = metricsOf(undefined, false, 'Trong quý I/2024, doanh số trên các sàn thương mại điện tử đạt 71 nghìn tỷ đồng, tăng 78% so với cùng kỳ năm 2023. Theo nhiều dự báo, doanh số năm 2024 sẽ chỉ tăng khoảng 35% so với năm 2023. Đồng thời, 766 triệu sản phẩm đã được giao thành công, tăng 83% so với cùng kỳ.');
    expect([iso(m['71 nghìn tỷ đồng']), iso(m['35%']), iso(m['766 triệu']), iso(m['83%'])]).toEqual(['2024-01/quarter', '2024/year', '2024-01/quarter', '2024-01/quarter']);
  });
});

describe('a sentence recalling a past point with "Hồi … từng" (round 46)', () => {
  it('dates its own figures, not the next sentence\'s', () => {
    const m = metricsOf(undefined, false, 'Tốc độ Internet di động của Việt Nam tháng 12/2024 đạt 86 Mbps, giúp Việt Nam lên vị trí 37 trên toàn cầu. Hồi tháng 6/2024, Internet cố định từng vào top 40 với tốc độ 136 Mbps. Số liệu mới cho thấy tốc độ này hiện đã lên 159 Mbps và đứng thứ 35 toàn cầu.');
    expect([iso(m['37']), iso(m['35'])]).toEqual(['2024-12/month', '2024-12/month']);
  });
});

describe('two years listed one by one, each with its "năm" (round 46)', () => {
  it('date what was done over both by the second', () => {
    const m = metricsOf(undefined, false, 'Trong năm 2022, năm 2023, Sở đã cung cấp 120 dịch vụ công trực tuyến toàn trình. Trong năm 2021 và năm 2022, các doanh nghiệp đã phủ sóng cho 480 thôn.');
    expect([iso(m['120']), iso(m['480'])]).toEqual(['2023/year', '2022/year']);
  });
  it('not a pair written with one "năm", nor a dash span', () => {
    const m = metricsOf(undefined, false, 'Trong năm 2024, 2025, thôn đã lắp 14 camera an ninh. Giai đoạn 2021-2022, tỉnh đã xây 35 trạm.');
    expect(iso(m['14'])).toBe('2024/year');
    expect(iso(m['35'])).not.toBe('2022/year');
  });
});

describe('a whole year compared with the year before, over a point of that year carried in (round 46)', () => {
  const month = { iso: '2023-02', precision: 'month' as const, text: 'tháng 2/2023' };
  it.each([
    ['Ngành có hơn 1.500 doanh nghiệp đạt doanh thu ở nước ngoài, tăng hơn 7% so với năm 2022.', '7%', '2023'],
    ['Tổng doanh thu ước đạt 7,5 tỷ USD, tăng 4% so với năm 2022.', '7,5 tỷ USD', '2023'],
  ])('%j: %s → %s', (s, n, want) => {
    expect(yearOverCarriedPoint(s, at(s, n), findDates(s), month)?.iso).toBe(want);
  });
  it.each([
    ['Doanh thu tăng 4% so với cùng kỳ năm 2022.', '4%', month], // the same months of the year before
    ['Dân số tăng 655 nghìn người so với đầu năm 2022.', '655 nghìn', month], // a point of that year
    ['Doanh thu tăng 4% so với năm 2021.', '4%', month], // not the year before the carried one
    ['Doanh thu tăng 4% so với năm 2022.', '4%', { iso: '2023-01', isoEnd: '2023-06', precision: 'month' as const, text: '6 tháng đầu năm 2023' }], // a span carried
    ['Doanh thu tăng 4% so với năm 2022.', '4%', undefined],
  ])('%j: %s takes none', (s, n, carried) => {
    expect(yearOverCarriedPoint(s, at(s, n), findDates(s), carried)).toBeUndefined();
  });
  it('gives the figures after a conference\'s month their year', () => {
    const m = metricsOf(undefined, false, 'Tại Hội nghị doanh nghiệp công nghệ số ra nước ngoài hồi tháng 2/2023, Bộ trưởng nhấn mạnh yêu cầu đi ra nước ngoài.', 'Sau lời hiệu triệu, ngành công nghệ thông tin có một năm thành công với hơn 1.500 doanh nghiệp có doanh thu ở nước ngoài, tăng hơn 7% so với năm 2022.');
    expect([iso(m['1.500']), iso(m['7%'])]).toEqual(['2023/year', '2023/year']);
  });
});

describe('comparedSpanPeriod: a month named without its year, set against the months before it (round 47)', () => {
  it.each([
    ['Trong tháng 5, số cuộc gọi rác chỉ còn 1.200 cuộc, giảm 40% so với mức trung bình 4 tháng đầu năm 2023.', '40%', '2023-05/month'],
    ['Doanh số tháng 10 tăng 15% so với 9 tháng đầu năm 2022.', '15%', '2022-10/month'],
    ['Lượng giao dịch giảm 11,3% so với 7 tháng đầu năm 2024.', '11,3%', '2025-01/month'], // no month of its own: the same months a year on (round 44)
  ])('%j: %s → %s', (s, n, want) => {
    const p = comparedSpanPeriod(s, at(s, n), findDates(s));
    expect(p && `${p.iso}/${p.precision}`).toBe(want);
  });
  it('a month inside the span compared with tells nothing', () => {
    const s = 'Trong tháng 3, doanh thu giảm 8% so với 6 tháng đầu năm 2023.';
    expect(comparedSpanPeriod(s, at(s, '8%'), findDates(s))).toBeUndefined();
  });
  it('in a page without a date, the month reads its year from the span', () =>
    expect(iso(metricsOf(undefined, false, 'Trong tháng 8, số vụ lừa đảo chỉ còn 640 vụ, giảm khoảng 45% so với số vụ trung bình 7 tháng đầu năm 2024.')['640'])).toBe('2024-08/month'));
});
