/** A district's or a sector's own plan (round 13 forms, written for the test): no national or provincial series. */
import { describe, expect, it } from 'vitest';
import { isLocalArticle, isLocalFigure } from '../../../scripts/ingest/other-subject';
import { metricsByText as metricsOf } from './metrics-support';

describe('isLocalArticle: the article is a district\'s or a sector\'s own (its owner in the top two paragraphs)', () => {
  it.each([
    ['Chuyển đổi số cơ sở', 'Ngày 5/6, ubnd huyện mường lát phê duyệt đề án chuyển đổi số'],
    ['Nghị quyết mới', 'Huyện ủy tam nông vừa ban hành nghị quyết về chuyển đổi số'],
    ['Ủy ban nhân dân quận hải châu triển khai kế hoạch năm 2026', 'Các chỉ tiêu như sau.'],
    ['Kết quả năm 2025', 'UBND thị xã sơn tây công bố kết quả'],
    ['Bộ trưởng yêu cầu toàn ngành y tế thực hiện các mục tiêu sau, như cả nước đã làm', 'Năm 2026 phải xong.'], // a sector's own, even naming the country
    ['Năm học mới', 'Các mục tiêu mà ngành giáo dục đặt ra cho năm học mới'],
    ['Kế hoạch chuyển đổi số ngành giáo dục giai đoạn 2025-2030', 'Mục tiêu chung.'],
  ])('%s / %s', (...paragraphs) => expect(isLocalArticle(paragraphs)).toBe(true));

  it.each([
    ['Bộ Thông tin và Truyền thông công bố kết quả chuyển đổi số quốc gia'],
    ['UBND tỉnh Bắc Ninh ban hành kế hoạch chuyển đổi số'],
    ['người dân huyện miền núi được hỗ trợ dịch vụ công'], // a district named, not the owner
    ['Ngành ngân hàng đẩy mạnh thanh toán không dùng tiền mặt'],
    ['Kế hoạch quốc gia', 'Mục tiêu chung.', 'Trong đó, huyện ủy các nơi được giao theo dõi.'], // below the top two paragraphs
  ])('not: %s', (...paragraphs) => expect(isLocalArticle(paragraphs)).toBe(false));
});

describe('isLocalFigure: a local article\'s figure, unless its sentence names the whole country', () => {
  it('local', () => expect(isLocalFigure('Tỷ lệ hồ sơ trực tuyến đạt 90%.', true)).toBe(true));
  it('not on a national page', () => expect(isLocalFigure('Tỷ lệ hồ sơ trực tuyến đạt 90%.', false)).toBe(false));
  it.each(['Cả nước có 85% hồ sơ được số hóa.', 'Tỷ lệ này trên toàn quốc là 85%.'])('not: %s', (sentence) => expect(isLocalFigure(sentence, true)).toBe(false));
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
