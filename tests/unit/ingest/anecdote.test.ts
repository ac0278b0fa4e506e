import { describe, expect, it } from 'vitest';
import { isAnecdoteNumber, isQuotedStoryAmount, isSceneCount } from '../../../scripts/ingest/anecdote';
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

describe('round 34: a named "bà"/"ông", a quotation opened in an earlier paragraph, a reporter’s scene', () => {
  it.each([
    ['Bà Trần Thị Mơ kể, mỗi sáng bà chỉ mang theo chừng 200.000 đồng tiền lẻ.', '200.000'],
    ['Theo ông Đỗ Văn Hải, người bán cá ở chợ xã, mỗi lần khách trả 30.000 đồng đều quét mã.', '30.000'],
    ['Mớ hành chỉ 7.000 đồng khách cũng chuyển khoản, không phải trả lại tiền lẻ”, chị Vân nói.', '7.000'],
  ])('%s → %s is an anecdote', (s, n) => expect(at(s, n)).toBe(true));

  it.each([
    ['Ông Phạm Quang Tú, Phó Giám đốc Sở Công Thương, cho biết chợ đã thu 800 triệu đồng qua mã QR.', '800 triệu'],
    ['Bà Rịa - Vũng Tàu đã giải ngân 120 tỷ đồng cho chuyển đổi số.', '120 tỷ'],
    ['Năm nay xã chi 300 triệu đồng cho camera an ninh”, Chủ tịch xã cho biết.', '300 triệu'],
  ])('an official, a province or a quotation no private person tags gives figures: %s', (s, n) => expect(at(s, n)).toBe(false));

  it.each([
    ['Đúng 6 giờ 30, 18 đoàn viên đã có mặt ở nhà văn hóa thôn để hỗ trợ bà con.', '18'],
    ['8 giờ sáng, tại bộ phận một cửa, 4 cán bộ đang hướng dẫn người dân nộp hồ sơ trực tuyến.', '4'],
    ['Lúc 14 giờ, 6 công an xã đã có mặt ở nhà văn hóa để kích hoạt VNeID cho bà con.', '6'],
  ])('a count of the people a time of day shows is a scene: %s', (s, n) => {
    const p = s.indexOf(n);
    expect(isSceneCount(s, p, p + n.length)).toBe(true);
  });

  it.each([
    ['Trong 12 giờ, 2.000 người đã đăng ký tài khoản trên cổng dịch vụ công.', '2.000'],
    ['Toàn huyện có 150 cán bộ đã được tập huấn về chuyển đổi số.', '150'],
    ['Đúng 7 giờ sáng, xe chở 20 máy tính đã đến trường.', '20'],
    ['Lúc 8 giờ, 1.500 người đã xếp hàng chờ làm căn cước.', '1.500'],
    ['Đúng 7 giờ sáng, 40 người đã có mặt ở hội trường.', '40'],
  ])('a span of hours, no time of day, or no people counted is no scene: %s', (s, n) => {
    const p = s.indexOf(n);
    expect(isSceneCount(s, p, p + n.length)).toBe(false);
  });

  it('findNumbers reads no scene count and no tagged amount', () => {
    expect(findNumbers('Đúng 6 giờ 40, 8 sinh viên tình nguyện có mặt ở thôn để hỗ trợ bà con.')).toEqual([]);
    expect(findNumbers('Bó rau chỉ 12.000 đồng cũng quét mã được”, bà Lụa cười.')).toEqual([]);
  });
});

describe('isQuotedStoryAmount: a quotation tagged sentences after the amount (round 34)', () => {
  const at = (s: string, n: string) => isQuotedStoryAmount(s, s.indexOf(n));
  it.each([
    ['“Có hôm khách chỉ mua mớ rau 8.000 đồng mà cũng chuyển khoản. Tôi thấy tiện. Không phải giữ tiền lẻ nữa”, chị Nguyễn Thị Hạnh kể.', '8.000'],
    ['"Tháng trước tôi đóng 1,2 triệu đồng tiền điện qua ứng dụng. Nhanh lắm", bà Vũ Thị Sen cho hay.', '1,2 triệu'],
    ['“Vé xe 150.000 đồng tôi cũng trả bằng mã QR. Con cháu chỉ cho”, ông Hà Văn Lộc nói.', '150.000'],
  ])('%s → %s is an anecdote', (s, n) => expect(at(s, n)).toBe(true));

  it.each([
    ['“Xã đã chi 900 triệu đồng cho hạ tầng mạng. Năm sau sẽ thêm”, ông Lò Văn Minh, Chủ tịch UBND xã, cho biết.', '900 triệu'],
    ['Chợ thu 2 tỷ đồng qua mã QR. “Tiểu thương rất hưởng ứng”, chị Lan nói.', '2 tỷ'],
    ['“Doanh thu mỗi tháng 40 triệu đồng. Tôi bán cả trên sàn”, chị Đào kể.', '40 triệu'],
  ])('an official’s quotation, an amount outside it or a trade’s earnings stay: %s', (s, n) => expect(at(s, n)).toBe(false));
});

describe('round 38: a public body acting before the amount', () => {
  it('an amount a ministry or a group took in, told by a named man, is no story', () => {
    const s = 'Ông Tuấn cho biết, tháng 5.2025, Bộ Tài chính đã thu về từ đợt bán đấu giá khoảng 3.100 tỷ đồng.';
    expect(isAnecdoteNumber(s, s.indexOf('3.100'))).toBe(false);
    const t = 'Bà Lan nói, Tập đoàn Điện lực đã chi khoảng 900 tỷ đồng cho trạm sạc.';
    expect(isAnecdoteNumber(t, t.indexOf('900'))).toBe(false);
  });
  it('a private person\'s own amount stays a story', () => {
    const s = 'Ông Tuấn cho biết, mỗi tháng gia đình ông chi khoảng 3 triệu đồng tiền điện.';
    expect(isAnecdoteNumber(s, s.indexOf('3 triệu'))).toBe(true);
  });
});

describe('round 39: a crime\'s report or its victim around the amount', () => {
  it('a loss reported to the police, told of one person, is a case\'s figure', () => {
    const s = 'Theo đơn tố giác của anh K, từ cuối tháng 3, anh đã gửi cho nhóm đối tượng hơn 640 triệu đồng.';
    expect(isAnecdoteNumber(s, s.indexOf('640'))).toBe(false);
    const t = 'Chị M bị lừa đảo qua tin nhắn giả ngân hàng, mất 95 triệu đồng trong tài khoản.';
    expect(isAnecdoteNumber(t, t.indexOf('95'))).toBe(false);
  });
  it('a person\'s own spending with no crime stays a story', () => {
    const s = 'Theo lời anh K, từ cuối tháng 3, anh đã gửi cho con gái hơn 640 triệu đồng.';
    expect(isAnecdoteNumber(s, s.indexOf('640'))).toBe(true);
  });
});
