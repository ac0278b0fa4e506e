import { describe, expect, it } from 'vitest';
import { recentTopic } from '../../../scripts/ingest/series-words';
import { metricOf } from '../../support/metrics-of';

describe('a sentence whose only numbers name things is a topic (round 50)', () => {
  const head = 'Bình Phước vươn lên vị trí số 4 xếp hạng dịch vụ công trực tuyến';
  const pillar = 'Bình Phước đã xác định rõ quan điểm trong chuyển đổi và nội dung ưu tiên trong chuyển đổi số, xây dựng chính quyền số của tỉnh là đẩy mạnh triển khai cung cấp và nâng cao hiệu quả sử dụng dịch vụ công trực tuyến.';
  const named = 'Trong năm 2024, Bình Phước đã vươn lên top đầu của cả nước về điểm số và thứ hạng trên bảng xếp hạng Bộ chỉ số 766 (Quyết định số 766/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ).';
  const figures = 'Cụ thể, trong năm 2024, Bình Phước đạt 88,2/100 điểm, xếp hạng 4 cả nước, tăng 42 bậc, 20,29 điểm so với tháng 1/2024';
  it('an index named by its number, its decision and its day is the topic, not the DTI pillar a paragraph before it', () => {
    expect(recentTopic([pillar, named])?.text).toBe(named);
    expect(metricOf([head, pillar, named, figures].join(' // '), '88,2', undefined, true).indicator).toBeUndefined();
  });
  it('a sentence that gives a figure is still no topic', () => {
    expect(recentTopic([pillar, 'Tỉnh có 766 hồ sơ trực tuyến.'])?.text).toBe(pillar);
    expect(recentTopic([pillar, 'Đề án 06 có 40 nhiệm vụ.'])?.text).toBe(pillar);
  });
});
