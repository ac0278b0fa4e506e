/**
 * Round 18: a district's or commune's own page that never names itself, only "của huyện" / "của xã" at the end of a
 * clause ("kinh tế số chiếm trên 10% GRDP của huyện;"), is local: no national series takes its goals. Every sentence
 * was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isLocalArticle } from '../../../scripts/ingest/other-subject';

describe('the own unit ending a clause', () => {
  it.each([
    [['Đến năm 2026, 90% hồ sơ được xử lý trực tuyến.', 'Kinh tế số chiếm 12% GRDP của huyện; 70% hộ có cáp quang.']],
    [['Mục tiêu năm nay: 100% thôn có sóng 4G.', 'Mọi báo cáo được gửi qua hệ thống của xã.']],
    [['Tỷ lệ dân số có tài khoản số đạt 60%.', 'Đó là kết quả của phường, được ghi nhận.']],
  ])('local: %j', (paragraphs) => expect(isLocalArticle(paragraphs)).toBe(true));
  it.each([
    [['Tỉnh đặt mục tiêu 100% thủ tục trực tuyến.', 'Giao UBND tỉnh chủ trì và phối hợp với UBND của huyện, thị xã, thành phố.']],
    [['Kinh tế số cả nước chiếm 18% GDP.', 'Tỷ lệ này cao hơn của tỉnh năm trước.']],
    [['Doanh thu ngành tăng 10%.', 'Vấn đề của xã hội số được bàn.']],
  ])('not local: %j', (paragraphs) => expect(isLocalArticle(paragraphs)).toBe(false));
});
