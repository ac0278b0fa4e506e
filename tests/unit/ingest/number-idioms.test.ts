/** A ratio's part "cứ N … thì có M" is no count (round 32b; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { isIdiom } from '../../../scripts/ingest/number-idioms';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('isIdiom: a ratio\'s part', () => {
  it.each([
    ['Khảo sát cho thấy cứ 10 công ty thì có đến 8 công ty (81%) đã dùng điện toán đám mây.', '8'],
    ['Tại các trường, cứ 5 học sinh lại có 4 em có điện thoại thông minh.', '4'],
    ['Theo báo cáo, cứ 100 người dùng thì có khoảng 12 người từng bị lộ mật khẩu.', '12'],
  ])('%j: %s is a ratio\'s part', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['Khảo sát cho thấy cứ 10 công ty thì có đến 8 công ty (81%) đã dùng điện toán đám mây.', '81%'],
    ['Cứ 2 năm tỉnh lại có 300 doanh nghiệp công nghệ số thành lập mới.', '300'],
    ['Năm nay có 9 tổ chức đạt chứng nhận, gấp ba năm trước.', '9'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));

  it('needs the part no larger than its base', () => {
    expect(isIdiom('9', 'cứ 10 tổ chức thì có ', ' tổ chức')).toBe(true);
    expect(isIdiom('40', 'cứ 10 tổ chức thì có ', ' tổ chức')).toBe(false);
  });
});

describe('round 35: a ratio\'s base named at length; a view\'s angle', () => {
  it.each([
    ['Ở thành phố, cứ 50 người dùng ví điện tử trên điện thoại thì có 1 người từng bị lừa.', '1'],
    ['Trong các trường học, cứ 30 học sinh trung học phổ thông ở vùng sâu thì có 2 em chưa có máy tính.', '2'],
  ])('%j: %s is a ratio\'s part', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    'Bảo tàng giới thiệu các hiện vật qua ảnh 360 độ và tham quan thực tế ảo.',
    'Xe được gắn camera 360° để giám sát giao thông.',
    'Khách có thể xoay hình 180 độ để xem toàn cảnh.',
  ])('%j reads no count', (s) => expect(texts(s)).toEqual([]));

  it('a count beside the angle stays', () => {
    expect(texts('Tỉnh lắp 36 camera quay 360 độ tại các nút giao thông.')).toEqual(['36']);
  });
});

describe('round 38: a road junction', () => {
  it('"ngã 3", "ngã 4" name junctions, not counts', () => {
    expect(isIdiom('3', 'lắp camera tại các điểm ngã ', ', ngã 4 và bến xe')).toBe(true);
    expect(isIdiom('4', 'lắp camera tại các điểm ngã 3, ngã ', ' và bến xe')).toBe(true);
    expect(texts('Thành phố lắp 210 camera tại các ngã 3, ngã 4 trung tâm.')).toEqual(['210']);
  });
  it('not a count after another word, nor a share', () => {
    expect(isIdiom('3', 'lắp thêm ', ' camera')).toBe(false);
    expect(isIdiom('5', 'giảm ', '% số vụ tai nạn ở các ngã')).toBe(false);
  });
});

describe('round 38: a sale day written as a day-month', () => {
  it('"siêu sale 9.9 và 10.9", "ngày cuối tuần 9 và 10.9", "11.11" are days, not values', () => {
    expect(texts('Sau 2 ngày siêu sale 9.9 và 10.9, các sàn nhận 3 triệu đơn.')).toEqual(['3 triệu']);
    expect(texts('Trong 2 ngày cuối tuần 9 và 10.9, các sàn nhận 3 triệu đơn.')).toEqual(['3 triệu']);
    expect(texts('Dịp 11.11 năm nay, sàn bán 2 triệu sản phẩm.')).toEqual(['2 triệu']);
  });
  it('not a decimal with its unit, nor a day-month alone', () => {
    expect(texts('Điểm trung bình đạt 9.9 điểm.')).toEqual(['9.9 điểm']);
    expect(texts('Tăng trưởng đạt 9.9% trong năm.')).toEqual(['9.9%']);
  });
});

describe('round 38: a fraction\'s padded part', () => {
  it('"hoàn thành 07/12 nhiệm vụ" is a count; "ngày 07/12" is a date', () => {
    expect(texts('Sở đã hoàn thành 07/12 nhiệm vụ trọng tâm.')).toEqual(['07/12']);
    expect(texts('Ngày 07/12 sở họp tổng kết.')).toEqual([]);
  });
});

describe('round 38: one of the, and names counted after "là"', () => {
  it('"là 1 trong những nội dung" counts nothing; "1 trong 5 địa phương" keeps the five', () => {
    expect(texts('Phát sóng wifi ở chợ là 1 trong những việc làm nổi bật của huyện.')).toEqual([]);
    expect(texts('Tỉnh là 1 trong 5 địa phương dẫn đầu.')).toEqual(['5']);
  });
  it('"A, B, C và D là 4 doanh nghiệp …" sizes the list just named; a count of other things stays', () => {
    expect(texts('Trong đó, Viettel, VNPT, MobiFone và FPT là 4 nhà mạng đang mở rộng cáp quang.')).toEqual([]);
    expect(texts('Lừa đảo qua mạng, tấn công có chủ đích và mã độc là 3 hình thức phổ biến nhất.')).toEqual([]);
    expect(texts('Viettel và VNPT là 2 doanh nghiệp có 4.000 trạm 5G.')).toEqual(['4.000']);
    expect(texts('Viettel và VNPT có 3 trung tâm dữ liệu.')).toEqual(['3']);
  });
});

describe('round 39: the first times of a sequence', () => {
  it('"ở 2 lần đầu", "3 lần đầu tiên" count nothing; "gấp 2 lần" and a count of sessions stay', () => {
    expect(texts('Trong 3 lần đầu tiên, khách được hoàn tiền đủ.')).toEqual([]);
    expect(texts('Ở 2 lần đầu, người chơi nhận thưởng nhỏ.')).toEqual([]);
    expect(texts('Doanh thu tăng gấp 2 lần.')).toEqual(['2 lần']);
    expect(texts('Hội chợ đã tổ chức 4 lần trong năm.')).toEqual(['4 lần']);
  });
});

describe('round 39: an enumerator written with a digit, a document\'s length', () => {
  it('"Thứ 2 là …" opening a sentence counts nothing; a weekday with its date and a rank stay', () => {
    expect(texts('Thứ 2 là hạ tầng số phải đi trước một bước.')).toEqual([]);
    expect(texts('Thứ 4, ngày 6/3/2024, sở tiếp 40 đoàn khách.')).toEqual(['40']);
    expect(texts('Tỉnh xếp thứ 4, sau Đà Nẵng.')).toEqual(['4']);
  });
  it('"dài 80 trang" is a length; pages of news counted stay', () => {
    expect(texts('Bản báo cáo dài 80 trang.')).toEqual([]);
    expect(texts('Cổng thông tin có 350 trang tin thành phần.')).toEqual(['350']);
  });
});

describe('round 39: a disease\'s name written with a space, the years then named', () => {
  it('"dịch Covid 19" and "trong 2 năm 2022, 2023" count nothing; "19 xã" and "2 năm qua" as before', () => {
    expect(texts('Sau đại dịch Covid 19, doanh thu của hợp tác xã phục hồi.')).toEqual([]);
    expect(texts('Trong 3 năm 2022, 2023 và 2024, huyện mở 40 lớp kỹ năng số.')).toEqual(['40']);
    expect(texts('Huyện có 19 xã đạt chuẩn.')).toEqual(['19']);
  });
});
