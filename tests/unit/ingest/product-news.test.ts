/** Numbers of product and technology news that are names or specifications, not claims (round 32, the lead's probe). */
import { describe, expect, it } from 'vitest';
import { isVersionNumber } from '../../../scripts/ingest/number-labels';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('round 32: versions, models and specifications', () => {
  it.each([
    ['Ứng dụng hỗ trợ iOS 17.4 và Android 14 trở lên.', '17.4'],
    ['Ứng dụng hỗ trợ iOS 17.4 và Android 14 trở lên.', '14'],
    ['Bản cập nhật mới đưa lên phiên bản 3.2 với nhiều tính năng.', '3.2'],
    ['Máy tính hỗ trợ Wi-Fi 7 và Bluetooth 5.4.', '7'],
    ['Máy có pin 4.500 mAh và camera chính 108 megapixel.', '4.500'],
    ['Máy có pin 4.500 mAh và camera chính 108 megapixel.', '108'],
    ['Chip được sản xuất trên tiến trình 3 nm, màn hình tần số quét 120 Hz.', '3'],
    ['Độ trễ mạng 5G thử nghiệm chỉ khoảng 10 ms.', '10'],
    ['Dòng iPhone 16 Pro được bán tại các cửa hàng từ cuối tháng.', '16'],
    ['Người dùng có thể đổi máy cũ lấy Pixel 9 chính thức từ tuần sau.', '9'],
    ['Mẫu Xiaomi 15 và Redmi 13 cùng lên kệ tại Việt Nam.', '15'],
    ['Mẫu Xiaomi 15 và Redmi 13 cùng lên kệ tại Việt Nam.', '13'],
    ['Máy dùng chip Snapdragon 8 thế hệ mới của Qualcomm.', '8'],
    ['Khu trung tâm rộng gần 4 hecta, sàn lắp đặt 12.000 mét vuông.', '4'],
    ['Khu trung tâm rộng gần 4 hecta, sàn lắp đặt 12.000 mét vuông.', '12.000'],
  ])('%j: %s is no claim', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['Ứng dụng đã có 12 triệu lượt tải trên Android và iOS.', '12 triệu'],
    ['Android chiếm 75% thị phần hệ điều hành di động tại Việt Nam.', '75%'],
    ['Trong năm, hãng bán được 1,5 triệu máy chạy Windows 11.', '1,5 triệu'],
    ['Chuỗi bán lẻ đã nhận 35.000 đơn đặt trước iPhone 16 trong ba ngày.', '35.000'],
    ['Giá khởi điểm của iPhone 16 là 22 triệu đồng.', '22 triệu đồng'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));

  it('reads a version only where a name stands before it', () => {
    expect(isVersionNumber('hệ điều hành Android ', '15', ' mới')).toBe(true);
    expect(isVersionNumber('tỉnh có ', '15', ' trạm')).toBe(false);
    expect(isVersionNumber('Android ', '15', ' triệu người dùng')).toBe(false);
    expect(isVersionNumber('máy iPhone ', '15', ' Pro Max')).toBe(true);
    expect(isVersionNumber('bán thêm iPhone ', '15', ' triệu chiếc')).toBe(false);
  });
});
