/** Periods and statuses that `extractMetrics` gives figures across numbers, sentences and paragraphs (round 7b forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Metrics of paragraphs (of an article dated `articleYear`, or undated), keyed by the number as written (the first of equal ones). */
function metricsOf(articleYear: number | undefined, ...paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...(articleYear ? { articleYear } : {}), ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}

const iso = (m: Metric | undefined) => (m?.period ? `${m.period.iso}/${m.period.precision}` : 'none');

describe('a rank history', () => {
  it('each rank takes the year beside it; the first is the baseline of the move', () => {
    const m = metricsOf(2024, 'Từ năm 2016 đến nay, chỉ số của tỉnh liên tục tăng, từ vị trí 71 (năm 2015) lên 52 (năm 2018 và 2019), vị trí 50 năm 2020, 47 năm 2021 và vị trí 45 năm 2022.');
    expect(['71', '52', '50', '47', '45'].map((k) => iso(m[k]))).toEqual(['2015/year', '2018/year', '2020/year', '2021/year', '2022/year']);
    expect(m['71']).toMatchObject({ status: 'baseline', baselineFor: m['52']!.id });
    expect(['52', '50', '47', '45'].map((k) => m[k]!.status)).toEqual(['actual', 'actual', 'actual', 'actual']);
  });
});

describe('the edition year named late in the article', () => {
  it('dates the headline\'s and the lead\'s ranks', () => {
    const m = metricsOf(
      undefined,
      'Việt Nam tăng 3 bậc, xếp thứ 50 về hiệu quả logistics',
      'Theo báo cáo vừa công bố, Việt Nam đã tăng 3 bậc, đứng ở vị trí 50 trong tổng số 140 quốc gia.',
      'Lễ công bố bảng xếp hạng diễn ra tại Geneva (Logistics Performance Index 2021).',
    );
    expect(['3 bậc', '50'].map((k) => iso(m[k]))).toEqual(['2021/year', '2021/year']);
    expect(m['140'], 'the size of the field is no figure').toBeUndefined();
  });
});

describe('a month without its year', () => {
  it('compared with a dated month takes the year after it; the bracketed value is the month compared with', () => {
    const m = metricsOf(undefined, 'Số vụ lừa đảo trực tuyến trong tháng 1 là 2.345 vụ, tăng 120 vụ so với tháng 12/2023 (là 2.225 vụ).');
    expect(iso(m['2.345'])).toBe('2024-01/month');
    expect(iso(m['120'])).toBe('2024-01/month');
    expect(m['2.225']).toMatchObject({ status: 'baseline', period: { iso: '2023-12', precision: 'month' } });
  });

  it('a span singled out with "Riêng" and no date of its own takes no period from the paragraph', () => {
    const m = metricsOf(undefined, 'Trong tháng 3/2024, cả nước ghi nhận 900 vụ. Riêng tuần lễ hội từ 10 - 16.3, có 200 vụ, tăng 5% so với tuần trước.');
    expect(iso(m['900'])).toBe('2024-03/month');
    expect([iso(m['200']), iso(m['5%'])]).toEqual(['none', 'none']);
    expect(m['10'], 'the days are no figure').toBeUndefined();
  });
});

describe('a period carried into the next paragraphs', () => {
  const paragraphs = [
    'Xuất khẩu máy tính sang thị trường Nhật Bản trong 9 tháng năm 2024 đạt 3,2 tỷ USD, tăng 4%; riêng tháng 9/2024 đạt 400 triệu USD.',
    'Thị trường lớn thứ hai là Đức đạt 2,1 tỷ USD, giảm 3%.',
    'Tiếp theo là thị trường Ấn Độ đạt 1,4 tỷ USD.',
  ];
  it('"riêng tháng 9/2024" is a part: the nine months go on to the paragraphs that continue the list', () => {
    for (const year of [undefined, 2024]) {
      const m = metricsOf(year, ...paragraphs);
      expect(['3,2 tỷ USD', '400 triệu USD', '2,1 tỷ USD', '3%', '1,4 tỷ USD'].map((k) => iso(m[k])), String(year))
        .toEqual(['2024-01/month', '2024-09/month', '2024-01/month', '2024-01/month', '2024-01/month']);
    }
  });

  it('in a dated article a paragraph that does not continue the list takes nothing from the one before', () => {
    const m = metricsOf(2024, paragraphs[0]!, 'Tỉnh có 120 doanh nghiệp xuất khẩu.');
    expect(iso(m['120'])).toBe('none');
  });
});

describe('an earlier value given in the sentence after', () => {
  it('"Con số này năm 2021 là …" is the baseline of the figure before, and its year is carried to nothing', () => {
    const m = metricsOf(undefined, 'Năm 2023, mỗi người mua sắm trực tuyến chi khoảng 310 USD. Con số này năm 2021 là 250 USD.', 'Theo khảo sát, quần áo chiếm tỷ lệ cao nhất (70%).');
    expect(m['250 USD']).toMatchObject({ status: 'baseline', baselineFor: m['310 USD']!.id, period: { iso: '2021' } });
    expect(iso(m['70%'])).toBe('2023/year');
  });
});

describe('a year-end report published the year after', () => {
  it('a month or running months without a year take the year the paragraph reports, not the article\'s', () => {
    const m = metricsOf(2024, 'Trong tháng 11/2023, doanh thu đạt 320 tỷ đồng. Lũy kế 11 tháng, doanh thu đạt 3.300 tỷ đồng; riêng tháng 11 tăng 5%.');
    expect(['3.300 tỷ đồng', '5%'].map((k) => iso(m[k]))).toEqual(['2023-01/month', '2023-11/month']);
  });
});

describe('earlier values given one after the other', () => {
  it('each takes the year written before it', () => {
    const m = metricsOf(2024, 'Năm 2024, tỷ lệ thanh toán số đạt 70%. Tỷ lệ này năm 2022 là 55% và năm 2023 là 60%.');
    expect([iso(m['55%']), iso(m['60%'])]).toEqual(['2022/year', '2023/year']);
    expect([m['55%']!.status, m['60%']!.status]).toEqual(['baseline', 'baseline']);
  });
});

describe('a value compared with the quarter before', () => {
  it('is dated to the quarter before its claim\'s', () => {
    const m = metricsOf(2024, 'Sang quý III/2024, doanh thu đạt 130 tỷ đồng, tăng 8% so với quý trước (120 tỷ đồng).');
    expect(m['120 tỷ đồng']).toMatchObject({ status: 'baseline', period: { iso: '2024-04', precision: 'quarter' } });
  });
});

describe('this year and last year', () => {
  it('date figures in a dated article, not in an undated one; a comparison with last year is no period', () => {
    const text = 'Năm ngoái, tỉnh có 50 doanh nghiệp công nghệ số; năm nay con số này là 70, tăng 40% so với năm ngoái.';
    const dated = metricsOf(2024, text);
    expect(['50', '70', '40%'].map((k) => iso(dated[k]))).toEqual(['2023/year', '2024/year', '2024/year']);
    const undated = metricsOf(undefined, text);
    expect(['50', '70'].map((k) => iso(undated[k]))).toEqual(['none', 'none']);
  });
});

describe('figures released at a meeting that names a period', () => {
  it('take the meeting\'s period when they have none', () => {
    const m = metricsOf(undefined, 'Hơn 9 triệu tài khoản đã được kích hoạt, chiếm 45% dân số. Thông tin được công bố ngày 5/10, tại hội nghị sơ kết quý III/2024 của Bộ.', 'Số tài khoản tăng gấp 2-3 lần.');
    expect([iso(m['9 triệu']), iso(m['45%']), iso(m['2-3 lần'])]).toEqual(['2024-07/quarter', '2024-07/quarter', '2024-07/quarter']);
  });

  it('not when the sentence after is no release', () => {
    const m = metricsOf(undefined, 'Hơn 9 triệu tài khoản đã được kích hoạt. Hội nghị sơ kết quý III/2024 diễn ra ngày 5/10.');
    expect(iso(m['9 triệu'])).toBe('none');
  });
});

describe('a condition', () => {
  it('"Nếu …, … sẽ …" is what would be, not a goal; a plan\'s "sẽ" still is', () => {
    const m = metricsOf(2024, 'Nếu tính cả các huyện mới sáp nhập, tỉnh sẽ đứng ở vị trí thứ 12. Sau sáp nhập, tỉnh xếp thứ 20.');
    expect([m['12']?.status, m['20']?.status]).toEqual(['actual', 'actual']);
    expect(metricsOf(2024, 'Đến năm 2026, tỉnh sẽ có 500 doanh nghiệp công nghệ số.')['500']?.status).toBe('target');
    expect(metricsOf(2024, 'Nếu như năm 2020 tỉnh mới có 100 doanh nghiệp thì năm 2026 sẽ có 500 doanh nghiệp.')['500']?.status, '"nếu như … thì" compares').toBe('target');
  });
});

describe('a forecast year in an undated article (round 8)', () => {
  it('does not become the period of the results reported after it; an estimate of a done year does', () => {
    const m = metricsOf(undefined,
      'Năm 2023, doanh số bán lẻ trực tuyến đạt 14 tỷ USD.',
      'Năm 2026, doanh số của khu vực dự kiến đạt 300 tỷ USD.',
      'Philippines (17 tỷ USD) vẫn đứng sau.');
    expect([iso(m['300 tỷ USD']), iso(m['17 tỷ USD'])]).toEqual(['2026/year', '2023/year']);
    const e = metricsOf(undefined,
      'Năm 2021, số thuê bao đạt 70 triệu.',
      'Ước tính năm 2022, số thuê bao đạt 75 triệu.',
      'Tỷ lệ thuê bao 4G chiếm 80%.');
    expect(iso(e['80%'])).toBe('2022/year');
  });
});

describe('a history of dated ranks (round 8)', () => {
  it('each dated rank of the list continues the ranking of the one before', () => {
    const m = metricsOf(2024, 'Từ năm 2018 đến nay, chỉ số đổi mới sáng tạo toàn cầu (GII) của Việt Nam luôn ở nhóm khá, từ vị trí 45 (năm 2018) lên 42 (năm 2019), vị trí 44 năm 2021, 48 năm 2022 và vị trí 46 năm 2023.');
    expect(['45', '42', '44', '48', '46'].map((k) => m[k]?.indicator ?? null)).toEqual(['gii-rank', 'gii-rank', 'gii-rank', 'gii-rank', 'gii-rank']);
  });
  it('a rank after other words does not continue', () => {
    const m = metricsOf(2024, 'Chỉ số đổi mới sáng tạo toàn cầu (GII) của Việt Nam năm 2023 ở vị trí 46, còn về thể chế Việt Nam đứng thứ 80 năm 2023.');
    expect([m['46']?.indicator ?? null, m['80']?.indicator ?? null]).toEqual(['gii-rank', null]);
  });
});
