import { describe, expect, it } from 'vitest';
import { metricId } from '../../../scripts/ingest/ids';
import { extractMetrics, isTarget, spanAround } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Metrics of paragraphs (article year 2025), keyed by the number as written. */
function metricsOf(...paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { articleYear: 2025, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] = m;
  return out;
}

describe('spanAround', () => {
  it('spanAround returns the span between the stops around a position', () => {
    expect(spanAround('a, b; c', 3, /[,;]/g)).toEqual([2, 4]);
    expect(spanAround('abc', 1, /;/g)).toEqual([0, 3]);
  });
});

describe('isTarget', () => {
  const t = (s: string, n: string, period?: { iso: string; precision: 'year' }) => isTarget(s, s.indexOf(n), period, 2025);
  it('isTarget reads target words: "phấn đấu" for its ;-clause, "mục tiêu" for its comma-clause', () => {
    expect(t('phấn đấu đạt 90% hồ sơ, 60% người dùng', '60%')).toBe(true);
    expect(t('đạt 1.200 doanh nghiệp/mục tiêu 1.000 doanh nghiệp, đạt 120%', '1.000')).toBe(true);
    expect(t('đạt 1.200 doanh nghiệp/mục tiêu 1.000 doanh nghiệp, đạt 120%', '120%')).toBe(false);
    expect(t('đạt 1.200 doanh nghiệp/mục tiêu 1.000 doanh nghiệp, đạt 120%', '1.200')).toBe(false);
  });

  it('isTarget treats a later year as a goal', () => {
    expect(t('Tỉnh đạt 80% vào năm 2030', '80%', { iso: '2030', precision: 'year' })).toBe(true);
    expect(t('Năm 2024, tỉnh đạt 80%', '80%', { iso: '2024', precision: 'year' })).toBe(false);
  });

  it('isTarget reads a leader\'s instruction as a goal unless the number is reported done', () => {
    expect(t('Chủ tịch UBND tỉnh yêu cầu áp dụng mức phí 0 đồng cho người dân', '0 đồng')).toBe(true);
    expect(t('Bộ trưởng đề nghị đôn đốc nhiệm vụ đã giao cho 20 sở', '20 sở')).toBe(false);
    expect(t('Về yêu cầu khách quan, tỉnh có 20 sở', '20 sở')).toBe(false);
  });
});

describe('extractMetrics', () => {
  it('extractMetrics labels each number of a target list with its own indicator (brief: 80%, 40%, 100%)', () => {
    const m = metricsOf('Bộ trưởng lưu ý, phấn đấu đến hết năm 2026 đạt 90% dịch vụ công trực tuyến toàn trình, 60% dân số trưởng thành sử dụng dịch vụ công trực tuyến, 100% hồ sơ giải quyết thủ tục hành chính được gắn định danh cá nhân.');
    expect([m['90%']!.indicator, m['60%']!.indicator, m['100%']!.indicator]).toEqual(['full-process-online-services-share', 'online-service-users', 'eid-linked-dossiers']);
    expect(Object.values(m).every((x) => x.status === 'target' && x.period?.iso === '2026')).toBe(true);
  });

  it('extractMetrics reads an actual, a target and an actual rate (brief: 50.350/48.000, 104,9%)', () => {
    const m = metricsOf('Năm 2024, phát triển doanh nghiệp công nghệ số đạt 1.200 doanh nghiệp/mục tiêu 1.000 doanh nghiệp, đạt 120%.');
    expect([m['1.200']!.status, m['1.000']!.status, m['120%']!.status]).toEqual(['actual', 'target', 'actual']);
    expect([m['1.200']!.indicator, m['1.000']!.indicator, m['120%']!.indicator]).toEqual(['digital-tech-enterprises', 'digital-tech-enterprises', undefined]);
    expect(m['1.000']!.subject).toBe('doanh nghiệp công nghệ số');
  });

  it('extractMetrics reads growth "tăng thêm X% từ mức … năm N" as growth with no baseline period', () => {
    const m = metricsOf('Trong giai đoạn 2021 - 2024, tỷ lệ dân số có tài khoản giao dịch thanh toán tại ngân hàng đạt 80% (tăng thêm 15% từ mức tỷ lệ của năm 2019).');
    expect(m['15%']).toMatchObject({ kind: 'growth', period: { iso: '2021', isoEnd: '2024' } });
    expect(m['15%']!.indicator).toBeUndefined();
    expect(m['80%']!.indicator).toBe('bank-account-share');
  });

  it('extractMetrics gives yearly values in a parenthesis their own years and kind', () => {
    const m = metricsOf('Theo báo cáo, tốc độ tăng trưởng kinh tế số của tỉnh cao nhất vùng (2022 đạt 21%, 2023 đạt 17%), gấp 2 lần tốc độ tăng trưởng GDP.');
    // "của tỉnh": a province's growth, not the national digital-economy-growth series
    expect(m['21%']).toMatchObject({ kind: 'growth', period: { iso: '2022' } });
    expect(m['21%']!.indicator).toBeUndefined();
    expect(m['17%']).toMatchObject({ kind: 'growth', period: { iso: '2023' } });
    expect(m['2 lần']!.period).toBeUndefined();
  });

  it('extractMetrics carries a paragraph\'s period to later sentences, but not past an event date', () => {
    const m = metricsOf('Theo báo cáo 6 tháng đầu năm 2024, tình hình chuyển biến tốt. Tỷ lệ hồ sơ trực tuyến đạt 55%, tăng 12% so với cùng kỳ năm 2023.', 'Sáng 3/3, hội nghị khai mạc. Hội nghị kết nối 700 điểm cầu.');
    expect(m['55%']!.period).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(m['12%']!.period).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(m['700']!.period).toBeUndefined();
  });

  it('extractMetrics gives no indicator to what is not yet done or to another country', () => {
    const m = metricsOf('Đến nay, 10/40 nhiệm vụ của Đề án 06 chưa hoàn thành.', 'Về chỉ số sẵn sàng trí tuệ nhân tạo, Việt Nam xếp hạng 50, trong khi Indonesia xếp thứ 40.');
    expect(m['10/40']!.indicator).toBeUndefined();
    expect(m['50']!.indicator).toBe('ai-readiness-rank');
    expect(m['40']).toMatchObject({ subject: 'Indonesia' });
    expect(m['40']!.indicator).toBeUndefined();
  });

  it('extractMetrics keeps the sentence verbatim and the offset on the number', () => {
    const text = 'Đến nay, tỉnh cấp 1,2 triệu thẻ căn cước.';
    const [m] = extractMetrics([{ text, offset: 100 }], { articleYear: 2025, ...lex, fallbackTopic: 'x' });
    expect(m).toMatchObject({ id: metricId(text, '1,2 triệu', 1), quote: text, text: '1,2 triệu', offset: 100 + text.indexOf('1,2 triệu'), value: 1_200_000 });
  });

  it('extractMetrics gives stable ids: editing another sentence changes none, a repeated sentence gets -2', () => {
    const a = extractMetrics([{ text: 'Tỉnh có 12 doanh nghiệp. Xã có 5 tổ.', offset: 0 }], { articleYear: 2025, ...lex, fallbackTopic: 'x' });
    const b = extractMetrics([{ text: 'Năm nay tỉnh có 12 doanh nghiệp. Xã có 5 tổ.', offset: 0 }], { articleYear: 2025, ...lex, fallbackTopic: 'x' });
    expect(a[1]!.id).toBe(b[1]!.id);
    expect(a[0]!.id).not.toBe(b[0]!.id);
    const twice = extractMetrics([{ text: 'Xã có 5 tổ.', offset: 0 }, { text: 'Xã có 5 tổ.', offset: 20 }], { articleYear: 2025, ...lex, fallbackTopic: 'x' });
    expect(twice.map((m) => m.id)).toEqual([a[1]!.id, `${a[1]!.id}-2`]);
    expect(a[1]!.id).toMatch(/^m-[0-9a-f]{8}$/);
  });
});

describe('status: targets through lists, estimates, baselines', () => {
  it.each([
    ['Đến năm 2025 phấn đấu: 80% dịch vụ công trực tuyến toàn trình; 50% hồ sơ trực tuyến; 100% xã có cáp quang.', ['80%', '50%', '100%']],
    ['Mục tiêu đến năm 2026: kinh tế số chiếm 25% GRDP; 70% doanh nghiệp sử dụng hợp đồng điện tử.', ['25%', '70%']],
    ['Chỉ tiêu năm 2026: 90% người dân có danh tính số; tỷ lệ hồ sơ số hóa đạt 60%.', ['90%', '60%']],
    ['Kế hoạch đặt ra: doanh thu đạt 10.000 tỷ đồng; có 300 doanh nghiệp công nghệ số.', ['10.000 tỷ đồng', '300']],
    ['Định hướng đến năm 2030: 100% cơ quan kết nối; 95% hồ sơ điện tử.', ['100%', '95%']],
  ])('a target frame carries through the ;-list: %s', (text, targets) => {
    const m = metricsOf(text);
    for (const t of targets) expect(m[t]?.status, t).toBe('target');
  });

  it('the future ("sẽ", "kỳ vọng") makes goals, through the sentence and its ;-list', () => {
    const m = metricsOf('Thương mại điện tử được kỳ vọng sẽ chiếm trên 10% tổng mức bán lẻ, và năng suất lao động tăng tối thiểu 7%.',
      'Theo đó, trên 50% doanh nghiệp sẽ sử dụng nền tảng số; 80% người dân có tài khoản ngân hàng.',
      'Năm 2024 tỉnh đã có 12 nền tảng và sẽ mở rộng thêm.');
    for (const t of ['10%', '7%', '50%', '80%']) expect(m[t]?.status, t).toBe('target');
    expect(m['12']!.status).toBe('actual');
  });

  it('a list item that reports something done leaves the frame', () => {
    const m = metricsOf('Mục tiêu năm 2025: 80% hồ sơ trực tuyến; kết quả đã đạt 62%.');
    expect(m['80%']!.status).toBe('target');
    expect(m['62%']!.status).toBe('actual');
  });

  it('a lead-in paragraph gives its list items their status and period across line breaks', () => {
    const m = metricsOf('Mục tiêu đến năm 2027 của tỉnh như sau:', '- 100% xã có hạ tầng số;', '- Kinh tế số chiếm 30% GRDP.', 'Năm 2024, tỉnh đã có 12 nền tảng số.');
    expect(m['100%']).toMatchObject({ status: 'target', period: { iso: '2027' } });
    expect(m['30%']).toMatchObject({ status: 'target', period: { iso: '2027' } });
    expect(m['12']!.status).toBe('actual');
  });

  it('a report on goals is no goal ("Về kết quả thực hiện các chỉ tiêu …: đạt 50.350")', () => {
    const m = metricsOf('Về kết quả thực hiện các chỉ tiêu năm 2024: Phát triển doanh nghiệp đạt 50.350 doanh nghiệp/mục tiêu 48.000 doanh nghiệp.');
    expect(m['50.350']!.status).toBe('actual');
    expect(m['48.000']!.status).toBe('target');
  });

  it.each([
    ['Doanh thu ước đạt 45.405 tỷ đồng, giảm 8,8%, đạt 43,66% kế hoạch.', ['45.405 tỷ đồng', '8,8%', '43,66%']],
    ['Kinh tế số dự kiến chiếm 18% GDP.', ['18%']],
    ['Theo dự báo của ngân hàng, tăng trưởng đạt 6,5%.', []],
    ['Năm 2024 doanh thu ước tính 150 tỷ USD.', ['150 tỷ USD']],
    ['Thị trường dự báo đạt 45 tỷ USD.', ['45 tỷ USD']],
  ])('estimates: %s', (text, estimates) => {
    const m = metricsOf(text);
    for (const t of estimates) expect(m[t]?.status, t).toBe('estimate');
  });

  it('"khoảng" alone is a qualifier, not an estimate; an estimate ends at ";"', () => {
    const m = metricsOf('Số giao dịch tăng khoảng 26 lần; doanh thu ước đạt 3.744.214 tỷ đồng, tăng 1,49%; nộp ngân sách tăng 1,31%.');
    expect(m['26 lần']).toMatchObject({ status: 'actual', qualifier: 'approx' });
    expect(m['1,49%']!.status).toBe('estimate');
    expect(m['1,31%']!.status).toBe('actual');
  });

  it.each([
    ['Tỷ lệ hồ sơ trực tuyến đạt 45% (cùng kỳ năm trước là 25%).', '45%', '25%', '2024'],
    ['Tỷ lệ năm 2025 đạt 45%, so với 30% năm 2023.', '45%', '30%', '2023'],
    ['Doanh thu năm 2025 đạt 230 tỷ đồng, cùng kỳ năm trước là 180 tỷ đồng.', '230 tỷ đồng', '180 tỷ đồng', '2024'],
    ['Năm 2025 có 120 doanh nghiệp (năm 2022: so với 80 doanh nghiệp).', '120', '80', '2022'],
  ])('baselines: %s', (text, claim, base, year) => {
    const m = metricsOf(text);
    expect(m[claim]!.status).not.toBe('baseline');
    expect(m[base]).toMatchObject({ status: 'baseline', baselineFor: m[claim]!.id });
    expect(m[base]!.period?.iso.slice(0, 4)).toBe(year);
  });

  it('a baseline in a dated bracket takes the series of its sentence\'s figure of that unit; a bracket after "so với tháng trước" is the month before', () => {
    const m = metricsOf('Trong tháng 5/2025, doanh thu công nghiệp ICT đạt 900 tỷ đồng, tăng 2% so với tháng trước và tăng 5% so với cùng kỳ (tháng 5/2024 đạt 857 tỷ đồng).');
    expect(m['900 tỷ đồng']!.indicator).toBe('ict-revenue');
    expect(m['857 tỷ đồng']).toMatchObject({ status: 'baseline', indicator: 'ict-revenue', period: { iso: '2024-05' } });
    const share = metricsOf('Trong tháng 5/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 55,2%, tăng 0,4% so với tháng trước (54,8%).');
    expect(share['54,8%']).toMatchObject({ status: 'baseline', period: { iso: '2025-04', precision: 'month' } });
  });

  it('after "so với cùng kỳ năm ngoái", a new predicate joined by "và" is no baseline', () => {
    for (const text of ['Doanh thu năm 2025 tăng 28,1% so với cùng kỳ năm ngoái và đạt gần 50% kế hoạch.', 'Số doanh nghiệp tăng 8% so với cùng kỳ năm trước và đạt 52.000 doanh nghiệp.']) {
      const m = metricsOf(text);
      expect(Object.values(m).map((x) => x.status), text).not.toContain('baseline');
    }
  });

  it('month-on-month growth, a share of a plan and an average take no series; the growth after them still continues it', () => {
    const m = metricsOf('Trong tháng 6/2024, xuất khẩu điện thoại và linh kiện đạt 4,5 tỷ USD, tăng 11,2% so với tháng 5/2024 và tăng 18,3% so với tháng 6/2023, đạt 49% kế hoạch năm.');
    expect(m['11,2%']!.indicator).toBeUndefined();
    expect(m['18,3%']!.indicator).toBe('phone-exports-growth');
    expect(m['49%']!.indicator).toBeUndefined();
  });

  it('a growth rate right after an amount is its growth when the series counts growth; a cited source does not block it', () => {
    for (const text of [
      'Theo báo cáo của Bộ Thông tin và Truyền thông, doanh thu công nghiệp công nghệ thông tin năm 2022 ước đạt 1,3 triệu tỷ đồng, xấp xỉ 57 tỷ USD, tăng 8,5% so với cùng kỳ năm ngoái.',
      'Năm 2023, doanh thu công nghiệp ICT đạt 142 tỷ USD , tăng 5% so với cùng kỳ năm ngoái.',
    ]) {
      const ms = Object.values(metricsOf(text));
      expect(ms.at(-1)!.indicator, text).toBe('ict-revenue');
    }
    const exports = Object.values(metricsOf('Năm 2023, xuất khẩu phần cứng, điện tử đạt 127 tỷ USD, tăng 5% so với năm 2022.'));
    expect(exports.at(-1)!.indicator).not.toBe('ict-exports');
  });

  it('a group named in the figure\'s own item gives the breakdown of the national share; one province\'s series stays', () => {
    const m = metricsOf('Năm 2025, tỷ lệ hồ sơ trực tuyến của cả nước đạt 45,8%, trong đó khối bộ, ngành đạt 63,5%.', 'Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 40%, còn khối tỉnh, thành chỉ đạt 18,5%.');
    expect(m['45,8%']!.indicator).toBe('online-dossier-share');
    expect(m['63,5%']!.indicator).toBe('ministries-online-dossier-share');
    expect(m['18,5%']!.indicator).toBe('provinces-online-dossier-share');
    const p = metricsOf('Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Đà Nẵng đạt 67% cùng các tỉnh Hòa Bình (86,5%), Nam Định (65,9%).');
    expect(p['86,5%']!.indicator).not.toBe('provinces-online-dossier-share');
  });

  it('a count continues a series only when it counts what the series counts', () => {
    const m = metricsOf('Cả nước có 80.000 Tổ công nghệ số cộng đồng với 400.000 thành viên.');
    expect(m['80.000']!.indicator).toBe('community-digital-teams');
    expect(m['400.000']!.indicator).toBeUndefined();
  });

  it('the second figure of "tăng X% về số lượng và Y% về giá trị" shares the verb and the series', () => {
    const m = metricsOf('Năm 2023, giao dịch thanh toán không dùng tiền mặt giảm 5,2% về số lượng và 3,1% về giá trị.');
    expect(m['3,1%']).toMatchObject({ value: -3.1, indicator: 'cashless-payments' });
  });

  it('the position a rank move starts from is the compared year\'s rank, a baseline; where it ends is the result', () => {
    for (const [text, from, to, year] of [
      ['Năm 2025, đầu vào đổi mới sáng tạo tăng 4 bậc so năm 2024, từ vị trí 57 lên 53.', '57', '53', '2024'],
      ['Năm 2025, chỉ số của tỉnh giảm 3 bậc so với năm 2023, từ hạng 40 xuống hạng 43.', '40', '43', '2023'],
    ] as const) {
      const m = metricsOf(text);
      expect(m[from], text).toMatchObject({ status: 'baseline', period: { iso: year } });
      expect(m[to]!.status, text).toBe('actual');
    }
    // round 8: an undated value a move starts from is a baseline too (isMoveStart); one with its own year is a dated point
    expect(metricsOf('Năm 2025, tỷ lệ tăng 5 điểm, từ 40% lên 45%.')['40%']!.status).toBe('baseline');
    expect(metricsOf('Năm 2025, tỷ lệ tăng 5 điểm, từ 40% của năm 2024 lên 45%.')['40%']!.status).not.toBe('baseline');
  });

  it('"so với cùng kỳ" growth stays growth, and a comparison date is not its period', () => {
    const m = metricsOf('Năm 2025, doanh thu tăng 12% so với cùng kỳ năm 2024.');
    expect(m['12%']).toMatchObject({ kind: 'growth', direction: 'up', status: 'actual', period: { iso: '2025' } });
  });

  it('falls are negative with direction down; rank moves are rank-change', () => {
    const m = metricsOf('Năm 2024, xuất khẩu giảm lần lượt 12% và 30%; chỉ số EGDI tụt 2 bậc, DTI tăng 5 bậc.');
    expect(m['12%']).toMatchObject({ value: -12, direction: 'down' });
    expect(m['30%']).toMatchObject({ value: -30, direction: 'down' });
    expect(m['2 bậc']).toMatchObject({ value: -2, kind: 'rank-change', direction: 'down' });
    expect(m['5 bậc']).toMatchObject({ value: 5, kind: 'rank-change', direction: 'up' });
  });

  it('a lead-in clause gives the items of its list its period ("Trong quý III/2024, …: (1) …; (2) …")', () => {
    const m = metricsOf('Trong quý III/2024, các bộ đã: (1) cung cấp 1.200 dịch vụ công; (2) số hóa 3,5 triệu hồ sơ.');
    expect(m['1.200']!.period).toMatchObject({ iso: '2024-07', precision: 'quarter' });
    expect(m['3,5 triệu']!.period).toMatchObject({ iso: '2024-07', precision: 'quarter' });
    expect(Object.keys(m)).toEqual(['1.200', '3,5 triệu']);
  });

  it('"lần lượt" over a range of years gives each value its year', () => {
    const m = metricsOf('Tỷ trọng các năm từ 2020 - 2022 lần lượt là 12,66%, 12,87% và 13,17%.');
    expect([m['12,66%'], m['12,87%'], m['13,17%']].map((x) => x!.period?.iso)).toEqual(['2020', '2021', '2022']);
  });
});

describe('periods across structure', () => {
  it('a heading gives its period to the paragraphs under it, until the next heading', () => {
    const m = metricsOf('I. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024', '1. Về hạ tầng: 100% xã có cáp quang; 13/17 dịch vụ dữ liệu được dùng.', 'II. PHƯƠNG HƯỚNG', 'Tỉnh có 12 nền tảng.');
    expect(m['100%']!.period?.iso).toBe('2024');
    expect(m['13/17']!.period?.iso).toBe('2024');
    expect(m['12']!.period).toBeUndefined();
  });

  it('a point in time that opens a sentence ("Đến tháng 9/2024, …") dates the paragraphs after it, until the next heading', () => {
    const m = metricsOf('Về dịch vụ công: Đến tháng 9/2024, tỷ lệ đạt 55,5%. Khối tỉnh đạt 61,1%.', 'Khối bộ đạt 43,8%.', 'Có 63/63 tỉnh ban hành chính sách.', 'III. NHIỆM VỤ', 'Tỉnh có 12 nền tảng.');
    expect(m['61,1%']!.period).toMatchObject({ iso: '2024-09', precision: 'month' });
    expect(m['43,8%']!.period).toMatchObject({ iso: '2024-09', precision: 'month' });
    expect(m['63/63']!.period).toMatchObject({ iso: '2024-09' });
    expect(m['12']!.period).toBeUndefined();
  });

  it('a point in time stated for one figure mid-sentence dates its own paragraph only', () => {
    const m = metricsOf('Doanh thu giảm 8%. Tổng số lao động tính đến tháng 6/2023 ước khoảng 1.512.144 lao động. Nộp ngân sách đạt 45.405 tỷ đồng.', 'Doanh thu bưu chính đạt 27.477 tỷ đồng.');
    expect(m['45.405 tỷ đồng']!.period).toMatchObject({ iso: '2023-06' });
    expect(m['27.477 tỷ đồng']!.period).toBeUndefined();
  });

  it('in an article without a date, the last period set carries over paragraphs', () => {
    const segs = ['Trong năm 2024, tỉnh đạt 45%.', 'Các tỉnh còn lại đạt dưới 10%.'].map((text, k) => ({ text, offset: k * 40 }));
    const ms = extractMetrics(segs, { ...lex, fallbackTopic: 'x' });
    expect(ms.map((x) => x.period?.iso)).toEqual(['2024', '2024']);
  });

  it('a rank with no period takes the year of the edition the article reports', () => {
    const segs = ['Việt Nam tăng 2 bậc so với năm 2023, xếp hạng 44/133.', 'Ấn Độ với thứ hạng 39.', 'Theo Báo cáo GII 2024 của WIPO.'].map((text, k) => ({ text, offset: k * 80 }));
    const ms = extractMetrics(segs, { ...lex, fallbackTopic: 'x' });
    expect(ms.filter((m) => m.unit === 'rank').map((m) => [m.text, m.period?.iso])).toEqual([['2 bậc', '2024'], ['44/133', '2024'], ['39', '2024']]);
  });

  it('headline numbers take the period of the first result or estimate of the paragraphs after it, past a lead without figures', () => {
    const segs = ['Doanh thu ngành đạt hơn 2 triệu tỷ đồng', 'Thông tin được nêu tại hội nghị sơ kết.', 'Trong 6 tháng đầu năm 2024, doanh thu toàn ngành ước đạt 2.067.389 tỷ đồng.']
      .map((text, k) => ({ text, offset: k * 100 }));
    const ms = extractMetrics(segs, { ...lex, headline: true, fallbackTopic: 'x' });
    expect(ms[0]).toMatchObject({ text: '2 triệu tỷ đồng', period: { iso: '2024-01', precision: 'half' } });
  });

  it('a goal list runs on into the next paragraph, with the list\'s horizon as current period, until a sentence reports a result', () => {
    const undated = (...paragraphs: string[]) => Object.fromEntries(extractMetrics(paragraphs.map((text, k) => ({ text, offset: k * 200 })), { ...lex, fallbackTopic: 'x' }).map((x) => [x.text, x]));
    const dated = metricsOf('Phấn đấu đến năm 2026, 100% hồ sơ được số hóa.', 'Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45%.');
    expect(dated['45%']!.status, 'no current period (a dated article): a result').toBe('actual');
    const m = undated('Phấn đấu đến năm 2025, 100% hồ sơ được số hóa; tối thiểu 90% người dân hài lòng.', 'Tỷ lệ giao dịch không dùng tiền mặt đạt từ 50% trở lên; 60% hệ thống đã được kết nối; kinh tế số chiếm 20% GRDP.', 'Hiện tỉnh có 12 doanh nghiệp số.');
    expect(m['50%']).toMatchObject({ status: 'target', period: { iso: '2025' } });
    expect(m['60%']).toMatchObject({ status: 'target', period: { iso: '2025' } });
    expect(m['20%'], 'a goal\'s own words ("đã được kết nối") in an earlier clause do not end the list').toMatchObject({ status: 'target' });
    expect(m['12']).toMatchObject({ status: 'actual' });
  });

  it('a month without its year takes its sentence\'s year; "lũy kế … đến hết tháng" runs from January', () => {
    const m = metricsOf('Doanh thu toàn ngành trong tháng 11 ước đạt 358 tỷ đồng, tăng 12% so với cùng kỳ; lũy kế doanh thu tính đến hết tháng 11/2023 ước đạt 3.360 tỷ đồng.');
    expect(m['358 tỷ đồng']!.period).toMatchObject({ iso: '2023-11', precision: 'month' });
    expect(m['12%']!.period).toMatchObject({ iso: '2023-11' });
    expect(m['3.360 tỷ đồng']!.period).toMatchObject({ iso: '2023-01', isoEnd: '2023-11', precision: 'month' });
  });

  it('a goal without a period takes the horizon of the goals before it, until a result comes between', () => {
    const m = metricsOf('Đến cuối năm 2027, tỉnh phấn đấu kinh tế số chiếm 20% GRDP.', 'Kế hoạch cũng đề ra các mục tiêu: trên 50% doanh nghiệp dùng nền tảng số.', 'Hiện tỉnh có 12 doanh nghiệp số.', 'Phấn đấu có 300 doanh nghiệp công nghệ số.');
    expect(m['20%']).toMatchObject({ status: 'target', period: { iso: '2027' } });
    expect(m['50%']).toMatchObject({ status: 'target', period: { iso: '2027' } });
    expect(m['300']).toMatchObject({ status: 'target' });
    expect(m['300']!.period).toBeUndefined();
  });

  it('"Từ tháng 7/2024, …" dates its own sentence only', () => {
    const m = metricsOf('Từ tháng 7/2024, VNeID phục vụ 425.000 lượt mỗi ngày. Cổng có gần 4.500 thủ tục trực tuyến.');
    expect(m['425.000']!.period).toMatchObject({ iso: '2024-07' });
    expect(m['4.500']!.period).toBeUndefined();
  });

  it('a goal over a range of years is due at its last year', () => {
    const m = metricsOf('Kế hoạch giai đoạn 2022-2025 đặt ra các mục tiêu (tỷ trọng kinh tế số đạt 20% GDP; 80% hồ sơ trực tuyến).');
    expect(m['20%']).toMatchObject({ status: 'target', period: { iso: '2025', precision: 'year' } });
    expect(m['80%']).toMatchObject({ status: 'target', period: { iso: '2025' } });
  });

  it('"đạt 76,5% mục tiêu" is a share of a goal, not a goal frame for the next item', () => {
    const m = metricsOf('Năm 2024, 13/17 dịch vụ được dùng, đạt 76,5% mục tiêu; 100% cơ sở dữ liệu sẵn sàng kết nối.');
    expect(m['100%']!.status).toBe('actual');
  });

  it('"từ đầu năm đến tháng 11-2022" is a span from January', () => {
    const m = metricsOf('Tính từ đầu năm đến đầu tháng 11-2022, Đà Nẵng đạt 67% hồ sơ trực tuyến.');
    expect(m['67%']!.period).toMatchObject({ iso: '2022-01', precision: 'month', isoEnd: '2022-11' });
  });
});

describe('confidence', () => {
  it('is high with no reasons when every rule is sure, low with codes when not', () => {
    const m = metricsOf('Năm 2025, tỉnh có 12 doanh nghiệp.', 'Phấn đấu có 300 doanh nghiệp công nghệ số.');
    expect(m['12']).toMatchObject({ confidence: 'high', reasons: [], review: 'auto' });
    expect(m['300']).toMatchObject({ status: 'target', confidence: 'low', reasons: ['no-period'] });
  });

  it('marks an article of unknown date: numbers without a period are low confidence', () => {
    const [m] = extractMetrics([{ text: 'Tỉnh có 12 doanh nghiệp.', offset: 0 }], { ...lex, fallbackTopic: 'x' });
    expect(m).toMatchObject({ confidence: 'low', reasons: ['no-period'] });
  });
});

describe('extractMetrics: cited documents and foreign brackets', () => {
  it('a cited decision\'s date is never the period; the year the sentence reports is', () => {
    const m = metricsOf('Theo Quyết định số 1234/QĐ-TTg ngày 9/3/2021 của Thủ tướng, tỉnh đã cung cấp 18 dịch vụ công thiết yếu trong năm 2023.');
    expect(m['18']?.period?.iso).toBe('2023');
  });

  it('a number in a bracket that opens on another country gets no series of ours', () => {
    const m = metricsOf('Tỷ trọng kinh tế số trong GDP của Việt Nam là 13% (Indonesia năm 2022 là 8,5% và 2023 là9,1%).');
    expect(m['13%']?.indicator).toBe('digital-economy-gdp-share');
    expect([m['8,5%']?.indicator, m['9,1%']?.indicator]).toEqual([undefined, undefined]);
  });
});
