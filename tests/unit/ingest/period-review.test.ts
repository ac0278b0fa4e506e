import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { afterReview, closedYearReview, reviewedIn, reviewedPeriod, reviewPeriods, yearCap } from '../../../scripts/ingest/period-review';

/** Paragraph segments with offsets, two characters apart. */
function segments(texts: string[]) {
  let offset = 0;
  return texts.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
}

describe('reviewedIn', () => {
  it('the period a review word names: a year, a half, months', () => {
    expect(reviewedIn('Sở tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.')).toMatchObject({ iso: '2023', precision: 'year' });
    expect(reviewedIn('Ngành họp sơ kết 6 tháng đầu năm 2024.')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(reviewedIn('Báo cáo kết quả thực hiện 9 tháng năm 2022 cho thấy …')).toMatchObject({ iso: '2022-01', isoEnd: '2022-09' });
  });
  it('a quarter reached "đến hết": the months from January to its end', () => {
    expect(reviewedIn('Ông A thông tin về tình hình ngành đến hết quý 2/2024.')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(reviewedIn('Cục công bố tình hình thị trường tính đến hết quý III/2023.')).toMatchObject({ iso: '2023-01', precision: 'month', isoEnd: '2023-09' });
    expect(reviewedIn('Báo cáo tình hình quý I/2025 của ngành.')).toMatchObject({ iso: '2025-01', precision: 'quarter' });
  });
  it('round 24: a statistics release names the period it reviews', () => {
    expect(reviewedIn('Sáng 5/1, Cục Thống kê tỉnh tổ chức họp báo công bố số liệu thống kê kinh tế - xã hội năm 2023.')).toMatchObject({ iso: '2023', precision: 'year' });
    expect(reviewedIn('Cục vừa công bố số liệu phát triển công nghiệp điện tử năm 2022.')).toMatchObject({ iso: '2022', precision: 'year' });
    expect(reviewedIn('Số liệu thống kê 6 tháng đầu năm 2024 cho thấy …')).toMatchObject({ iso: '2024-01', precision: 'half' });
    expect(reviewedIn('Theo số liệu, năm 2023 tỉnh có 20 doanh nghiệp.'), 'a source named, no release').toBeUndefined();
  });
  it('round 24c: a "giao ban" meeting names the period it reviews', () => {
    expect(reviewedIn('Tại hội nghị giao ban quản lý nhà nước quý 2/2024 của Bộ, báo cáo cho biết …')).toMatchObject({ iso: '2024-04', precision: 'quarter' });
    expect(reviewedIn('Sở tổ chức giao ban tháng 10/2023 với các phòng.')).toMatchObject({ iso: '2023-10', precision: 'month' });
    expect(reviewedIn('Giao ban trực tuyến sáng 5/6/2024 tại Hà Nội.'), 'a day').toBeUndefined();
  });
  it('not a plan’s year, a span of years, a day, or a sentence with no review word', () => {
    expect(reviewedIn('Hội nghị tổng kết và triển khai kế hoạch năm 2026.')).toBeUndefined();
    expect(reviewedIn('Kết quả thực hiện chiến lược giai đoạn 2021 - 2025 vượt mục tiêu.')).toBeUndefined();
    expect(reviewedIn('Sáng 3/1/2025, huyện tổ chức hội nghị tổng kết.')).toBeUndefined();
    expect(reviewedIn('Năm 2024, doanh thu đạt 10 tỷ đồng.')).toBeUndefined();
  });
});

describe('reviewedPeriod / yearCap', () => {
  it('looks past short lines to the first three paragraphs of the report', () => {
    const long = 'x'.repeat(90);
    expect(reviewedPeriod(['Tiêu đề ngắn', 'Tác giả', '01/02/2025', `${long} tổng kết năm 2024.`])?.at).toBe(3);
    expect(reviewedPeriod([long, long, long, 'Hội nghị tổng kết năm 2024.'])).toBeUndefined();
  });
  it('caps the years sentences hand on at the article’s, else the reviewed one', () => {
    expect(yearCap(2024, { period: { iso: '2023', precision: 'year' } })).toBe(2024);
    expect(yearCap(undefined, { period: { iso: '2023', precision: 'year' } })).toBe(2023);
    expect(yearCap(undefined, undefined)).toBeUndefined();
  });
});

describe('reviewPeriods', () => {
  it('dates the summary above the review line and a paragraph detailing it; not the headline, the meeting, what comes after', () => {
    const ps = segments(['Ba điểm nhấn', 'Doanh thu ước đạt 5 tỷ USD.', 'Bộ tổ chức tổng kết năm 2024 với 63 tỉnh.', 'Theo đó, lợi nhuận đạt 2 tỷ USD.', 'Sau đó lãi 1 tỷ USD.']);
    const at = (k: number) => ({ metric: { status: 'actual' as const, offset: ps[k]!.offset + 3, reasons: ['no-period'], confidence: 'low' as const } });
    const drafts = [at(0), at(1), at(2), at(3), at(4), { metric: { ...at(1).metric, status: 'target' as const } }];
    reviewPeriods(drafts, ps, reviewedPeriod(ps.map((p) => p.text)), 1);
    expect(drafts.map((d) => (d.metric as { period?: { iso: string } }).period?.iso)).toEqual([undefined, '2024', undefined, '2024', undefined, undefined]);
    expect(drafts[1]!.metric.confidence).toBe('high');
  });
});

describe('a review of a closed year (round 21)', () => {
  const year = (iso: string) => ({ iso, precision: 'year' as const });
  it('is a whole year reviewed on a page of the year after', () => {
    expect(closedYearReview(year('2023'), 2024)).toBe(true);
    expect(closedYearReview(year('2023'), 2023)).toBe(false);
    expect(closedYearReview(year('2023'), 2026)).toBe(false);
    expect(closedYearReview(year('2023'), undefined)).toBe(false);
    expect(closedYearReview({ iso: '2023-01', precision: 'half' }, 2024)).toBe(false);
  });

  it('dates every later result with no period of its own; a goal and a dated figure keep theirs', () => {
    const ps = segments(['Tóm tắt', 'Bộ công bố báo cáo tổng kết thương mại điện tử năm 2023 của cả nước.', 'Theo khảo sát, 61% người mua sắm trực tuyến.', 'Tỷ lệ khiếu nại là 7%.']);
    const at = (k: number, status: 'actual' | 'target' = 'actual') => ({ metric: { status, offset: ps[k]!.offset + 3, reasons: ['no-period'], confidence: 'low' as const } });
    const drafts = [at(2), at(3), at(3, 'target')];
    reviewPeriods(drafts, ps, reviewedPeriod(ps.map((p) => p.text)), 1, 2024);
    expect(drafts.map((d) => (d.metric as { period?: { iso: string } }).period?.iso)).toEqual(['2023', '2023', undefined]);
    const withHeading = segments(['Tóm tắt', 'Bộ công bố báo cáo tổng kết thương mại điện tử năm 2023 của cả nước.', 'Theo khảo sát, 61% người mua sắm trực tuyến.', 'II. PHƯƠNG HƯỚNG', 'Tỉnh có 12 nền tảng.']);
    const under = [{ metric: { status: 'actual' as const, offset: withHeading[2]!.offset + 3, reasons: [], confidence: 'high' as const } }, { metric: { status: 'actual' as const, offset: withHeading[4]!.offset + 3, reasons: [], confidence: 'high' as const } }];
    reviewPeriods(under, withHeading, reviewedPeriod(withHeading.map((p) => p.text)), 1, 2024);
    expect(under.map((d) => (d.metric as { period?: { iso: string } }).period?.iso)).toEqual(['2023', undefined]); // up to the next heading
    const same = [at(2)];
    reviewPeriods(same, ps, reviewedPeriod(ps.map((p) => p.text)), 1, 2023);
    expect((same[0]!.metric as { period?: unknown }).period).toBeUndefined();
  });
});

describe('a yearly review with next year’s plan (extractMetrics)', () => {
  it('the summary takes the reviewed year; next year’s budget gives its year to no later result', () => {
    const ms = extractMetrics(segments([
      'Doanh thu toàn ngành ước đạt 120 tỷ USD, tăng 15% so với năm 2023.',
      'Ngày 20/12, Sở tổ chức hội nghị tổng kết công tác năm 2024, đồng thời triển khai nhiệm vụ năm 2025.',
      'Sở đã xây dựng dự toán ngân sách năm 2025 với tổng kinh phí 900 tỷ đồng.',
      'Sở đã giải quyết 1.200 hồ sơ của doanh nghiệp.',
    ]), { indicators: [], topics: [], fallbackTopic: 'x' });
    const period = (t: string) => ms.find((m) => m.text === t)?.period?.iso;
    expect(period('120 tỷ USD')).toBe('2024');
    expect(period('1.200')).toBe('2024');
  });
});

describe('afterReview (round 19)', () => {
  const review = { period: { iso: '2023', precision: 'year' as const }, at: 1 };
  it('an undated page\'s paragraphs after its review paragraph start from the reviewed period', () => {
    expect(afterReview(undefined, review, 1, true)).toEqual(review.period);
  });
  it('keeps a period a sentence set, and gives none on a dated page or at another paragraph', () => {
    const set = { iso: '2022', precision: 'year' as const };
    expect(afterReview(set, review, 1, true)).toBe(set);
    expect(afterReview(undefined, review, 1, false)).toBeUndefined();
    expect(afterReview(undefined, review, 0, true)).toBeUndefined();
  });
  it('in a page: the counts reported after the meeting paragraph are of the reviewed year', () => {
    const ms = extractMetrics(segments([
      'Tỉnh vươn lên thứ 20 cả nước về chuyển đổi số.',
      'Thông tin được nêu tại hội nghị tổng kết thực hiện Đề án 06 năm 2023, phương hướng nhiệm vụ năm 2024, tổ chức sáng 12/1.',
      'Theo Sở, toàn tỉnh đã đưa vào vận hành thêm 12 nền tảng số, nâng tổng số lên 40 nền tảng.',
    ]), { indicators: [], topics: [], fallbackTopic: 'chi-dao-dieu-hanh' });
    expect(ms.filter((m) => m.text === '12' || m.text === '40').map((m) => m.period?.iso)).toEqual(['2023', '2023']);
  });
});

describe('reviewedIn: a year the review is compared with (round 27b)', () => {
  it('is not the period reviewed', () => {
    for (const s of ['Năm nay, tình hình an ninh mạng phức tạp hơn so với năm 2024, với 200 vụ.', 'Kết quả cho thấy số vụ cao hơn năm 2023.']) {
      expect(reviewedIn(s), s).toBeUndefined();
    }
    expect(reviewedIn('Trong 6 tháng đầu năm 2025, tình hình an ninh mạng có nhiều biến động.')).toBeUndefined();
    expect(reviewedIn('Báo cáo tình hình an ninh mạng năm 2025 cho thấy …')).toMatchObject({ iso: '2025', precision: 'year' });
  });
});
