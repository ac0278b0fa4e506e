/** Round 33: the figures of a supposition are no claims. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isSupposedFigure } from '../../../scripts/ingest/not-claims-supposition';

const texts = (s: string) => findNumbers(s).map((n) => n.text);

describe('a supposition works an example through', () => {
  it.each([
    'Giả sử một hộ gia đình trả 250.000 đồng tiền cước mỗi tháng, sau 3 năm số tiền lên tới 9 triệu đồng.',
    'Ông phân tích: giả định mỗi giao dịch tiết kiệm 15.000 đồng thì 1 triệu giao dịch sẽ tiết kiệm 15 tỷ đồng.',
    '“Giả sử có 40% người dân dùng ví điện tử, chi phí in tiền sẽ giảm đáng kể”, chuyên gia nói.',
    'Theo chuyên gia, giả sử giá thiết bị là 2 triệu đồng thì phần lớn nông dân vẫn mua được.',
  ])('%s', (s) => expect(texts(s)).toEqual([]));
  it('a report after the supposition sentence is still read', () =>
    expect(texts('Giả sử mỗi người tiết kiệm 1 giờ. Thực tế năm 2024 cổng dịch vụ công tiếp nhận 9 triệu hồ sơ.')).toEqual(['9 triệu']));
  it('counterfeit goods that "sử dụng" are no supposition', () =>
    expect(isSupposedFigure('Cơ quan chức năng thu giữ hàng giả sử dụng 120 nhãn hiệu khác nhau.', 'Cơ quan chức năng thu giữ hàng giả sử dụng '.length)).toBe(false));
  it('a conditional with "nếu" is still read', () =>
    expect(texts('Nếu tính cả khu vực tư nhân, tổng đầu tư đạt 3.200 tỷ đồng.')).toContain('3.200 tỷ đồng'));
});
