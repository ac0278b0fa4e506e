/** Round 47 (set DJ): a ward a national report visits after its lead is the scene of a story, not the page's owner. Pages written for
 *  this test. */
import { describe, expect, it } from 'vitest';
import { isLocalArticle } from '../../../scripts/ingest/other-subject';
import { metricsByText } from './metrics-support';

const nationalLead = 'Sau một năm triển khai Đề án 06 phục vụ chuyển đổi số quốc gia, Bộ Công an đã cấp 80 triệu thẻ căn cước công dân gắn chip cho người dân.';
const wardStory = 'Chị Lan đến trụ sở công an phường Dịch Vọng để làm thủ tục đăng ký tạm trú, chỉ mất 10 phút.';

describe('isLocalArticle: the unit named after a national lead', () => {
  it('a national lead, then a ward\'s story: not local', () => expect(isLocalArticle([nationalLead, 'Người dân được hướng dẫn cài đặt ứng dụng.', wardStory])).toBe(false));
  it('a lead that names the ward: local', () => expect(isLocalArticle(['Công an phường Dịch Vọng đã thu nhận 5.200 hồ sơ căn cước.', wardStory])).toBe(true));
  it('a lead of no national level, then a district: local', () => expect(isLocalArticle(['Năm qua, công tác chuyển đổi số có nhiều chuyển biến.', 'Huyện Mường Khương đã cấp 12.000 tài khoản định danh.'])).toBe(true));
  it('on the page: the national count keeps its series', () =>
    expect(metricsByText(nationalLead, 'Người dân được hướng dẫn cài đặt ứng dụng.', wardStory)['80 triệu']?.indicator).toBe('chip-id-cards'));
});
