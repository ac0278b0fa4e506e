import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { isSampleSize, isSurveyDesignCount } from '../../../scripts/ingest/survey-design';

const at = (s: string, n: string) => {
  const p = s.indexOf(n);
  return isSurveyDesignCount(s.slice(0, p), s.slice(p + n.length));
};

describe('round 32: numbers of a survey\'s design', () => {
  it.each([
    ['Nghiên cứu dựa trên khảo sát “ẩn danh” với 2.150 giám đốc công nghệ tại các doanh nghiệp lớn.', '2.150'],
    ['Cuộc điều tra trực tuyến trên 1.200 người tiêu dùng cho thấy 64% mua sắm qua mạng.', '1.200'],
    ['Hãng đã khảo sát độc lập với khoảng 900 nhà quản lý trong ngành bán lẻ.', '900'],
    ['Báo cáo khảo sát với 4.000 người dùng tại 11 thị trường châu Á cho thấy 70% dùng ví điện tử.', '11'],
    ['Cuộc thăm dò từ 2.500 doanh nghiệp ở 6 quốc gia Đông Nam Á được công bố hôm qua.', '6'],
    ['Đối tượng là các doanh nghiệp quy mô 200 lao động trở lên.', '200'],
    ['Khảo sát chọn công ty quy mô từ 50 đến 250 nhân viên.', '50'],
    ['Kết quả đo kiểm tại 20 tỉnh, thành phố cho thấy chất lượng mạng được cải thiện.', '20'],
    ['Cuộc khảo sát được thực hiện ở 8 quốc gia châu Á.', '8'],
    ['Khảo sát được thực hiện với 720 giám đốc tài chính trong quý III.', '720'],
    ['Nghiên cứu tiến hành trên hơn 300 hộ kinh doanh ở ba tỉnh.', '300'],
    ['Hãng phần mềm thống kê dữ liệu từ 12.000 cửa hàng cho thấy 40% đơn thanh toán bằng mã QR.', '12.000'],
    ['Đơn vị tư vấn phân tích số liệu của gần 1.800 doanh nghiệp xuất khẩu.', '1.800'],
  ])('%j: %s describes the survey', (s, n) => {
    expect(at(s, n)).toBe(true);
    expect(findNumbers(s).map((m) => m.text)).not.toContain(n);
  });
  it.each([
    ['Khảo sát trực tuyến cho thấy 64% người tiêu dùng mua sắm qua mạng.', '64%'],
    ['Doanh nghiệp quy mô nhỏ chiếm 97% số doanh nghiệp của tỉnh.', '97%'],
    ['Tỉnh có 120 doanh nghiệp quy mô lớn tại 3 khu công nghiệp.', '120'],
    ['Kết quả khảo sát với 4.000 người dùng: 70% dùng ví điện tử tại 5 thành phố lớn.', '70%'],
    ['Hãng phần mềm thống kê dữ liệu từ 12.000 cửa hàng cho thấy 40% đơn thanh toán bằng mã QR.', '40%'],
    ['Nghiên cứu được thực hiện năm ngoái cho thấy 350 xã đã có điểm phát sóng.', '350'],
  ])('%j: %s is a finding', (s, n) => expect(findNumbers(s).map((m) => m.text)).toContain(n));
});

describe('round 32: a survey\'s places after a sample described at length', () => {
  it('reads the places after other numbers of the sample', () => {
    const s = 'Chỉ số dựa trên khảo sát với 1.800 giám đốc tại các công ty quy mô 300 nhân viên trở lên tại 9 thị trường châu Á.';
    expect(findNumbers(s).map((m) => m.text)).toEqual([]);
  });
});

describe('isSampleSize', () => {
  it.each([
    ['Kết quả khảo sát từ khoảng ', true],
    ['Theo điều tra với 2.000 doanh nghiệp và gần ', true],
    ['Cuộc phỏng vấn ', true],
    ['Tỉnh có ', false],
    ['Khảo sát cho thấy tỷ lệ mua sắm trực tuyến đạt ', false],
  ] as const)('the count after %j is a survey\'s sample: %s', (before, sample) => expect(isSampleSize(before)).toBe(sample));
});

describe('round 33: the places a report tracks or compares', () => {
  it.each([
    ['Hằng năm, hãng công bố báo cáo theo dõi thói quen thanh toán khắp 35 quốc gia và vùng lãnh thổ.', '35'],
    ['Nghiên cứu so sánh giá cước di động ở 12 thị trường châu Á được công bố tuần này.', '12'],
    ['Báo cáo đánh giá mức độ sẵn sàng cho trí tuệ nhân tạo tại 50 nền kinh tế.', '50'],
  ])('%s', (s, n) => expect(at(s, n)).toBe(true));
  it('what a report finds in places stays a claim', () =>
    expect(at('Báo cáo cho thấy ví điện tử dẫn đầu ở 5 thị trường.', '5')).toBe(false));
});

describe('session 17: a survey made at its sample, and the places the sample stands in', () => {
  it.each([
    ['Báo cáo dựa trên khảo sát tại 120 bệnh viện ở 18 tỉnh, thành phố, cho thấy 65% đã dùng bệnh án điện tử.', '120'],
    ['Báo cáo dựa trên khảo sát tại 120 bệnh viện ở 18 tỉnh, thành phố, cho thấy 65% đã dùng bệnh án điện tử.', '18'],
    ['Cuộc điều tra ở 45 trường học tại 9 tỉnh cho thấy 70% giáo viên dùng học liệu số.', '45'],
    ['Cuộc điều tra ở 45 trường học tại 9 tỉnh cho thấy 70% giáo viên dùng học liệu số.', '9'],
  ])('%s: %s is the survey’s design', (s, n) => expect(at(s, n)).toBe(true));
  it('the finding and a count of places that did something stay claims', () => {
    expect(findNumbers('Cuộc điều tra ở 45 trường học tại 9 tỉnh cho thấy 70% giáo viên dùng học liệu số.').map((m) => m.text)).toEqual(['70%']);
    expect(at('Có 18 tỉnh đã khảo sát nhu cầu của người dân.', '18')).toBe(false);
  });
});

describe('round 38: the countries a report rates "từ"', () => {
  it('a report rating something from N countries gives its coverage, not a figure', () => {
    expect(isSurveyDesignCount('Báo cáo đánh giá mức độ sẵn sàng dữ liệu mở của chính phủ từ ', ' quốc gia trên thế giới')).toBe(true);
  });
  it('not a count of countries Việt Nam exports to', () => {
    expect(isSurveyDesignCount('Năm 2024, phần mềm Việt Nam được xuất khẩu sang ', ' quốc gia')).toBe(false);
    expect(isSurveyDesignCount('Doanh nghiệp đã nhận đơn hàng từ ', ' quốc gia')).toBe(false);
  });
});
