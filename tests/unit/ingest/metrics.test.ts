import { describe, expect, it } from 'vitest';
import { extractMetrics, isTarget, spanAround } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Metrics of paragraphs (article year 2025), keyed by the number as written. */
function metricsOf(...paragraphs: string[]): Record<string, Metric> {
  let offset = 0;
  const segs = paragraphs.map((text) => {
    const seg = { text, offset };
    offset += text.length + 2;
    return seg;
  });
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segs, { articleYear: 2025, ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] = m;
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
    expect(m).toMatchObject({ id: 'm-01', quote: text, text: '1,2 triệu', offset: 100 + text.indexOf('1,2 triệu'), value: 1_200_000 });
  });
});
