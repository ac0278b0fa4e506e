/** Round 61 (session 42): a province's plan that names its own city or town after "trên địa bàn tỉnh" stays the province's; a district
 *  named in a sentence of its own still makes the page the district's. Pages written for this test. */
import { describe, expect, it } from 'vitest';
import { isLocalArticle } from '../../../scripts/ingest/other-subject';
import { metricsByText } from './metrics-support';

const heading = 'Mục tiêu cụ thể';
const provincePlan = 'Đến năm 2025: Phát triển đô thị thông minh trên địa bàn tỉnh, phấn đấu thị xã Ba Đồn và huyện Lệ Thủy cơ bản đáp ứng các tiêu chí đô thị thông minh. Phấn đấu kinh tế số chiếm khoảng 25% tổng sản phẩm trong tỉnh (GRDP).';

describe('isLocalArticle: units the province names inside its own plan', () => {
  it('"trên địa bàn tỉnh, … thị xã Ba Đồn": not local', () => expect(isLocalArticle([heading, provincePlan])).toBe(false));
  it('"toàn tỉnh có 120 xã đạt chuẩn, trong đó huyện Lệ Thủy …": not local', () =>
    expect(isLocalArticle(['Năm 2024, toàn tỉnh có 120 xã đạt chuẩn, trong đó huyện Lệ Thủy dẫn đầu.'])).toBe(false));
  it('a district in a sentence of its own: local', () =>
    expect(isLocalArticle([heading, 'Theo kế hoạch chung trên toàn tỉnh, mỗi thôn lập một tổ.', 'Huyện Lệ Thủy đã thành lập 150 tổ công nghệ số cộng đồng.'])).toBe(true));
  it('a district that opens the page: local', () => expect(isLocalArticle(['Huyện Lệ Thủy đặt mục tiêu kinh tế số chiếm 10% giá trị sản xuất.'])).toBe(true));
  it('on the page: the province\'s digital economy share keeps its series', () =>
    expect(metricsByText(heading, provincePlan)['25%']?.indicator).toBe('digital-economy-grdp-share'));
});

describe('isLocalArticle: what the province scope does not cover', () => {
  it('"Tại hội nghị của tỉnh, huyện Lệ Thủy báo cáo …": the district still owns the page', () =>
    expect(isLocalArticle(['Tại hội nghị của tỉnh, huyện Lệ Thủy báo cáo đã cấp 9.000 tài khoản định danh.'])).toBe(true));
});

describe('review mends: a unit ranked within the province owns its page', () => {
  it.each([
    ['Là địa phương dẫn đầu trong tỉnh về chuyển đổi số, huyện Bảo Thắng luôn đổi mới.'],
    ['Xếp thứ nhất toàn tỉnh về Chỉ số chuyển đổi số cấp huyện năm 2023, thị xã Sa Pa tiếp tục đổi mới.'],
    ['Đi đầu trên địa bàn tỉnh về thanh toán số, phường Cốc Lếu đã triển khai mô hình mới.'],
    ['Trong tỉnh, xã Tân Lập là nơi đầu tiên có tổ công nghệ số.'],
  ])('%s', (lead) => expect(isLocalArticle([lead, 'Năm 2024, tỷ lệ hồ sơ được giải quyết trực tuyến đạt 92%.'])).toBe(true));
  it('on the page: the district\'s rate takes no national series', () =>
    expect(metricsByText('Là địa phương dẫn đầu trong tỉnh về chuyển đổi số, huyện Bảo Thắng luôn đổi mới.', 'Năm 2024, tỷ lệ hồ sơ được giải quyết trực tuyến đạt 92%.')['92%']?.indicator).toBeUndefined());
});

describe('second review: words that only look like a comparison', () => {
  it.each([
    ['Sau khi sắp xếp đơn vị hành chính, trên địa bàn tỉnh còn 99 xã, phường, trong đó phường Cam Đường là trung tâm.'],
    ['Để thống nhất triển khai chuyển đổi số trên địa bàn tỉnh, xã Tân Lập được chọn làm điểm.'],
    ['Nhất là trên địa bàn tỉnh, huyện Lệ Thủy đã có nhiều đổi mới.'],
  ])('%s', (lead) => expect(isLocalArticle([lead, 'Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 65%.'])).toBe(false));
});
