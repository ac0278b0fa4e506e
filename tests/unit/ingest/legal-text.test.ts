import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('round 32b: counts and numbers that describe a legal text', () => {
  it.each([
    ['Luật An toàn thông tin sửa đổi gồm 42 điều, chia thành 6 chương.', '42'],
    ['Dự thảo thông tư có 3 chương với 28 điều và 2 phụ lục.', '28'],
    ['Chương III của nghị định gồm 04 mục quy định các nhóm hành vi.', '04'],
    ['Để được cấp phép, doanh nghiệp phải đáp ứng đủ 9 điều kiện về kỹ thuật và nhân sự.', '9'],
    ['Theo Luật Viễn thông, có 04 loại giấy phép kinh doanh dịch vụ.', '04'],
    ['Văn bản này thay thế Thông tư 12/2019 và 05/2021 của Bộ.', '05/2021'],
    ['Nghị định mới bãi bỏ Nghị định 91/2020, 15/2022 và các văn bản liên quan.', '15/2022'],
    ['Kế hoạch triển khai Chỉ thị số 04/2023 hoặc 09/2024 của Thủ tướng.', '09/2024'],
  ])('%j: %s is no claim', (s, n) => expect(texts(s)).not.toContain(n));

  it.each([
    ['Năm 2024, tỉnh có 42 xã đáp ứng đủ tiêu chí nông thôn mới kiểu mẫu.', '42'],
    ['Quốc hội đã thông qua 18 luật và 21 nghị quyết tại kỳ họp.', '18'],
    ['Đoàn kiểm tra phát hiện 27 cơ sở vi phạm, xử lý 12 trường hợp.', '12'],
    ['Theo báo cáo, có 35 doanh nghiệp được cấp giấy phép trong năm.', '35'],
  ])('%j: %s stays a claim', (s, n) => expect(texts(s)).toContain(n));
});

describe('round 32b: a second part count after the first', () => {
  it.each([
    ['Luật Công nghiệp công nghệ số gồm 6 chương, 73 điều, điều chỉnh nhiều lĩnh vực.', '73'],
    ['Bộ luật mới có 9 chương và 120 điều.', '120'],
  ])('%j: %s is no claim', (s, n) => expect(texts(s)).not.toContain(n));
  it('keeps a count of cases next to a chapter', () => expect(texts('Chương này nêu 6 chương trình, tỉnh đã có 73 điểm phát sóng mới.')).toContain('73'));
});
