import { describe, expect, it } from 'vitest';
import { isAnecdoteNumber } from '../../../scripts/ingest/anecdote';
import { findNumbers } from '../../../scripts/ingest/numbers';

const at = (s: string, n: string) => isAnecdoteNumber(s, s.indexOf(n));

describe('isAnecdoteNumber: one private person’s own story', () => {
  it.each([
    ['Đầu tháng 5, chị T. đi từ Thái Bình lên Hà Nội, trong ví chỉ có 2 triệu đồng.', '2 triệu'],
    ['Chị Hoa kể, mỗi lần khám phải mang theo 3 triệu đồng tiền mặt.', '3 triệu'],
    ['Sau đó chị phải nộp thêm 500.000 đồng tạm ứng.', '500.000'],
    ['"Mua mớ rau 15.000 đồng cũng quét mã được", chị cười.', '15.000'],
    ['Tháng trước, anh Trần Minh Q. chuyển nhầm 8 triệu đồng cho kẻ gian.', '8 triệu'],
  ])('%s → %s is an anecdote', (s, n) => expect(at(s, n)).toBe(true));

  it.each([
    ['Anh Lê Văn Tâm, Giám đốc Sở, cho biết tỉnh có 500 tổ công nghệ số.', '500'],
    ['Theo anh Nam, chuyên gia an ninh mạng, 60% mã độc đến từ email.', '60'],
    ['"Thôn tôi có 120 hộ đã cài VNeID", ông Nam, Trưởng thôn, nói.', '120'],
    ['Tôi đã phát 3 triệu đồng tiền hỗ trợ cho các hộ trong thôn.', '3 triệu'],
    ['Chị Lan bán hàng trên sàn, doanh thu mỗi tháng 60 triệu đồng.', '60 triệu'],
  ])('a person with a title, a first-person quotation alone, or a trade’s earnings give figures: %s', (s, n) => expect(at(s, n)).toBe(false));

  it.each([
    ['Các công cụ GenAI được 44% doanh nghiệp dùng.', '44'],
    ['Huyện Cô Tô có 6.000 người dân dùng VNeID.', '6.000'],
    ['Tỷ lệ trẻ em Việt Nam dùng Internet đạt 87%.', '87'],
    ['Người dân Anh Quốc chi 30% thu nhập cho mua sắm trực tuyến.', '30'],
    ['Các anh chị em tổ công nghệ đã hỗ trợ 2.000 lượt người dân.', '2.000'],
  ])('a kinship word inside a name, a place or a group is no person: %s', (s, n) => expect(at(s, n)).toBe(false));

  it('findNumbers reads no amount of the story and keeps the programme’s and a person’s counts', () => {
    expect(findNumbers('Chị Mai kể, mỗi lần đóng viện phí phải mang theo 5 triệu đồng tiền mặt.')).toEqual([]);
    expect(findNumbers('Chị Mai đã đưa 120 sản phẩm lên sàn.').map((n) => n.value)).toEqual([120]);
    expect(findNumbers('Bệnh viện đã thu 62% viện phí qua mã QR.').map((n) => n.value)).toEqual([62]);
  });
});
