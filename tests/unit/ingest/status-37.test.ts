/**
 * Round 37 (sets AG and AH read once): results compared with goals ("rất thấp so với chỉ tiêu được giao như: …"), a result
 * that "mới đạt" (has only reached) a level after a goal, a quota met in full ("hoàn thành 100% chỉ tiêu được giao") on an
 * undated page, a span of years before "đến năm" ("từ năm 2018 đến năm 2022 lần lượt là …; …"), and a done word that
 * belongs to the figure before a goal ("mới chỉ đạt 39,5% … so với mục tiêu 80%": the goal is no less sure). Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, metricOf } from '../../support/metrics-of';
import { doneNearby } from '../../../scripts/ingest/status';

describe('results compared with their quotas, listed after a colon', () => {
  const s = 'Một số huyện có tỷ lệ cấp chữ ký số rất thấp so với chỉ tiêu được giao như: Tây Giang (18,4%), Đông Giang (21,2%).';
  it.each(['18,4%', '21,2%'])('%s is a result', (n) => expect(claimOf(s, n, 2023).status).toBe('actual'));
  it('a list of quotas after a colon stays goals', () =>
    expect(claimOf('UBND tỉnh giao các chỉ tiêu cho từng huyện như: Tây Giang (60%), Đông Giang (65%).', '60%', 2023).status).toBe('target'));
});

describe('"mới đạt" after a goal: what has only been reached', () => {
  const goal = 'Mục tiêu của tỉnh là 100% hồ sơ được số hóa trong năm 2025.';
  it.each([
    [`${goal} Tuy nhiên, các sở hầu hết mới đạt tỷ lệ khoảng 40% hồ sơ.`, '40%'],
    [`${goal} Tuy nhiên, nhiều huyện mới chỉ đạt dưới 20%.`, '20%'],
  ])('%s → %s is a result', (s, n) => expect(claimOf(s, n, 2025).status).toBe('actual'));
  it('"mới" of new things is no result word', () =>
    expect(claimOf('Mục tiêu đến năm 2030: những trung tâm dữ liệu mới đạt chuẩn xanh chiếm trên 60%.', '60%', 2025).status).toBe('target'));
  it.each([
    ['tỷ lệ mới chỉ đạt 39,5% vẫn còn xa so với mục tiêu ', false],
    ['tỷ lệ đã đạt ', true],
  ])('a done word with a figure after it is that figure’s: %j → %s', (before, want) => expect(doneNearby(`${before}80%`, before.length)).toBe(want));
});

describe('a quota met in full on an undated page', () => {
  const s = 'Trong 1.650 thủ tục của tỉnh, đến cuối năm 2022 có 612 thủ tục đã thực hiện trực tuyến toàn trình, bảo đảm hoàn thành 100% chỉ tiêu được giao.';
  it.each(['1.650', '612'])('%s is a result', (n) => expect(metricOf(s, n).status).toBe('actual'));
});

describe('a span of years before "đến năm", its figures in turn', () => {
  const s = 'Tỷ trọng tiền mặt trong tổng phương tiện thanh toán giảm liên tục, cụ thể từ năm 2020 đến năm 2022 lần lượt là 12,1%; 11,6%; 11,3%.';
  it.each([['12,1%', '2020'], ['11,6%', '2021'], ['11,3%', '2022']])('%s: a result of %s', (n, year) =>
    expect(claimOf(s, n, 2022)).toMatchObject({ status: 'actual', period: year }));
  it('a deadline list stays goals', () =>
    expect(claimOf('Phấn đấu đến năm 2025: 80% hồ sơ trực tuyến; 60% doanh nghiệp dùng hóa đơn điện tử.', '60%', 2023).status).toBe('target'));
});

describe('a result, then "và" and a forecast with a figure of its own', () => {
  const s = 'Quy mô thị trường dữ liệu của Việt Nam năm 2023 đạt 1,2 tỷ USD và dự báo năm 2027 sẽ đạt 3,1 tỷ USD.';
  it('the result is no estimate', () => expect(claimOf(s, '1,2 tỷ USD', 2024)).toMatchObject({ status: 'actual', period: '2023' }));
  it('the forecast is', () => expect(claimOf(s, '3,1 tỷ USD', 2024)).toMatchObject({ status: 'estimate', period: '2027' }));
  it('subjects joined by "và" before one "sẽ" stay goals', () =>
    expect(claimOf('Đến năm 2027, 60% xã và 90% hộ gia đình sẽ có cáp quang.', '60%', 2024).status).toBe('target'));
  it('on an undated page the forecast’s year is handed to none of the next paragraph’s figures', () =>
    expect(metricOf(`${s} // Tuy nhiên, cả nước hiện chỉ có 6 tuyến cáp quang biển.`, '6').period).toBeUndefined());
});

describe('set AK: a multiple’s reference in a bracket, a requirement, a figure reported done under a plan', () => {
  it('the reference of "gấp N lần <reference> (value)" is a baseline', () =>
    expect(claimOf('Theo kế hoạch, số trạm phát sóng mới năm 2026 gấp 2 lần số trạm của cả nước vào cuối năm 2024 (8.300 trạm).', '8.300', 2025).status).toBe('baseline'));
  it('"tăng gấp 3 lần (…)": the bracket is the result', () =>
    expect(claimOf('Năm 2024, số trang web giả mạo tăng gấp 3 lần (gần 2.100 trang).', '2.100', 2025).status).toBe('actual'));
  it('a requirement and the duty after the figure make a goal', () =>
    expect(claimOf('Theo yêu cầu của Bộ Giáo dục, khoảng 2.400 trường học phải hoàn tất số hóa học bạ trước ngày 31/12.', '2.400', 2025).status).toBe('target'));
  it('a figure said done right after it, after a plan’s list, is a result', () =>
    expect(claimOf('Kế hoạch lớn nhất năm 2025 của tập đoàn: lắp đặt mới hơn 15.000 trạm. Ông Hùng cho biết gần 700 trạm tạm đã được tháo dỡ trong 3 ngày.', '700', 2025).status).toBe('actual'));
});

describe('round 38: a figure being prepared is a goal', () => {
  it('"đang (gấp rút) chuẩn bị đưa vào vận hành 3.000 điểm" is a target; "đã chuẩn bị 3.000 thiết bị" is done', () => {
    expect(claimOf('Doanh nghiệp đang gấp rút chuẩn bị đưa vào vận hành khoảng 3.000 điểm phát sóng mới.', '3.000', 2024).status).toBe('target');
    expect(claimOf('Sở đang chuẩn bị triển khai 12 điểm wifi công cộng.', '12', 2024).status).toBe('target');
    expect(claimOf('Nhà trường đã chuẩn bị 3.000 thiết bị cho học sinh.', '3.000', 2024).status).toBe('actual');
  });
});

describe('round 38: a second plan named after one issued', () => {
  it('"đã ban hành đề án … và kế hoạch năm 2024 …; 31/31 phường, xã đã xây dựng …" reports results, no goal list', () => {
    const s = 'Thành phố đã ban hành đề án dữ liệu số cho 3 năm theo Quyết định số 101/QĐ-UBND và kế hoạch năm 2024 theo Quyết định số 12/QĐ-UBND; 31/31 phường, xã đã xây dựng kế hoạch riêng.';
    expect(claimOf(s, '31/31', 2024).status).toBe('actual');
  });
  it('a plan set for a year, not issued, still opens a goal list', () => {
    expect(claimOf('Theo kế hoạch năm 2025: 31/31 cơ quan ban hành kế hoạch thực hiện; 90% hồ sơ trực tuyến.', '90%', 2024).status).toBe('target');
  });
});

describe('round 39: an instruction\'s result said done right after the figure', () => {
  it('"chỉ đạo … với 18/18 xã, phường đã …" is a result; "chỉ đạo … 18/18 xã, phường phải …" a goal', () => {
    const done = 'UBND thị xã đã chỉ đạo UBND các xã, phường lập tổ công nghệ số với 18/18 xã, phường đã ra mắt tổ công nghệ số.';
    expect(claimOf(done, '18/18', 2024).status).toBe('actual');
    const todo = 'UBND thị xã đã chỉ đạo UBND các xã, phường lập tổ công nghệ số với 18/18 xã, phường phải ra mắt tổ công nghệ số.';
    expect(claimOf(todo, '18/18', 2024).status).toBe('target');
  });
});

describe('round 39: the later items of an instruction that report their own state', () => {
  it('"… đã giao 120 nhiệm vụ; trong đó 75 nhiệm vụ đã hoàn thành, đạt 62,5%; 40 nhiệm vụ đang thực hiện" are results', () => {
    const s = 'Ban Chỉ đạo tỉnh đã giao 120 nhiệm vụ cho các sở; trong đó 75 nhiệm vụ đã hoàn thành, đạt 62,5%; 40 nhiệm vụ đang thực hiện đúng tiến độ.';
    expect(claimOf(s, '62,5%', 2025).status).toBe('actual');
    expect(claimOf(s, '40', 2025).status).toBe('actual');
  });
  it('an item that states what is to be done stays a goal', () => {
    const s = 'Ban Chỉ đạo tỉnh giao các sở nhiệm vụ năm 2025; trong đó 100% hồ sơ phải được số hóa.';
    expect(claimOf(s, '100%', 2025).status).toBe('target');
  });
});
