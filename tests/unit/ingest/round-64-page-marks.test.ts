/** Round 64 (session 45, after sets JW–KE's first reads): numbers that mark rather than count — a view counter labelled "Đã xem:",
 *  an identity card's or code's length ("CMND 9 số"), a third party ("bên thứ 3"), the next day of a list of days ("ngày 7/7 và 8/8").
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../../support/metrics-of';
import { findDates } from '../../../scripts/ingest/dates';

const texts = (text: string) => metricsOf(text.split(' // '), 2024).map((m) => m.text);

describe('numbers that mark, not count', () => {
  it.each([
    ['Thứ Hai, 8/4/2024 - 10:15 Đã xem: 1.045 // Năm 2023, tỉnh có 120 chợ dùng mã QR.', ['120']],
    ['Người dân còn dùng chứng minh nhân dân 9 số hoặc căn cước công dân 12 số vẫn được nhận 300 suất quà.', ['300']],
    ['Mã định danh 12 số của mỗi công dân đã được cấp cho 95 triệu người.', ['95 triệu']],
    ['Giao dịch diễn ra trực tiếp, không cần bên thứ 3 trung gian; 85% tiểu thương đã dùng.', ['85%']],
    ['Trong các phiên bán hàng ngày 7/7 và 8/8, doanh số đạt 415.000 đơn.', ['415.000']],
    ['Sáng 2/9, 3/9 và 4/9, ngân hàng xử lý 2 triệu giao dịch.', ['2 triệu']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});

describe('what still counts', () => {
  it.each([
    ['Lượt người đã xem 5 video hướng dẫn là 1.200.', ['5', '1.200']],
    ['Tỉnh đứng thứ 3 cả nước về chuyển đổi số.', ['3']],
    ['Ngày 15/3 và 8/10 huyện đã hoàn thành việc cấp căn cước.', ['8/10']],
    ['Đến ngày 30/9, 5/7 dự án trọng điểm đã giải ngân trên 60% vốn.', ['5/7', '60%']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
  it('a ratio of bodies after a day is no day', () =>
    expect(findDates('Ngày 15/3 và 8/10 huyện đã hoàn thành.').map((d) => d.text)).toEqual(['Ngày 15/3']));
  it('the next day of a list is one', () =>
    expect(findDates('Phiên live ngày 7/7 và 8/8, doanh thu tăng.').map((d) => d.text)).toEqual(['ngày 7/7', '8/8']));
});

describe('a transfer\'s size a rule is bound to', () => {
  it.each([
    ['Từ ngày 1/7/2024, ngân hàng bắt buộc xác thực sinh trắc học khi chuyển tiền từ 10 triệu đồng hoặc tổng giá trị giao dịch trong ngày vượt 20 triệu đồng; 85% khách hàng đã hoàn tất.', ['85%']],
    ['Theo quy định, các giao dịch lớn từ 10 triệu đồng/lần và 20 triệu đồng/ngày phải xác thực sinh trắc học.', []],
  ])('is no claim: %s', (text, want) => expect(texts(text)).toEqual(want));
  it.each([
    ['Năm 2024, tổng giá trị giao dịch vượt 1.200 tỷ đồng.', ['1.200 tỷ đồng']],
    ['Giá trị giao dịch phải xác thực tăng từ 500 tỷ đồng lên 800 tỷ đồng.', ['500 tỷ đồng', '800 tỷ đồng']],
  ])('a result stays one: %s', (text, want) => expect(texts(text)).toEqual(want));
});
