import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../scripts/ingest/dates';
import { leadOf } from '../../../scripts/ingest/dates-article';

/** A document page whose header table is flattened one cell per line, then a title and its lead. */
function documentPage(header: string[], lead: string[]): string[] {
  return [...header, ...lead];
}

describe('findArticleDate: a document page opening with its header table', () => {
  it.each([
    [['SỞ', 'Y TẾ TỈNH BẮC NINH', 'CỘNG', 'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 77/KH-SYT', 'Bắc', 'Ninh, ngày 3 tháng 8 năm 2023'], '2023-08-03'],
    [['ỦY BAN NHÂN DÂN', 'HUYỆN CỦ CHI', 'Số: 15/KH-UBND', 'Củ Chi, ngày 21 tháng 01 năm 2021'], '2021-01-21'],
    [['BỘ CÔNG THƯƠNG', '---', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 9 tháng 12 năm 2024'], '2024-12-09'],
  ])('reads the place-and-date cell after the header cells (%#)', (header, iso) => {
    const paragraphs = documentPage(header, ['KẾ HOẠCH', 'Triển khai chuyển đổi số trong các cơ sở y tế trên địa bàn năm tới', 'Căn cứ Quyết định số 5/QĐ-TTg ngày 2/1/2020 của Thủ tướng Chính phủ về việc ban hành đề án']);
    expect(findArticleDate({ paragraphs })).toMatchObject({ iso, precision: 'day', source: 'text' });
  });

  it('does not take a cited document’s date from the lead after the header', () => {
    const paragraphs = documentPage(['ỦY BAN NHÂN DÂN', 'TỈNH AN GIANG', 'Số: 9/KH-UBND'], ['KẾ HOẠCH', 'Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch.']);
    expect(findArticleDate({ paragraphs })).toBeNull();
  });
});

describe('leadOf', () => {
  it('keeps three paragraphs after the short header cells', () => {
    expect(leadOf(['A', 'B', '', 'Số: 1/KH', 'một đoạn dài hơn bốn mươi ký tự để không còn là ô của bảng đầu trang', 'x.', 'y', 'z'])).toEqual(
      ['A', 'B', 'Số: 1/KH', 'một đoạn dài hơn bốn mươi ký tự để không còn là ô của bảng đầu trang', 'x.', 'y'],
    );
  });
  it('counts a short sentence as the lead, not a header cell', () => {
    expect(leadOf(['Trời mưa.', 'Gió to.', 'Lũ về.', 'Hà Nội, ngày 5 tháng 3 năm 2024'])).toEqual(['Trời mưa.', 'Gió to.', 'Lũ về.']);
  });
  it('caps the header at twelve cells', () => {
    const cells = Array.from({ length: 20 }, (_, i) => `ô ${i}`);
    expect(leadOf(cells)).toHaveLength(15);
  });
});

describe('round 29a: a document number cell flattened onto the place-and-date line', () => {
  it.each([
    ['Số: 45 /BC-UBND Thái Nguyên, ngày 8 tháng 11 năm 2023', '2023-11-08'],
    ['Số: 112/KH-SGDĐT Nam Định, ngày 2 tháng 4 năm 2024', '2024-04-02'],
    ['Số: 7 / TB-STTTT Hà Nội, ngày 19 tháng 9 năm 2022', '2022-09-19'],
  ])('reads the date after the number cell %j', (line, iso) => {
    const paragraphs = ['ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc', line, 'BÁO CÁO Kết quả triển khai nhiệm vụ trong năm'];
    expect(findArticleDate({ paragraphs })).toMatchObject({ iso, precision: 'day', source: 'text' });
  });
  it('not a cited document’s date after its number in a sentence', () => {
    expect(findArticleDate({ paragraphs: ['Thực hiện Công văn số 12/SGDĐT ngày 3/5/2022 của Sở, các trường đã báo cáo kết quả năm học với nhiều nội dung.'] })).toBeNull();
  });
});

describe('round 30a: an outlet’s contact line and a channel’s dateline', () => {
  const body = 'Theo cơ quan chức năng, trong năm qua số vụ việc vi phạm trên mạng giảm mạnh so với năm trước đó.';
  it.each([
    [['Hà Nội - 0241234567    Đà Nẵng - 0236 987 6543', 'Xã hội', 'Một tiêu đề dài về an ninh mạng trong năm qua ở nhiều tỉnh', 'VTV1: Thứ hai 05/03/2024, 08:15 (GMT+7)', body], '2024-03-05'],
    [['Tòa soạn - 02812345678', 'Kinh tế', 'Tiêu đề bài viết về thương mại điện tử năm nay', 'VOV2 - 17/11/2025 21:40', body], '2025-11-17'],
  ])('reads the date line under the headline (%#)', (paragraphs, iso) => {
    expect(findArticleDate({ paragraphs })).toMatchObject({ iso, precision: 'day', source: 'text' });
  });
  it('still takes no digit before a lead date that is no channel’s name', () => {
    expect(findArticleDate({ paragraphs: ['Kinh tế', 'Có 3 đơn vị ngày 05/03/2024 đã ký kết hợp tác', body] })).toBeNull();
  });
});

describe('round 35: a draft\'s place-and-date line with the day and month blank', () => {
  const header = ['ỦY BAN NHÂN DÂN TỈNH X', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'DỰ THẢO'];
  it.each(['Đà Lạt, ngày    tháng    năm 2024', 'Hà Nội, ngày … tháng … năm 2022', 'Cần Thơ, ngày ... tháng ... năm 2025'])('%j dates the page by its year', (line) => {
    const d = findArticleDate({ paragraphs: [...header, line, 'BÁO CÁO', 'Năm qua, tỉnh có 120 dịch vụ công trực tuyến.'] });
    expect(d?.precision).toBe('year');
    expect(d?.iso).toBe(line.slice(-4));
  });
  it('a blank date in the body dates nothing', () => {
    const paragraphs = ['Tỉnh triển khai nhiều việc.', 'Các xã đã báo cáo.', 'Kết quả tốt.', 'Sở cho biết thêm.', 'Huyện làm tốt.', 'Xã làm tốt.', 'Ghi chú: Hà Nội, ngày tháng năm 2023'];
    expect(findArticleDate({ paragraphs })).toBeNull();
  });
});

describe('round 35: a document page\'s issue-date field, a one-digit minute', () => {
  it('"Ngày ban hành: 12/04/2023" dates the page', () => {
    const d = findArticleDate({ paragraphs: ['Số hiệu: 15/KH-UBND Loại văn bản: Kế hoạch', 'Ngày ban hành: 12/04/2023 Ngày hiệu lực: Đã biết', 'Huyện đặt mục tiêu 90% hồ sơ trực tuyến.'] });
    expect(d).toMatchObject({ iso: '2023-04-12', precision: 'day' });
  });
  it('the field deep in a body dates nothing', () => {
    const body = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'Văn bản trước (ngày ban hành: 12/04/2023) đã hết hiệu lực.'];
    expect(findArticleDate({ paragraphs: body })).toBeNull();
  });
  it('a dateline whose time has a one-digit minute', () => {
    expect(findArticleDate({ dateline: '9:5, Thứ Sáu, 03-05-2024', paragraphs: ['Tỉnh có 40 xã.'] })).toMatchObject({ iso: '2024-05-03', precision: 'day' });
  });
});

describe('findArticleDate: a legal site\'s title line above the header table (round 48)', () => {
  const title = 'Kế hoạch 11252/KH-UBND 2023 nâng cao chỉ số chuyển đổi số DTI của tỉnh Khánh Hòa';
  const header = ['ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA', '-------', 'Số: 11252/KH-UBND', 'Khánh Hòa, ngày 30 tháng 10 năm 2023', 'KẾ HOẠCH'];
  const body = ['Theo Báo cáo Chỉ số chuyển đổi số năm 2022, tỉnh Khánh Hòa xếp vị trí 41/63 tỉnh, thành phố (giảm 11 bậc so với năm 2021).'];
  it.each([[[title]], [[title, title]]])('reads the document\'s place-and-date line below its title (%#)', (titles) => {
    expect(findArticleDate({ paragraphs: [...titles, ...header, ...body] })).toMatchObject({ iso: '2023-10-30', precision: 'day', source: 'text' });
  });
  it('not over the page\'s own dateline, nor below three lines of text', () => {
    expect(findArticleDate({ dateline: 'Ngày 06/10/2023 14:16', paragraphs: [title, ...header, ...body] })).toMatchObject({ iso: '2023-10-06' });
    expect(findArticleDate({ paragraphs: [title, title, title, ...header, ...body] })).toBeNull();
  });
});
