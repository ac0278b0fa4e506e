/**
 * Round 59 (session 40): a since-date inside an opening phrase of the subject's own ("Được đưa vào vận hành từ năm 2020, trung tâm đã tiếp
 * nhận …") starts a span that runs to now, like "Từ năm 2020 đến nay"; a launch's or founding's date ("Ra mắt năm 2021, ứng dụng …") dates the
 * launch, and is handed on to no later sentence, nor taken as the page's year.
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../support/metrics-of';
import { isLaunchDate } from '../../../scripts/ingest/period-since';
import { findDates } from '../../../scripts/ingest/dates';

const periodOf = (text: string, n: string, year?: number) => claimOf(text, n, year).period;

describe('a since-date in an opening phrase', () => {
  it.each([
    ['Được đưa vào vận hành từ năm 2020, trung tâm đã tiếp nhận 45.000 cuộc gọi.', '45.000'],
    ['Thành lập từ năm 2017, hợp tác xã đã có 6 sản phẩm đạt chuẩn.', '6'],
    ['Tham gia sàn thương mại điện tử từ năm 2021, cơ sở đã bán được 12.000 đơn hàng.', '12.000'],
    ['Dù khởi đầu từ 2018 nhưng đến nay, dịch vụ đã có 2,1 triệu thuê bao.', '2,1 triệu'],
  ])('%s → no period', (text, n) => expect(periodOf(text, n, 2024)).toBeNull());

  it.each([
    ['Từ năm 2020, chỉ số cải cách hành chính của tỉnh đạt 85,6 điểm.', '85,6 điểm', '2020'],
    ['Bắt đầu từ năm 2025, 100% hồ sơ được số hóa.', '100%', '2025'],
  ])('%s → %s keeps %s', (text, n, want) => expect(periodOf(text, n, 2024)).toBe(want));
});

describe('a launch date dates only the launch', () => {
  const page = 'Ra mắt năm 2021, ứng dụng Công dân số đang được nhiều người dùng. // Hơn 56.000 phản ánh đã được gửi qua ứng dụng, tỷ lệ xử lý đạt 97,2%.';
  it.each([['56.000'], ['97,2%']])(`${page} → %s has no period on an undated page`, (n) => expect(periodOf(page, n)).toBeNull());

  it('a yearless month after it takes no year from the launch', () =>
    expect(periodOf('Ra mắt năm 2021, ứng dụng Công dân số được nhiều người dùng. // Trong tháng 5, ứng dụng có 3.000 lượt tải mới.', '3.000')).toBeNull());
  it('a year reported on still goes on', () =>
    expect(periodOf('Năm 2021, ứng dụng Công dân số được nhiều người dùng. // Hơn 56.000 phản ánh đã được gửi qua ứng dụng.', '56.000')).toBe('2021'));
  it('a launch with a figure of its own keeps that year for it', () =>
    expect(periodOf('Ra mắt năm 2021, ứng dụng có 3.000 lượt tải trong tuần đầu.', '3.000', 2024)).toBe('2021'));
});

describe('review mends (session 40)', () => {
  it.each([
    ['Theo số liệu từ năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 80%.', '80%', '2023'],
    ['Thí điểm từ năm 2024, trong năm đầu tiên hệ thống đã xử lý 1.200 hồ sơ.', '1.200', '2024'],
    ['Được triển khai từ tháng 3/2024, sau 6 tháng hệ thống đã tiếp nhận 10.000 hồ sơ.', '10.000', '2024-03'],
    ['Đặc biệt từ năm 2022, chỉ số chuyển đổi số của tỉnh đạt 0,55 điểm.', '0,55 điểm', '2022'],
    ['Số doanh nghiệp thành lập mới năm 2023 đạt 160.000.', '160.000', '2023'],
  ])('%s → %s keeps %s', (text, n, want) => expect(periodOf(text, n, 2024)).toBe(want));

  it.each([
    ['Ra mắt năm 2019, ứng dụng đang trở thành người bạn đồng hành của người dân.', true],
    ['Launched in 2019, the platform now has 2 million users.', true],
    ['Số doanh nghiệp được thành lập trong năm 2023 đạt 160.000.', false],
    ['The number of firms established in 2023 reached 160,000.', false],
  ])('%s → a launch date: %s', (text, want) => expect(isLaunchDate(text, findDates(text)[0]!)).toBe(want));
});
