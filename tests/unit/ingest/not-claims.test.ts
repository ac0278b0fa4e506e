import { describe, expect, it } from 'vitest';
import { isBandBound, isChromeLineNumber, isCountThreshold, isCutOffAtEnd, isNameNumber } from '../../../scripts/ingest/not-claims';
import { claimOf } from '../../support/metrics-of';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('isNameNumber: a product or system name with a number', () => {
  it.each([
    ['Ứng dụng VNPAY 365 tăng mạnh số người dùng', '365'],
    ['giao dịch qua BIDV 247 tăng 20%', '247'],
    ['dịch vụ Momo 24 được mở rộng', '24'],
    ['qua cổng Viettel 114 phản ánh', '114'],
    ['kênh VTV 24 đưa tin', '24'],
    ['nhóm "Big 3" gồm ba ngân hàng', '3'], ['các hãng Big 5 đã có mặt', '5'], ['Nhóm ‘Big 4’ chiếm phần lớn thị trường', '4'],
    ['người tự xưng là cán bộ Bộ Tư lệnh Quân khu 9, yêu cầu', '9'], ['học viên Trường Sĩ quan Chính trị 2 đã tham gia', '2'], ['tại Bệnh viện Quân y 121.', '121'],
    ['Phó trưởng ban Chỉ đạo 68 của tỉnh chủ trì', '68'], ['Hội nghị Ban Chỉ đạo 57 Tỉnh ủy đã họp', '57'], // round 39: a committee named after its resolution
  ])('%j: %s is part of the name', (s, raw) => {
    expect(isNameNumber(s, s.indexOf(raw), raw)).toBe(true);
  });
  it.each([
    ['TOP 10 tỉnh dẫn đầu', '10'], ['chỉ số DTI 2023 của tỉnh', '2023'], ['Năm nay 350 doanh nghiệp', '350'],
    ['với ATM 12 máy được lắp', '12'], ['đạt 247 triệu giao dịch', '247'], ['FDI 30 dự án', '30'],
    ['Lợi nhuận VNPT 500 tỷ đồng', '500'], ['nhóm ASEAN 10 nước', '10'], ['Mạng MobiFone 25 triệu thuê bao', '25'], ['nhóm Big 4 doanh nghiệp', '4'],
    ['Trường hợp 2, người dân nộp hồ sơ', '2'], ['Bệnh viện tỉnh 120 giường bệnh', '120'], ['trường chuyên 3 lớp', '3'],
  ])('%j: %s is no name', (s, raw) => {
    expect(isNameNumber(s, s.indexOf(raw), raw)).toBe(false);
  });
  it('findNumbers keeps the figures of a sentence that names a service with a number', () => {
    expect(texts('Dịch vụ chuyển nhanh ZPAY 365 tăng 25,1% về số lượng, đạt 3 tỷ giao dịch')).toEqual(['25,1%', '3 tỷ']);
  });
});

describe('isBandBound: the threshold of a band a count is sorted into', () => {
  it.each([
    ['7 huyện có tỷ lệ hộ dùng cáp quang trên 80%', '80%'],
    ['12 xã có tỷ lệ từ 50 - 80%', '50 - 80%'],
    ['9 xã có tỷ lệ trên 80%; 12 xã đạt tỷ lệ từ 50 - 80% và có 3 xã đạt tỷ lệ dưới 50%', '50%'],
    ['Các tỉnh được chia thành các nhóm: nhóm trên 30%, nhóm từ 15 - 30%', '15 - 30%'],
  ])('%j: %s is a bound', (s, raw) => {
    expect(isBandBound(s, s.lastIndexOf(raw))).toBe(true);
  });
  it.each([
    ['Tỷ lệ hộ dùng cáp quang đạt trên 80%', '80%'], ['7 huyện có tỷ lệ bình quân 65%', '65%'],
    ['Doanh thu tăng hơn 20%', '20%'], ['huyện đạt mức trên 70%', '70%'],
    ['Các xã được chia thành 3 nhóm. Năm 2023, doanh thu tăng khoảng 20%', '20%'], ['Các xã được chia thành 3 nhóm; tỷ lệ chung đạt mức 64%', '64%'],
  ])('%j: %s is a claim', (s, raw) => {
    expect(isBandBound(s, s.lastIndexOf(raw))).toBe(false);
  });
  it('findNumbers keeps the counts and drops the bounds', () => {
    expect(texts('Có 4 xã có tỷ lệ trên 90%; 11 xã có tỷ lệ từ 60 - 90% và có 2 xã đạt tỷ lệ dưới 60%.')).toEqual(['4', '11', '2']);
  });
});

describe('areas named by a number and counts of the parts a list names', () => {
  it('skips "Khu vực 2", "Vùng 4" but keeps a count of areas and a count after them', () => {
    expect(texts('Có 4.000 trạm tại Khu vực 2 và 1.500 trạm thuộc Vùng 4.')).toEqual(['4.000', '1.500']);
    expect(texts('Mạng phủ sóng 12 khu vực biên giới.')).toEqual(['12']);
  });

  it('skips "làm 3 giai đoạn 2025-2026 (…)", "cho 4 nhóm: …" but keeps "3 nhóm giải pháp" with nothing listed', () => {
    expect(texts('Vốn chia làm 3 giai đoạn 2025-2026 (500 tỷ đồng), 2027-2030 (900 tỷ đồng).')).toEqual(['500 tỷ đồng', '900 tỷ đồng']);
    expect(texts('Kinh phí chia cho 4 nhóm nhiệm vụ: hạ tầng (100 tỷ đồng); đào tạo (50 tỷ đồng).')).toEqual(['100 tỷ đồng', '50 tỷ đồng']);
    expect(texts('Tỉnh đã triển khai 3 nhóm giải pháp chính.')).toEqual(['3']);
  });
});

describe('isCountThreshold: the threshold a count is sorted by', () => {
  it.each([
    ['Cả nước có 12 nền tảng có số lượng người dùng trên 5 triệu.', '5 triệu'],
    ['Năm qua, 40 doanh nghiệp có doanh thu hơn 100 tỷ đồng.', '100 tỷ'],
    ['Có 8 dự án với quy mô vốn từ 20 triệu USD trở lên.', '20 triệu'],
    ['Đến giữa tháng 9, 4 mặt hàng đạt kim ngạch nhập khẩu trên 5 tỷ USD.', '5 tỷ'], // round 39
    ['Ngoài ra còn nhiều nhóm hàng nông sản đạt từ 500 triệu USD trở lên.', '500 triệu'],
    ['Các địa phương có doanh thu trên 2.000 tỷ đồng trở lên được khen thưởng.', '2.000'],
    ['Có 6 thị trường đạt trị giá nhập khẩu trên 2 tỷ USD.', '2 tỷ'], // round 39: "đạt trị giá"
    ['Số lượng cửa hàng đạt doanh số từ 20 tỷ đồng trở lên tăng 40%.', '20 tỷ'], // round 39: "số lượng … từ X trở lên"
  ])('%j: %s is a threshold', (s, raw) => expect(isCountThreshold(s, s.indexOf(raw))).toBe(true));
  it.each([
    ['Nền tảng này có số lượng người dùng trên 5 triệu.', '5 triệu'],
    ['Doanh thu của 40 doanh nghiệp đạt 100 tỷ đồng.', '100 tỷ'],
    ['Năm qua có 1.200 vụ việc được thụ lý với số tiền hơn 640 tỷ đồng.', '640 tỷ'], // round 39: "với số tiền hơn": the cases' total
    ['Nhiều nhóm hàng nông sản đạt trên 500 triệu USD.', '500 triệu'], // round 39: no "trở lên", the groups' own figure
  ])('%j: %s is a claim', (s, raw) => expect(isCountThreshold(s, s.indexOf(raw))).toBe(false));
  it('keeps the count', () => {
    expect(texts('Hiện có 12 nền tảng có số lượng người dùng trên 5 triệu.')).toEqual(['12']);
  });
});

describe('series titles, ways and bracketed dates', () => {
  it.each([
    ['Bài 2: Hạ tầng số đi trước một bước', []],
    ['Kỳ 3 – Dữ liệu mở cho doanh nghiệp', []],
    ['Hệ thống cho phép tương tác 2 chiều với 500 cơ quan.', ['500']],
    ['Đến hôm qua (12-9), còn 4.000 thuê bao.', ['4.000']],
    ['Tỷ lệ tăng (10 - 12%) so với năm trước.', ['10 - 12%']],
    ['Bài viết nêu 3 chiều hướng mới.', ['3']],
  ])('%j gives %j', (s, want) => expect(texts(s)).toEqual(want));
});

describe('round 24d: a share stated twice, the bar of a streak', () => {
  const values = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);
  it.each([
    ['Tại các xã, tỷ lệ 45% người dân dùng ví điện tử là 45% và tăng 5% so với năm trước.', ['45 percent', '5 percent']],
    ['Đây là năm thứ 3 liên tiếp tỉnh đạt chỉ số >85%.', []],
    ['Năm nay là lần thứ hai liên tiếp thành phố có tỷ lệ trên 95%.', []],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('a share stated once keeps both figures when they differ', () => expect(values('Tỷ lệ 45% hộ dân dùng ví điện tử là 50% ở thành thị.')).toEqual(['45 percent', '50 percent']));
  it('a bound with no streak stays a claim', () => expect(values('Năm nay thành phố có tỷ lệ trên 95%.')).toEqual(['95 percent']));
});

describe('isBandBound: the bound past which places are counted (round 26a)', () => {
  it.each([
    ['Có 25 tỉnh, thành phố đã số hóa hơn 50% hồ sơ; trong đó có 12 tỉnh số hóa hơn 80% hồ sơ.', ['25', '12']],
    ['Đến nay, 9 bộ đã giải ngân trên 60% vốn.', ['9']],
    ['40 xã chi dưới 10% ngân sách cho chuyển đổi số.', ['40']],
  ])('%j keeps the counts only', (s, want) => expect(texts(s)).toEqual(want));
  it('keeps a share with no count of places before it', () => {
    expect(texts('Tỉnh đã số hóa hơn 50% hồ sơ.')).toEqual(['50%']);
  });
});

describe('round 27a: counts past a mark, district roads, screen sizes', () => {
  it.each([
    ['Có 4 thị trường vượt mốc 5 tỷ USD trong năm.', ['4']],
    ['Năm nay có 12 doanh nghiệp vượt ngưỡng 1.000 tỷ đồng doanh thu.', ['12']],
    ['Tỉnh có 6 doanh nghiệp đạt trên 100 tỷ đồng doanh thu.', ['6']],
    ['Dọc tuyến ĐH 12 có 30 đèn chiếu sáng và 1 màn hình 55 inch.', ['30', '1']],
  ])('%j', (s, want) => expect(texts(s)).toEqual(want));
});

describe('round 29a: a line that is only a view counter', () => {
  it('reads no claim on it, and keeps the figures of the next line', () => {
    expect(findNumbers('Lượt xem: 512').map((m) => m.text)).toEqual([]);
    expect(findNumbers('Lượt xem: 512\nTỉnh có 40 trạm mới.').map((m) => m.text)).toEqual(['40']);
  });
});

describe('round 35: a part of a whole whose value passes a bound', () => {
  it.each([
    ['Năm 2023, 5/5 huyện của tỉnh có giá trị Chỉ số hài lòng đạt trên 85%, cao hơn năm trước.', '85%'],
    ['Có 12/15 trường đạt điểm từ 70% trở lên.', '70%'],
  ])('%j: %s bounds the count', (s, raw) => expect(isBandBound(s, s.lastIndexOf(raw))).toBe(true));

  it('a single body\'s value stays a claim', () => {
    const s = 'Tỉnh có giá trị xuất khẩu đạt trên 80% kế hoạch năm.';
    expect(isBandBound(s, s.lastIndexOf('80%'))).toBe(false);
  });
});

describe('round 38: a figure cut off at the end of the page', () => {
  it('a bare numeral after a word with nothing after it is cut off; a table\'s last cell or a unit is not', () => {
    const s = 'Đội ngũ nhân viên của sở hiện có 21';
    expect(isCutOffAtEnd(s, s.length, '21')).toBe(true);
    const t = 'Bắc Ninh 0,6123 0,7401';
    expect(isCutOffAtEnd(t, t.length, '0,7401')).toBe(false);
    const u = 'Toàn ngành có 21 người.';
    expect(isCutOffAtEnd(u, u.indexOf('21') + 2, '21')).toBe(false);
  });
  it('only on the page\'s last line', () => {
    expect(claimOf('Đội ngũ nhân viên của sở hiện có 21 // Toàn tỉnh có 300 trường.', '21', 2024).value).toBe(21);
    expect(() => claimOf('Toàn tỉnh có 300 trường. // Đội ngũ nhân viên của sở hiện có 21', '21', 2024)).toThrow();
  });
});

describe('round 39: a line of bare digits is a record\'s id', () => {
  it('"4471902" alone on its line is chrome; a figure written for readers stays', () => {
    const s = 'Chuyển đổi số\n4471902\nXã có 1.240 hộ dùng ví điện tử.';
    expect(isChromeLineNumber(s, s.indexOf('4471902'))).toBe(true);
    expect(isChromeLineNumber(s, s.indexOf('1.240'))).toBe(false);
  });
});

describe('isCountThreshold: the bounds of a price band (PRICE_CLASS, round 43)', () => {
  const texts = (s: string) => findNumbers(s).map((m) => m.text);
  it.each([
    ['Năm 2024, máy tính bảng có giá dưới 5 triệu đồng chiếm 41% thị phần.', ['41%']],
    ['Laptop có giá từ 10 đến dưới 20 triệu đồng bán được 1,2 triệu chiếc.', ['1,2 triệu']],
    ['Tivi có giá từ 8-12 triệu đồng là hơn 900 nghìn chiếc.', ['900 nghìn']],
  ])('%s → %j', (s, want) => expect(texts(s)).toEqual(want));
  it('a price paid is a figure', () =>
    expect(texts('Doanh nghiệp trúng đấu giá khối băng tần với giá hơn 7,5 nghìn tỷ đồng.')).toEqual(['7,5 nghìn tỷ đồng']));
});

describe('isNameNumber: a hotline or channel named by its number (HOTLINE_BEFORE, round 43)', () => {
  const texts = (s: string) => findNumbers(s).map((m) => m.text);
  it.each([
    ['Tổng đài Thông tin Dịch vụ công 1022 tỉnh Bình Định đã tiếp nhận 8.400 lượt thông tin.', ['8.400']],
    ['Người dân tương tác qua các kênh 1022 gồm: Zalo (96 lượt), Email (12 lượt).', ['96', '12']],
  ])('%s → %j', (s, want) => expect(texts(s)).toEqual(want));
  it.each([
    ['Tổng đài Bình Định đã tiếp nhận 500 yêu cầu.', ['500']],
    ['Năm 2024, tổng đài tiếp nhận 1022 cuộc gọi.', ['1022']],
  ])('%s → %j: a count the hotline took', (s, want) => expect(texts(s)).toEqual(want));
});
