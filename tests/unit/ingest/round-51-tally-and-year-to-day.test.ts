import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { findArticleDate } from '../../../scripts/ingest/dates-article';
import { claimOf, indicatorOf, metricOf } from '../../support/metrics-of';

describe('a tally of a result whose names are then listed (round 51)', () => {
  it('"có N … đạt … gồm A, …" is a result, however many names follow', () => {
    const s = 'Theo kết quả đánh giá, có 5 địa phương đạt điểm đánh giá tốt gồm Thái Nguyên, Cà Mau, Bình Định, Phú Yên và Hưng Yên.';
    expect(claimOf(s, '5').value).toBe(5);
    const export2 = 'Từ đầu năm, cả nước có 2 ngành hàng đạt kim ngạch xuất khẩu trên 10 tỷ USD là điện thoại và máy vi tính.';
    expect(claimOf(export2, '2').value).toBe(2);
    expect(claimOf('Toàn tỉnh có 3 huyện hoàn thành chỉ tiêu gồm Ba Tơ, Sơn Hà và Trà Bồng.', '3').value).toBe(3);
  });
  it('a group the subject is one of, an index\'s own parts, a list with no result reached stay no claims', () => {
    expect(() => metricOf('Việt Nam là một trong 3 quốc gia gồm Lào, Campuchia và Thái Lan.', '3')).toThrow();
    expect(() => metricOf('Có 3 nhóm chỉ số mà các cơ quan đều thực hiện tốt và đạt điểm cao gồm: Nhận thức số, Hạ tầng số và Hoạt động xã hội số.', '3')).toThrow();
    expect(() => metricOf('Tỉnh có 3 huyện miền núi gồm Ba Tơ, Sơn Hà và Trà Bồng.', '3')).toThrow();
  });
});

describe('a sum from the start of the year to a day written without "ngày" (round 51)', () => {
  it('"từ đầu năm đến 15/3" is a day the figures are counted at, as "tính đến 15/3" is', () => {
    const s = 'Từ đầu năm đến 15/3, tổng kim ngạch xuất khẩu cả nước đạt 69,78 tỷ USD.';
    expect(claimOf(s, '69,78', 2022).period).toBe('2022-03-15');
    expect(findDates('Theo Tổng cục Hải quan, tính từ đầu năm tới 15-7, kim ngạch đạt 29 tỷ USD.')).toHaveLength(1);
  });
  it('a bare "15/3" elsewhere is still no date', () => {
    expect(findDates('Tỉnh có 15/3 xã đạt chuẩn từ đầu năm.')).toEqual([]);
  });
});

describe('goals and tasks counted are no goal frame (round 51)', () => {
  const s = 'Trong phạm vi địa phương, UBND tỉnh giao 53 chỉ tiêu và 235 nhiệm vụ cụ thể cho các sở, ngành, địa phương; trong đó đã hoàn thành 32 chỉ tiêu (60,38%) và 88 nhiệm vụ (37,45%).';
  it.each(['53', '235', '32', '60,38', '88', '37,45'])('%s is a result', (n) => {
    expect(claimOf(s, n, 2025).status).toBe('actual');
  });
  it('a goal word of its own still frames a goal: a plan\'s bracket, a colon list after a count of goals, an instruction\'s figure', () => {
    expect(claimOf('Tỉnh đạt 5.000 tỷ đồng, bằng 95% so với chỉ tiêu (5.260 tỷ đồng).', '5.260', 2024).status).toBe('target');
    expect(claimOf('Đại hội thống nhất 29 chỉ tiêu chủ yếu, trong đó: tăng trưởng GRDP bình quân đạt 10%/năm trở lên.', '10%', 2025).status).toBe('target');
    expect(claimOf('UBND tỉnh giao các sở bảo đảm 100% hồ sơ được số hóa.', '100%', 2025).status).toBe('target');
  });
});

describe('a Vietnamese page under an English stamp with its clock (round 51)', () => {
  it('dates the page from the stamp above its headline', () => {
    const found = findArticleDate({ title: 'October 08, 2024 | 08:12 GMT+7', paragraphs: ['"Đòn bẩy" công nghệ số trong phát triển kinh tế tỉnh', 'Năm 2022, tỉnh xếp thứ 15/63 về chuyển đổi số.'] });
    expect(found?.iso).toBe('2024-10-08');
    expect(findArticleDate({ paragraphs: ['October 08, 2024 | 08:12 GMT+7', 'Tin kinh tế', 'Năm 2022, tỉnh xếp thứ 15/63.'] })?.iso).toBe('2024-10-08');
  });
  it('an English page\'s stamp read as its title line ("Jan 21, 2025 / 15:18" over the headline)', () => {
    expect(findArticleDate({ title: 'Jan 21, 2025 / 15:18', paragraphs: ['Hanoi integrates administrative procedures into national public service portal', 'The entire process is digitized.'], english: true })?.iso).toBe('2025-01-21');
  });
  it('the headline printed again with its stamp, the clock\'s seconds and a view counter after it', () => {
    const title = 'Ministry of Finance continues to lead the ranking of Digital Transformation Index - DTI 2021';
    expect(findArticleDate({ title, paragraphs: [`${title} 09/08/2022 04:02:00 629`, 'On August 8, 2022, the ministry announced the report.'], english: true })?.iso).toBe('2022-08-09');
    expect(findArticleDate({ title, paragraphs: [`${title} 09/08/2022 and more words`, 'The ministry announced the report.'], english: true })).toBeNull();
  });
  it('not an English date without a clock, nor one inside a sentence', () => {
    expect(findArticleDate({ paragraphs: ['October 08, 2024', 'Năm 2022, tỉnh xếp thứ 15/63.'] })).toBeNull();
    expect(findArticleDate({ paragraphs: ['Báo cáo công bố ngày October 08, 2024 lúc 08:12 cho thấy tỉnh xếp thứ 15/63.'] })).toBeNull();
  });
});

describe('series that a figure is not (round 51)', () => {
  it('firms newly set up are no count of the digital-technology firms', () => {
    const s = 'Tính đến cuối tháng 6, Việt Nam có gần 76.000 doanh nghiệp công nghệ số đang hoạt động. Riêng trong tháng 5, có 739 doanh nghiệp công nghệ số được thành lập mới.';
    expect(indicatorOf(s, '76.000')).toBe('digital-tech-enterprises');
    expect(indicatorOf(s, '739')).toBe('none');
  });
  it('"của thành phố" places a share in a city, not the whole country', () => {
    expect(indicatorOf('Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của thành phố đạt 85,89%.', '85,89')).toBe('none');
    expect(indicatorOf('Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cả nước đạt 85,89%.', '85,89')).toBe('digitised-dossier-share');
  });
});

describe('the parts of the e-invoices processed are no count of all of them (round 51)', () => {
  const s = 'Tính đến hết tháng 9/2024, cơ quan thuế đã tiếp nhận và xử lý tổng cộng 10,04 tỷ hóa đơn điện tử. Trong số này, hóa đơn có mã chiếm 2,5 tỷ, hóa đơn không mã là 6,67 tỷ.';
  it('the total takes the series, its parts do not', () => {
    expect(indicatorOf(s, '10,04')).toBe('e-invoices');
    expect(indicatorOf(s, '2,5')).toBe('none');
    expect(indicatorOf(s, '6,67')).toBe('none');
  });
});

describe('a growth goal raised, verb first, and a sector agency\'s own procedures (round 51)', () => {
  it('"nâng mục tiêu tăng trưởng … lên 25,5%" is a growth rate', () => {
    expect(metricOf('Bộ Công Thương nâng mục tiêu tăng trưởng thương mại điện tử cả năm 2025 lên 25,5%.', '25,5', 2025).kind).toBe('growth');
  });
  it('customs\' procedures online are no share of all procedures online', () => {
    expect(indicatorOf('Tổng cục Hải quan cung cấp dịch vụ công trực tuyến cho gần 91% tổng số thủ tục hành chính do cơ quan hải quan thực hiện.', '91')).toBe('none');
    expect(indicatorOf('Cả nước có 91% thủ tục hành chính được cung cấp dịch vụ công trực tuyến.', '91')).toBe('online-procedures-share');
  });
});

describe('a ministry that moves a sector\'s goal does not own the goal (round 51)', () => {
  it('"Bộ Công Thương nâng mục tiêu tăng trưởng thương mại điện tử … lên 25,5%" is the e-commerce growth goal', () => {
    expect(indicatorOf('Bộ Công Thương nâng mục tiêu tăng trưởng thương mại điện tử cả năm 2025 lên 25,5%.', '25,5')).toBe('ecommerce-growth');
  });
  it('a ministry\'s own rate stays its own', () => {
    expect(indicatorOf('Tỷ lệ hồ sơ trực tuyến của Bộ Công Thương đạt 85%.', '85')).not.toBe('online-dossier-share');
  });
});

describe('a plan named in a figure\'s bracket frames no item after it (round 51)', () => {
  const s = 'Đến nay, tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 11,27% (kế hoạch là 7%); tỷ lệ người dân có tài khoản thanh toán đạt 66% (vượt 1%); tỷ lệ dân số trưởng thành có điện thoại thông minh là 70,91%.';
  it.each(['11,27', '66', '70,91'])('%s is a result', (n) => {
    expect(claimOf(s, n, 2022).status).toBe('actual');
  });
  it('the bracket\'s own plan value is a target, and a heading\'s bracket still frames its list', () => {
    expect(claimOf(s, '7%', 2022).status).toBe('target');
    expect(claimOf('Chính quyền số (06 chỉ tiêu: đánh giá đạt 05 chỉ tiêu, 01 chỉ tiêu chưa đạt): 50% dịch vụ công trực tuyến toàn trình được tích hợp; 50% thanh toán trực tuyến.', '50%', 2024).status).toBe('target');
  });
});

describe('a comment after a figure names no measure of it (round 51)', () => {
  it('"xếp vị trí thứ 8 toàn quốc, thể hiện sự bứt phá … các trụ cột …" is the DTI rank, not a pillar\'s', () => {
    const s = 'Kết quả Chỉ số chuyển đổi số (DTI) năm 2024 đã được công bố. Trong bảng xếp hạng này, tỉnh Thái Nguyên xếp vị trí thứ 8 toàn quốc, thể hiện sự bứt phá rõ nét trong triển khai đồng bộ các trụ cột chính quyền số, kinh tế số và xã hội số.';
    expect(indicatorOf(s, '8', 2024)).toBe('dti-province-rank');
  });
  it('a pillar named before the figure still reads the pillar', () => {
    expect(indicatorOf('Kết quả Chỉ số chuyển đổi số (DTI) năm 2024 đã được công bố. Trụ cột kinh tế số cấp tỉnh, tỉnh Thái Nguyên xếp thứ 8/63.', '8/63', 2024)).toBe('dti-province-pillar-rank');
  });
});

describe('criteria reported met before a colon list (round 51)', () => {
  it('"Một số chỉ tiêu đạt cao như: … đạt 8,1/12 điểm" lists results, not goals', () => {
    const s = 'Một số chỉ tiêu đạt cao như: Tỷ lệ hồ sơ nộp trực tuyến đạt 8,1/12 điểm; thanh toán trực tuyến đạt 9,6/10 điểm.';
    expect(claimOf(s, '8,1', 2024).status).toBe('actual');
    expect(claimOf(s, '9,6', 2024).status).toBe('actual');
    expect(claimOf('Một số chỉ tiêu cần tập trung như: tỷ lệ hồ sơ trực tuyến đạt 80%; thanh toán trực tuyến đạt 60%.', '80', 2024).status).toBe('target');
  });
});
