/**
 * Round 21 labels: growth named as the object of a purpose or hedged keeps its series; a ministry that sets a plan's
 * goals is their author, not their subject; pieces that only list bodies are no distance; the whole sector as subject
 * reads the paragraph's opening; shares among Internet users who have a skill are no users' share. Every sentence was
 * written for this test; each runs through the whole metric stage.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf as indicatorIn, metricOf } from '../../support/metrics-of';

/** The indicator the ingest gives the number written `n` (article year 2024). */
const indicatorOf = (text: string, n: string) => indicatorIn(text, n, 2024);

describe('round 21 labels', () => {
  it.each([
    ['Kế hoạch được lập nhằm góp phần bảo đảm tăng trưởng kinh tế cả nước năm 2026 đạt 9 - 10%.', '9 - 10%', 'gdp-growth'],
    ['Chính phủ quyết tâm duy trì tăng trưởng GDP năm 2026 ở mức 10%.', '10%', 'gdp-growth'],
    ['Bên cạnh đó, tăng trưởng kinh tế năm nay nhiều khả năng trên 7%, tạo đà cho năm sau.', '7%', 'gdp-growth'],
    ['Tăng trưởng GDP năm nay có thể vượt 6,5%.', '6,5%', 'gdp-growth'],
    ['Bộ Thông tin và Truyền thông đặt mục tiêu đến năm 2026, tỷ lệ dân số sử dụng Internet đạt 88%.', '88%', 'internet-users'],
    ['Bộ Công an đề ra mục tiêu đến năm 2027, tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn đạt 100%.', '100%', 'infosec-approval'],
    ['Đến năm 2026, tỷ lệ hệ thống thông tin cấp độ 3, 4 của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và địa phương được phê duyệt theo cấp độ đạt 95%.', '95%', 'infosec-approval'],
    ['Năm 2023, doanh thu ngành công nghiệp công nghệ số đạt 140 tỷ USD. Giá trị xuất khẩu tăng 12%. Số lao động đạt 1,5 triệu người; Toàn ngành có 69.000 doanh nghiệp đang hoạt động.', '69.000', 'digital-tech-enterprises'],
    ['Ngành công nghiệp công nghệ số hiện có 70.200 doanh nghiệp.', '70.200', 'digital-tech-enterprises'],
  ])('%s → %s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));

  it.each([
    ['a named ministry reporting its own share keeps it its own', 'Bộ Tư pháp có tỷ lệ hồ sơ trực tuyến đạt 70%.', '70%'],
    ['a share among Internet users who reach a skill is no users\' share', 'Đến năm 2026, tỷ lệ người sử dụng Internet có cơ hội tiếp cận kỹ năng bảo vệ bản thân trên mạng đạt 85%.', '85%'],
    ['a workforce total named by its own words does not read the opening', 'Năm 2023, doanh thu ngành công nghiệp công nghệ số đạt 140 tỷ USD. Tổng số nhân lực đạt 1,5 triệu người, tăng 50% so với năm 2019.', '50%'],
  ])('%s', (_name, text, n) => expect(indicatorOf(text, n)).toBe('none'));

  it.each([
    ['a 5G goal over an area covers no population', 'Đến cuối năm, các nhà mạng dự kiến phủ sóng 5G tới 90% khu vực đô thị.', '90%'],
    ['nor over a land area', 'Mạng 4G đã phủ sóng 97% diện tích toàn tỉnh.', '97%'],
  ])('%s', (_name, text, n) => expect(indicatorOf(text, n)).not.toBe('mobile-coverage-share'));
  it('a population covered still is', () =>
    expect(indicatorOf('Mạng 5G đã phủ sóng 30% dân số.', '30%')).toBe('mobile-5g-coverage-share'));

  it('a rank in a ranking table its sentence names reads no other ranking from the lead', () =>
    expect(metricOf('Việt Nam tăng 15 bậc về dịch vụ công trực tuyến (OSI) của Liên hợp quốc. // Đơn vị đứng thứ 3 trong bảng xếp hạng kết quả đánh giá Bộ chỉ số cải cách hành chính là Sở Tư pháp.', '3', 2024).indicator ?? 'none').toBe('none'));

  it('threats a product blocked are no count of attacks on the country', () =>
    expect(indicatorOf('Năm 2023, số cuộc tấn công mạng bị ngăn chặn tại Việt Nam là khoảng 30 triệu cuộc.', '30 triệu')).toBe('none'));
  it('attacks on the country still are', () =>
    expect(indicatorOf('Năm 2023, Việt Nam ghi nhận 13.900 vụ tấn công mạng vào các hệ thống thông tin.', '13.900')).toBe('cyberattacks'));

  it('a sector\'s workers are no count of its firms', () =>
    expect(indicatorOf('Ngành công nghiệp công nghệ số thu hút 1,2 triệu lao động.', '1,2 triệu')).not.toBe('digital-tech-enterprises'));
});
