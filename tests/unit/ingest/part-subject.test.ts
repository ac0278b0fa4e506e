/** Figures of one tier of a province or of a holiday's days (round 27b forms, written for the test). */
import { describe, expect, it } from 'vitest';
import { isHolidayFigure, isTierFigure } from '../../../scripts/ingest/part-subject';

describe('isTierFigure', () => {
  it('an item that opens on one tier of the province as its subject', () => {
    for (const s of [
      'Trong quý III, các sở, ban, ngành nhận 4.200 hồ sơ, trong đó 3.900 hồ sơ trực tuyến, đạt tỷ lệ 93%',
      'Các huyện, thị xã, thành phố tiếp nhận 20.000 hồ sơ, đạt tỷ lệ 97%',
      ' các xã, phường, thị trấn giải quyết 8.000 hồ sơ đúng hạn',
      'Năm 2024, các sở, ngành đã số hóa 95% kết quả',
    ]) expect(isTierFigure(s), s).toBe(true);
  });
  it('a share of the tier, every body of the province, or a tier named later is not', () => {
    for (const s of [
      '100% các sở, ban, ngành cung cấp dữ liệu mở',
      'Các sở, ban, ngành, địa phương đã tiếp nhận 50.000 hồ sơ',
      'Toàn tỉnh tiếp nhận 30.000 hồ sơ, trong đó các huyện, thị xã nhận 20.000',
      'tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 90%',
    ]) expect(isTierFigure(s), s).toBe(false);
  });
});

describe('isHolidayFigure', () => {
  it('a holiday\'s days named before or in the sentence', () => {
    for (const s of [
      'Trong kỳ nghỉ Tết Nguyên đán, trung tâm đã xử lý 12 sự cố.',
      'Dịp lễ 30/4 vừa qua, các sàn ghi nhận 3 triệu đơn hàng.',
      'Trong thời gian người dân đón Tết, hệ thống chặn 40 trang web lừa đảo.',
      'Những ngày nghỉ lễ, lượng giao dịch tăng 20%.',
    ]) expect(isHolidayFigure(s), s).toBe(true);
  });
  it('a year, a month or a festival market named as a topic is not', () => {
    for (const s of [
      'Năm 2024, trung tâm đã xử lý 12.000 sự cố.',
      'Tháng 1, các sàn ghi nhận 3 triệu đơn hàng.',
      'Hàng Tết được bán trên sàn với giá ưu đãi, doanh thu đạt 5 tỷ đồng.',
    ]) expect(isHolidayFigure(s), s).toBe(false);
  });
});
