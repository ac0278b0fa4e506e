/** Round 30b: a birth year dates no figure (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { isBirthDate } from '../../../scripts/ingest/period-birth';
import { metricOf } from '../../support/metrics-of';

describe('isBirthDate', () => {
  it.each([
    ['Cả 5 thành viên của đội đều sinh năm 2004.', '2004', true],
    ['Các bạn trong nhóm sinh năm 2003, 2004 và 2005.', '2005', true],
    ['Ba kỹ sư trẻ sinh vào năm 1998 phụ trách dự án.', '1998', true],
    ['Năm 2004, tỉnh có 12 trạm phát sóng.', '2004', false],
    ['Trung tâm sinh hoạt cộng đồng năm 2021 có 40 máy tính.', '2021', false],
  ])('%s (%s)', (text, year, want) => {
    expect(isBirthDate(text, { start: text.indexOf(year) })).toBe(want);
  });
});

describe('a birth year hands on no period', () => {
  it.each([
    ['Đội đoạt giải nhất cuộc thi lập trình ngày 5/10/2023. Các thành viên đều sinh năm 2004, 2005, 2006. // Hiện nay, số vụ tấn công đã giảm xuống dưới 3.000 vụ mỗi tháng.', '3.000'],
    ['Năm 2024, huyện có 18 xã đạt chuẩn. Ông A sinh năm 1975, là người phụ trách. // Toàn huyện có 230 điểm thanh toán số.', '230'],
  ])('%s', (text, n) => {
    expect(metricOf(text, n).period?.iso.slice(0, 4)).not.toMatch(/^(?:19|200[4-6])/u);
  });
});
