/** A district's or a sector's own plan (round 13 forms, written for the test): no national or provincial series. */
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { isLocalFigure } from '../../../scripts/ingest/other-subject';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import type { Metric } from '../../../src/schemas/metric';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };

/** Metrics of the paragraphs of an undated article, keyed by the number as written. */
function metricsOf(...paragraphs: string[]): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const m of extractMetrics(segments(paragraphs), { ...lex, fallbackTopic: 'chi-dao-dieu-hanh' })) out[m.text] ??= m;
  return out;
}

describe('isLocalFigure: the article is a district\'s or a sector\'s own', () => {
  it.each([
    'ngày 5/6, ubnd huyện mường lát phê duyệt đề án chuyển đổi số',
    'huyện ủy tam nông vừa ban hành nghị quyết về chuyển đổi số',
    'ủy ban nhân dân quận hải châu triển khai kế hoạch năm 2026',
    'ubnd thị xã sơn tây công bố kết quả',
    'bộ trưởng yêu cầu toàn ngành y tế thực hiện các mục tiêu sau',
    'các mục tiêu mà ngành giáo dục đặt ra cho năm học mới',
    'kế hoạch chuyển đổi số ngành giáo dục giai đoạn 2025-2030',
  ])('%s', (lead) => expect(isLocalFigure('tỷ lệ hồ sơ trực tuyến đạt 90%.', lead)).toBe(true));

  it.each([
    'bộ thông tin và truyền thông công bố kết quả chuyển đổi số quốc gia',
    'ubnd tỉnh bắc ninh ban hành kế hoạch chuyển đổi số',
    'người dân huyện miền núi được hỗ trợ dịch vụ công', // a district named, not the owner
    'ngành ngân hàng đẩy mạnh thanh toán không dùng tiền mặt',
  ])('not: %s', (lead) => expect(isLocalFigure('tỷ lệ hồ sơ trực tuyến đạt 90%.', lead)).toBe(false));

  it('not when the figure\'s sentence names the whole country', () => {
    expect(isLocalFigure('Cả nước có 85% hồ sơ được số hóa.', 'ubnd huyện mường lát phê duyệt đề án')).toBe(false);
  });
});

describe('a district\'s plan gives its goals no national series', () => {
  const goals = 'Năm 2026, huyện phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ số hóa hồ sơ đạt 85%.';
  it('under a district body in the lead', () => {
    const m = metricsOf('Huyện Tam Nông tăng tốc chuyển đổi số', 'Ngày 12/3, UBND huyện Tam Nông ban hành kế hoạch chuyển đổi số năm 2026.', goals);
    expect(m['100%']?.indicator).toBeUndefined();
    expect(m['85%']?.indicator).toBeUndefined();
  });
  it('but a national plan keeps them', () => {
    const m = metricsOf('Chính phủ ban hành kế hoạch chuyển đổi số', 'Ngày 12/3, Thủ tướng ban hành kế hoạch chuyển đổi số quốc gia năm 2026.', goals.replace('huyện', 'cả nước'));
    expect(m['100%']?.indicator).toBe('full-process-online-services-share');
  });
});
