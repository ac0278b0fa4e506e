import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('round 32: the amounts and rates a rule sets', () => {
  it.each([
    ['Cá nhân vi phạm có thể bị phạt tiền từ 30 triệu đồng đến 60 triệu đồng.', '30 triệu đồng'],
    ['Tổ chức sẽ bị phạt tối đa 200 triệu đồng nếu không xác thực thuê bao.', '200 triệu đồng'],
    ['Mức phạt tối đa đối với doanh nghiệp là 3% doanh thu năm liền trước.', '3%'],
    ['Hành vi này bị phạt tiền lên đến 70 triệu đồng.', '70 triệu đồng'],
    ['Thuế suất thuế thu nhập doanh nghiệp đối với phần mềm là 10%.', '10%'],
    ['Lệ phí cấp chứng thư số cho cá nhân là 250.000 đồng mỗi năm.', '250.000 đồng'],
    ['Mỗi tài khoản chỉ được chuyển không quá 50 triệu đồng trong một ngày.', '50 triệu đồng'],
    ['Mỗi người dân được đăng ký tối đa 3 số điện thoại.', '3'],
    ['Khoản thanh toán trên 5 triệu đồng/lần hoặc tổng trên 15 triệu đồng/ngày phải xác thực khuôn mặt.', '5 triệu đồng'],
    ['Khoản thanh toán trên 5 triệu đồng/lần hoặc tổng trên 15 triệu đồng/ngày phải xác thực khuôn mặt.', '15 triệu đồng'],
    ['Theo quy định mới, hồ sơ nộp trực tuyến được giảm 40% lệ phí.', '40%'],
    ['Theo quy chuẩn kỹ thuật, tỷ lệ truy nhập thành công không thấp hơn 97%.', '97%'],
    ['Tiêu chuẩn quy định thời gian chờ phục vụ tối đa 30 giây, tỷ lệ khiếu nại không vượt quá 0,25%.', '0,25%'],
  ])('%j: %s is a norm', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['Năm 2024, lực lượng chức năng đã xử phạt 35 tổ chức với tổng số tiền 4,8 tỷ đồng.', '4,8 tỷ đồng'],
    ['Công an tỉnh đã phạt tiền 120 triệu đồng đối với 3 cá nhân tung tin sai.', '120 triệu đồng'],
    ['Thu lệ phí trước bạ trực tuyến đạt 1.250 tỷ đồng, tăng 18%.', '1.250 tỷ đồng'],
    ['Tỉnh có doanh thu thương mại điện tử trên 900 tỷ đồng, đứng thứ 5 cả nước.', '900 tỷ đồng'],
    ['Doanh nghiệp có doanh thu trên 100 tỷ đồng chiếm 12% tổng số.', '12%'],
    ['Mỗi năm tỉnh cấp thêm 20.000 chữ ký số cho người dân.', '20.000'],
    ['Đến cuối năm, mỗi xã đưa được tối thiểu 2 sản phẩm OCOP lên sàn thương mại điện tử.', '2'],
    ['Kết quả đo kiểm cho thấy tỷ lệ truy nhập thành công đạt 99,1%, cao hơn quy chuẩn.', '99,1%'],
    ['Năm 2023, lệ phí thu qua dịch vụ công trực tuyến giảm 12% so với năm trước.', '12%'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 32b: a proposed fine and a transaction\'s bar', () => {
  it.each([
    ['Bộ Tư pháp đề xuất phạt tới 300 triệu nếu lộ lọt dữ liệu khách hàng.', '300 triệu'],
    ['Dự thảo đề xuất phạt tiền từ 40 triệu đồng đối với nền tảng vi phạm.', '40 triệu đồng'],
    ['Từ tháng 9, rút tiền trên 50 triệu tại ATM phải xác thực khuôn mặt.', '50 triệu'],
    ['Khi chuyển khoản trên 5 triệu đồng/lần và 15 triệu đồng/ngày, người dùng buộc phải quét căn cước.', '15 triệu đồng'],
    ['Người dùng nạp tiền vào ví trên 8 triệu đồng hoặc chuyển ra nước ngoài đều sẽ phải xác thực.', '8 triệu đồng'],
    ['Nếu tổng giá trị thanh toán trong ngày vượt mức 60 triệu đồng thì giao dịch tiếp theo phải xác thực.', '60 triệu đồng'],
    ['Chuyển tiền dưới 5 triệu, 1 ngày không quá 15 triệu thì chỉ cần mã OTP.', '15 triệu'],
  ])('%j: %s is a norm', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['Giá trị giao dịch qua QR đạt trên 80 triệu tỷ đồng, các ngân hàng phải nâng cấp hệ thống.', '80 triệu tỷ đồng'],
    ['Năm qua, khách hàng đã chuyển khoản trên 900 nghìn tỷ đồng, thì tăng mạnh so với trước.', '900 nghìn tỷ đồng'],
    ['Ngân hàng đã phạt đến 45 triệu đồng với 3 đại lý vi phạm.', '45 triệu đồng'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 32b: a proposed range and a fine one will incur', () => {
  it.each([
    ['Bộ Công an đề xuất phạt 40 - 80 triệu đồng với hành vi chia sẻ dữ liệu trái phép.', '40 - 80 triệu đồng'],
    ['Nếu lộ dữ liệu của trên 2 triệu người, doanh nghiệp sẽ phạt tới 4% doanh thu.', '4%'],
  ])('%j: %s is a norm', (s, n) => expect(texts(s)).not.toContain(n));
  it('keeps a fine reported as imposed', () => expect(texts('Thanh tra Sở đã phạt 40 triệu đồng đối với hai cửa hàng.')).toContain('40 triệu đồng'));
});

describe('session 17: a minimum a regulation sets', () => {
  it.each([
    'Thông tư số 05 quy định mỗi trường học phải có ít nhất 2 cán bộ phụ trách dữ liệu.',
    'Bộ tiêu chí quy định xã đạt chuẩn phải đạt tối thiểu 80% hộ có tài khoản thanh toán.',
    'Nghị định quy định nền tảng số lớn phải bảo đảm không dưới 3 kênh tiếp nhận phản ánh.',
  ])('%s holds no claim', (s) => expect(texts(s)).toEqual([]));
  it.each([
    ['Kế hoạch đề ra mỗi xã có ít nhất 1 tổ công nghệ số.', '1'],
    ['Quy định mới giúp 12 tỉnh phải xử lý ít hồ sơ giấy hơn.', '12'],
    ['Năm 2024, tỉnh đã có ít nhất 30 xã đạt chuẩn.', '30'],
  ])('%s keeps %s', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 36: a standard\'s conditions listed after a colon', () => {
  it.each([
    'Để được công nhận, bản số phải hội đủ các điều kiện sau: wifi công cộng phủ trên 85% khu dân cư; 100% hộ có điện thoại thông minh.',
    'Phường phải đáp ứng đủ các tiêu chí sau: tỷ lệ hộ dùng cáp quang đạt hơn 75%; ít nhất 2 điểm thanh toán số.',
  ])('%s holds no claim', (s) => expect(texts(s)).toEqual([]));
  it.each([
    ['Xã đã đạt các tiêu chí: 92% hộ có cáp quang.', '92%'],
    ['Các điều kiện đã được đáp ứng: 92% hộ có cáp quang.', '92%'],
    ['Xã phải hội đủ các điều kiện. Hiện 92% hộ có cáp quang.', '92%'],
  ])('%s keeps %s', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 38: an offer\'s terms', () => {
  it('a voucher\'s discount and a sale\'s price are no claims', () => {
    expect(texts('Sàn tung chương trình đồng giá chỉ 15.000 đồng và phát 2 triệu voucher giảm 30%.')).toEqual(['2 triệu']);
    expect(texts('Ứng dụng hoàn tiền 5% cho đơn hàng đầu tiên.')).toEqual([]);
  });
  it('a price or a rate that fell stays a claim', () => {
    expect(texts('Giá cước di động giảm 12% so với năm trước.')).toEqual(['12%']);
    expect(texts('Doanh thu khuyến mãi đạt 300 tỷ đồng.')).toEqual(['300 tỷ đồng']);
  });
});

describe('round 38: a rule\'s bare fee cut', () => {
  it('"trong đó giảm 40% phí, lệ phí" in a resolution on fees is the rule\'s; a fall in fees collected stays a claim', () => {
    expect(texts('Theo nghị quyết mới của HĐND, người dân hưởng mức thu ưu đãi, trong đó giảm 40% lệ phí khi làm thủ tục qua mạng.')).toEqual([]);
    expect(texts('Năm 2024, số lệ phí thu được giảm 9% so với năm trước.')).toEqual(['9%']);
  });
});
