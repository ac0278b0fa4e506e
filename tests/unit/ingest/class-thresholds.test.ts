import { describe, expect, it } from 'vitest';
import { isClassBar } from '../../../scripts/ingest/class-thresholds';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('round 32: the bar that defines a class', () => {
  it.each([
    ['Các trang thông tin có lượng truy cập dưới 5.000 lượt mỗi tháng sẽ không phải đăng ký.', '5.000'],
    ['Những doanh nghiệp có doanh thu trên 50 tỷ đồng phải lập hóa đơn điện tử từ máy tính tiền.', '50 tỷ đồng'],
    ['Mọi cơ sở có từ 20 lao động trở lên đều được hỗ trợ chi phí đào tạo.', '20'],
    ['Các ứng dụng có dưới 2.000 người dùng hoặc có ít hơn 500 giao dịch mỗi ngày được miễn báo cáo.', '2.000'],
    ['Nhóm thứ nhất: Là nền tảng có tổng số người dùng trong 01 tháng từ 100.000 người trở lên hoặc có trên 5.000 tài khoản trả phí.', '100.000'],
    ['Nhóm thứ nhất: Là nền tảng có tổng số người dùng trong 01 tháng từ 100.000 người trở lên hoặc có trên 5.000 tài khoản trả phí.', '5.000'],
    ['Hộ kinh doanh có doanh thu từ 500 triệu đồng trở lên phải dùng hóa đơn điện tử.', '500 triệu đồng'],
    ['Doanh nghiệp có dưới 10 lao động được miễn báo cáo định kỳ.', '10'],
  ])('%j: %s is a bar', (s, n) => {
    expect(isClassBar(s, s.indexOf(n))).toBe(true);
    expect(texts(s)).not.toContain(n);
  });

  it.each([
    ['Tỉnh có tỷ lệ hồ sơ trực tuyến trên 90%, đứng thứ 3 cả nước.', '90%'],
    ['Những năm qua, tỉnh có tốc độ tăng trưởng kinh tế số trên 15% mỗi năm.', '15%'],
    ['Các doanh nghiệp công nghệ số có doanh thu đạt 120 tỷ đồng, tăng 12%.', '120 tỷ đồng'],
    ['Các xã trong huyện có tỷ lệ phủ sóng 4G trên 95%.', '95%'],
    ['Doanh thu là 320 tỷ đồng, có mức tăng hơn 20% so với cùng kỳ.', '20%'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 32b: a class a rule is addressed to', () => {
  it.each([
    ['Thông tư đặt nghĩa vụ cho những nền tảng, ứng dụng nước ngoài có lượng người dùng tại Việt Nam từ 500.000 người trở lên.', '500.000'],
    ['Cơ quan thuế siết quản lý với các sàn có doanh thu trên 20 tỷ đồng mỗi năm.', '20 tỷ đồng'],
    ['Quy định áp dụng đối với mọi trang tin có số lượt xem dưới 3.000 mỗi ngày.', '3.000'],
  ])('%j: %s is a bar', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['So với các tỉnh có tỷ lệ phủ sóng trên 95%, Lai Châu còn thấp.', '95%'],
    ['Tỉnh đã hỗ trợ 120 hộ, cùng với các hợp tác xã có 45 thành viên.', '120'],
  ])('%j: %s is not read as a bar', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 38: bars inside a share\'s class, a later figure\'s subject and a duty\'s cases', () => {
  it.each([
    ['Khoảng 64% lượt chuyển khoản của người dùng cá nhân có giá trị dưới 500.000 đồng.', '500.000 đồng'],
    ['Theo hiệp hội, 30% hộ kinh doanh có doanh thu trên 2 tỷ đồng.', '2 tỷ đồng'],
    ['Số lệnh chuyển khoản từ 50 triệu đồng chỉ chiếm khoảng 4% tổng số lệnh.', '50 triệu đồng'],
    ['Số tài khoản giao dịch trên 30 triệu đồng/ngày cũng chưa đến 2%.', '30 triệu đồng'],
    ['Thông tư quy định người dùng phải xác thực khuôn mặt khi thực hiện các giao dịch như: Nạp tiền vào ví trên 5 triệu đồng/lần hoặc tổng giá trị nạp từ 15 triệu đồng/ngày trở lên.', '5 triệu đồng'],
    ['Thông tư quy định người dùng phải xác thực khuôn mặt khi thực hiện các giao dịch như: Nạp tiền vào ví trên 5 triệu đồng/lần hoặc tổng giá trị nạp từ 15 triệu đồng/ngày trở lên.', '15 triệu đồng'],
  ])('%j: %s is a bar', (s, n) => {
    expect(isClassBar(s, s.indexOf(n))).toBe(true);
    expect(texts(s)).not.toContain(n);
  });

  it.each([
    ['Khoảng 64% lượt chuyển khoản của người dùng cá nhân có giá trị dưới 500.000 đồng.', '64%'],
    ['Số lệnh chuyển khoản từ 50 triệu đồng chỉ chiếm khoảng 4% tổng số lệnh.', '4%'],
    ['Doanh thu của sàn đạt trên 50 tỷ đồng, chiếm 12% thị phần.', '50 tỷ đồng'], // a verb before the bar: a value reached
    ['Giá trị giao dịch qua QR tăng trên 80 tỷ đồng, chiếm 7% tổng giá trị.', '80 tỷ đồng'],
    ['Số xã có tỷ lệ phủ sóng trên 90% chiếm 70% tổng số xã.', '90%'], // a share is never the bar of an amount class
    ['Người dân phải nộp hồ sơ khi đăng ký như: Chuyển nhượng đạt 12 tỷ đồng trong năm.', '12 tỷ đồng'], // no bar
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 39: a term defined by its bar, a bare class then named', () => {
  it.each([
    ['"Decacorn" là thuật ngữ chỉ những công ty khởi nghiệp có mức định giá trên 10 tỷ USD.', '10 tỷ'],
    ['Nền tảng số có lượng người dùng từ 5 triệu đến dưới 10 triệu thường được gọi là nền tảng lớn.', '5 triệu'],
    ['Nền tảng số có lượng người dùng từ 5 triệu đến dưới 10 triệu thường được gọi là nền tảng lớn.', '10 triệu'],
  ])('%j: %s is a bar', (s, n) => {
    expect(isClassBar(s, s.indexOf(n))).toBe(true);
  });
  it('a subject\'s own value stays a claim', () => {
    const s = 'Công ty khởi nghiệp này có mức định giá trên 10 tỷ USD, được gọi là decacorn đầu tiên.';
    expect(isClassBar(s, s.indexOf('10 tỷ'))).toBe(false);
  });
});
