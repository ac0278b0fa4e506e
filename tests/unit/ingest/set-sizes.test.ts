import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isNamedSetSize } from '../../../scripts/ingest/set-sizes';

/** `isNamedSetSize` on the numeral `raw` of `s`. */
const sizes = (s: string, raw: string) => {
  const p = s.indexOf(raw);
  return isNamedSetSize(s.slice(0, p).toLowerCase(), s.slice(p + raw.length), Number(raw));
};

describe('isNamedSetSize', () => {
  it.each([
    ['Kế hoạch hành động đề ra 42 chỉ tiêu cho giai đoạn tới.', '42'],
    ['Nghị quyết gồm danh mục 18 nhiệm vụ trọng tâm.', '18'],
    ['Bộ Công Thương phụ trách theo dõi, với 9 trên tổng số 42 chỉ tiêu.', '9'],
    ['Bộ Công Thương phụ trách theo dõi, với 9 trên tổng số 42 chỉ tiêu.', '42'],
    ['Đề án được chia làm 3 giai đoạn.', '3'],
    ['Nền tảng số gồm 3 lớp chính: lớp dữ liệu; lớp ứng dụng; lớp người dùng.', '3'],
    ['Doanh thu của 5 doanh nghiệp này chiếm 40% thị trường.', '5'],
    ['Riêng 3 nhà mạng lớn nói trên đã đầu tư 2 tỷ USD.', '3'], // round 39: three words before "nói trên"
    ['Trong 4 ứng dụng nêu trên, ứng dụng A có nhiều lượt tải nhất.', '4'], // round 39: a scope pointed back to
    ['Hiện 3 sàn có lượng truy cập lớn nhất cả nước là Shopee, Lazada và Tiki.', '3'], // round 39: the best few, named
    ['Hợp tác xã có 12 sản phẩm đạt 4 sao.', '4'],
    ['Huyện có mức tăng điểm cao nhất trong 15 đơn vị cấp huyện.', '15'],
    ['Sở đứng đầu trong số 40 cơ quan được đánh giá.', '40'],
    ['Đến nay đã có 120 trên tổng số 205 xã hoàn thành số hóa.', '205'],
    ['Có 9 đơn vị trong tổng số 30 đơn vị đã kết nối.', '30'],
    ['Mạng truyền số liệu nối tới 3 cấp chính quyền.', '3'],
    ['Kết nối hệ thống của chính quyền 4 cấp qua mạng chuyên dùng.', '4'], // round 15: the tiers named first
    ['Văn bản điện tử thông suốt trong hành chính 3 cấp.', '3'],
    ['Thứ trưởng nêu 4 nội dung chính, đó là hạ tầng, dữ liệu, nhân lực và an toàn.', '4'], // a set then spelled out
    ['Hội nghị thống nhất 2 vấn đề lớn gồm dữ liệu và nhân lực.', '2'],
  ])('%j: %s sizes a named set', (s, raw) => expect(sizes(s, raw)).toBe(true));
  it.each([
    ['Đến nay đã hoàn thành 42 chỉ tiêu.', '42'],
    ['Đối với 60 nhiệm vụ được giao, đã có 45 nhiệm vụ hoàn thành.', '60'],
    ['Đối với 60 nhiệm vụ được giao, đã có 45 nhiệm vụ hoàn thành.', '45'],
    ['Nền tảng số gồm 3 lớp chính: lớp dữ liệu; lớp ứng dụng.', '3'],
    ['Tỉnh có 5 doanh nghiệp công nghệ số mới.', '5'],
    ['Đến nay đã có 120 trên tổng số 205 xã hoàn thành số hóa.', '120'],
    ['Tỷ lệ đạt 64% trong tổng số 2.500 hồ sơ tiếp nhận.', '2.500'],
    ['Tỉnh có 17 xã được xếp hạng cao nhất.', '17'],
    ['Chính quyền 3 xã đã dùng văn bản điện tử.', '3'],
    ['Sở đã xử lý 40 nội dung kiến nghị của người dân.', '40'],
    ['Đã ban hành 5 nội dung hướng dẫn mới.', '5'],
    ['Sở đã khen thưởng tổ công nghệ số của 6 thôn nêu trên.', '6'], // round 39: an object pointed back to stays a count
    ['Trong 7 tỉnh có tỷ lệ tăng thì tăng mạnh nhất là Lạng Sơn.', '7'], // round 39: the superlative is another clause's
  ])('%j: %s is a claim', (s, raw) => expect(sizes(s, raw)).toBe(false));
});

describe('findNumbers skips the sizes of named sets', () => {
  it('keeps the claim beside them', () => {
    expect(findNumbers('Chương trình xác định 30 chỉ tiêu; đến nay đã hoàn thành 12 chỉ tiêu.').map((n) => n.value)).toEqual([12]);
    expect(findNumbers('Sở tăng 8 bậc, mức cao nhất trong 19 sở, ngành.').map((n) => n.value)).toEqual([8]);
  });
});

describe('round 24d: subordinate units and all provinces tallied', () => {
  const values = (s: string) => findNumbers(s).map((n) => `${n.value} ${n.unit}`);
  it.each([
    ['Huyện lập tổ công nghệ số ở 120 thôn trực thuộc 12 xã.', ['120 count']],
    ['Năm 2025, 63 tỉnh, thành phố tiếp nhận 12 triệu hồ sơ.', ['12000000 count']],
    ['Từ tháng 7, 34 địa phương đã xử lý hơn 5 triệu hồ sơ.', ['5000000 count']],
    ['Dịch vụ có mức tăng cao nhất ở 3 khu vực kinh tế.', []],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
  it('a part of the provinces keeps its count', () => expect(values('Năm 2025, 20 địa phương tiếp nhận 3 triệu hồ sơ.')).toEqual(['20 count', '3000000 count']));
});

describe('round 27a: a tally of tasks handed out, a list opened after a year', () => {
  it.each([
    ['Năm 2024 có tổng số 312 nhiệm vụ giao cho 40 cơ quan.', '312'],
    ['Chương trình có tổng số 85 nhiệm vụ, đã hoàn thành 60.', '85'],
  ])('%j: %s is a claim', (s, raw) => expect(sizes(s, raw)).toBe(false));
  it.each([
    ['Với 6 trên tổng số 30 chỉ tiêu được giao.', '30'],
    ['Khảo sát nêu 4 rủi ro lớn nhất năm 2024 gồm: lừa đảo; mã độc; lộ lọt dữ liệu; tấn công từ chối dịch vụ.', '4'],
    ['Bộ chỉ ra 3 điểm nghẽn trong giai đoạn 2021-2025 như sau: thể chế; hạ tầng; nhân lực.', '3'],
  ])('%j: %s sizes a set', (s, raw) => expect(sizes(s, raw)).toBe(true));
});

describe('round 29a: a network connected across tiers', () => {
  it.each(['Mạng truyền số liệu đã thông suốt 4 cấp từ tỉnh tới xã.', 'Hệ thống liên thông 4 cấp từ tỉnh đến xã.', 'Mạng đã kết nối 4 cấp.'])('%j reads no count', (s) => {
    expect(findNumbers(s).map((m) => m.text)).toEqual([]);
  });
  it('a count of places connected stays', () => expect(findNumbers('Mạng đã kết nối 120 xã.').map((m) => m.text)).toEqual(['120']));
});

describe('round 35: a set just named, pointed back to ("Đây là 2 công cụ …")', () => {
  it.each([
    ['Đây là 2 thước đo then chốt về sự hài lòng của doanh nghiệp.', '2'],
    ['Chỉ số PAR và SIPAS đã được công bố. Đó là 2 thước đo chính của cải cách hành chính.', '2'],
    ['Đây cũng là 3 lĩnh vực được tỉnh ưu tiên trong năm tới.', '3'],
  ])('%j: %s sizes a set', (s, raw) => expect(findNumbers(s).map((m) => m.text)).not.toContain(raw));

  it.each([
    ['Đây là năm thứ 2 tỉnh đứng đầu, với 15 dịch vụ công mới.', '15'],
    ['Tỉnh cho biết đây là 120 hồ sơ đầu tiên được xử lý trực tuyến.', '120'],
  ])('%j: %s stays a claim', (s, raw) => expect(findNumbers(s).map((m) => m.text)).toContain(raw));
});

describe('round 35: the area a figure is counted over ("trên địa bàn 4 phường")', () => {
  it.each([
    ['Dự án lắp 80 camera tại 25 vị trí trên địa bàn 3 phường trung tâm.', '3'],
    ['Số trạm phát sóng trên địa bàn 5 huyện miền núi tăng mạnh trong năm.', '5'],
  ])('%j: %s is the area, no count', (s, raw) => expect(findNumbers(s).map((m) => m.text)).not.toContain(raw));
  it('counts in the area stay', () => {
    expect(findNumbers('Dự án lắp 80 camera tại 25 vị trí trên địa bàn 3 phường trung tâm.').map((m) => m.text)).toEqual(['80', '25']);
  });
});

describe('round 36: a plan\'s "mũi" of aims, and the rounds an event is held in', () => {
  it.each([
    ['Chương trình với 3 mũi đột phá là: hạ tầng, dữ liệu và nhân lực.', '3'],
    ['Hội thi trực tuyến diễn ra 3 đợt, mỗi đợt một tuần.', '3'],
  ])('%j: %s sizes a set, no claim', (s, raw) => expect(findNumbers(s).map((m) => m.text)).not.toContain(raw));
  it('counts of rounds held stay', () => expect(findNumbers('Tỉnh đã tổ chức 3 đợt tập huấn cho 400 học viên.').map((m) => m.text)).toEqual(['3', '400']));
});
