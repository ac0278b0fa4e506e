import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates';
import { headlineDate } from '../../../scripts/ingest/dates-article';

describe('headlineDate: the outlet dateline closing the headline line', () => {
  it.each([
    ['Tỉnh Nam Định công bố kế hoạch chuyển đổi số năm 2027 15/03/2027 08:45', '2027-03-15'],
    ['Đến 2035, mọi xã có trạm 5G 21/11/2025 7:05', '2025-11-21'],
    ['Ngân hàng số tăng trưởng mạnh | 09:30 02-06-2024', '2024-06-02'],
    ['Hội thảo về dữ liệu mở – 30/9/2023 16:20', '2023-09-30'],
  ])('reads %s', (title, iso) => {
    expect(headlineDate(title)?.iso).toBe(iso);
  });

  it.each([
    'Triển khai Quyết định ngày 5/3/2024 của Thủ tướng',
    'Công bố chỉ số ngày 12/6/2025 tại Hà Nội',
    'Đà Nẵng 10/10/2024 08:00 khai mạc tuần lễ số',
    'Lễ ký kết ký ngày 04/02/2026 13:00',
    '04/02/2026 13:00',
    'Nhìn lại chặng đường 2020-2025',
  ])('leaves %s alone', (title) => {
    expect(headlineDate(title)).toBeUndefined();
  });

  it('dates a page whose headline line ends with the dateline', () => {
    const found = findArticleDate({ title: 'Mục tiêu mới của ngành viễn thông 18/08/2026 10:15', paragraphs: ['(ABC) - Bộ vừa ban hành kế hoạch mới.'] });
    expect(found).toMatchObject({ iso: '2026-08-18', precision: 'day', source: 'text' });
  });

  it('keeps a separate dateline first', () => {
    const found = findArticleDate({ dateline: '01/01/2026', title: 'Tiêu đề 18/08/2026 10:15', paragraphs: ['Nội dung.'] });
    expect(found?.iso).toBe('2026-01-01');
  });
});
