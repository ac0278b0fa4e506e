import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../scripts/ingest/decode';
import {
  isStatementCaption,
  isBoilerplate,
  isCaptionLine,
  isDateline,
  isTitleLike,
  segmentArticle,
  trimSegment,
  type Segment,
  type Segmented,
} from '../../../scripts/ingest/segment';
import { splitSentences } from '../../../scripts/ingest/sentences';

const lines = (...l: string[]) => l.join('\n');
const texts = (segs: Segment[]) => segs.map((s) => s.text);

/** Every segment of the result is an exact slice of the input. */
function expectExact(text: string, s: Segmented) {
  const all = [s.title, s.dateline, ...s.paragraphs, ...s.captions, ...s.boilerplate, s.source?.line, ...(s.source?.lines ?? [])];
  for (const seg of all) if (seg) expect(text.slice(seg.offset, seg.offset + seg.text.length)).toBe(seg.text);
}

function seg(text: string): Segmented {
  const s = segmentArticle(text);
  expectExact(text, s);
  return s;
}

const LONG =
  'Năm 2022, chỉ số chuyển đổi số quốc gia là 0,71, so với năm 2021, tốc độ tăng trưởng có chậm lại. Tuy nhiên, các chỉ số thành phần vẫn duy trì tốc độ tăng trưởng cao.';

describe('segmentArticle: head', () => {
  it('segmentArticle reads a title, a dateline and paragraphs separated by blank lines', () => {
    const text = lines('Chuyển đổi số mạnh mẽ', '', '27/04/2022', '', 'Sáng 27/4, hội nghị khai mạc.', '', 'Đoạn hai.');
    const s = seg(text);
    expect(s.title?.text).toBe('Chuyển đổi số mạnh mẽ');
    expect(s.dateline?.text).toBe('27/04/2022');
    expect(texts(s.paragraphs)).toEqual(['Sáng 27/4, hội nghị khai mạc.', 'Đoạn hai.']);
    expect(s.warnings).not.toContain('no dateline');
  });

  it('segmentArticle treats single newlines as paragraph breaks', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.'));
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
  });

  it('segmentArticle accepts a dateline before the title and time-first datelines', () => {
    const s = seg(lines('05:07, 14/07/2023', '4 ưu tiên trong chuyển đổi số', '', 'Nội dung.'));
    expect(s.dateline?.text).toBe('05:07, 14/07/2023');
    expect(s.title?.text).toBe('4 ưu tiên trong chuyển đổi số');
  });

  it('segmentArticle has no title when the text starts mid-report, and warns', () => {
    const s = seg(lines(LONG, 'Đoạn hai.'));
    expect(s.title).toBeUndefined();
    expect(s.warnings).toContain('no title line: the text starts mid-report');
    expect(s.warnings).toContain('no dateline');
    expect(s.paragraphs[0]!.text).toBe(LONG);
  });

  it('segmentArticle does not take a short first sentence with a period, or a lowercase start, for a title', () => {
    expect(seg(lines('Hội nghị đã diễn ra.', 'Đoạn hai.')).title).toBeUndefined();
    expect(seg(lines('và các đại biểu dự họp', 'Đoạn hai.')).title).toBeUndefined();
  });

  it('segmentArticle trims whitespace around lines but keeps offsets exact', () => {
    const text = '  Tiêu đề có khoảng trắng  \n\n\t Đoạn một. \u00a0\n';
    const s = seg(text);
    expect(s.title).toEqual({ text: 'Tiêu đề có khoảng trắng', offset: 2 });
    expect(s.paragraphs[0]!.text).toBe('Đoạn một.');
  });

  it('segmentArticle returns nothing but warnings for an empty string', () => {
    const s = seg('');
    expect(s.paragraphs).toEqual([]);
    expect(s.title).toBeUndefined();
  });
});

describe('segmentArticle: captions', () => {
  it('segmentArticle collapses a caption that appears twice, once with a leading space', () => {
    const text = lines('Tiêu đề bài', '', 'Đoạn một.', '', ' Các đại biểu dự hội nghị.', '', 'Các đại biểu dự hội nghị.', '', 'Đoạn hai.');
    const s = seg(text);
    expect(texts(s.captions)).toEqual(['Các đại biểu dự hội nghị.']);
    expect(s.captions[0]!.offset).toBe(text.indexOf(' Các') + 1);
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('segmentArticle finds captions with "Ảnh:", "_Ảnh:" and "(Ảnh minh họa)"', () => {
    const text = lines(
      'Tiêu đề bài',
      'Đại biểu dự họp tại điểm cầu. Ảnh: Báo điện tử Chính phủ',
      'Thủ tướng phát biểu tại phiên họp_Ảnh: TTXVN',
      'Người dân làm thủ tục trực tuyến (Ảnh minh họa)',
      'Đoạn văn thường.',
    );
    const s = seg(text);
    expect(s.captions).toHaveLength(3);
    expect(texts(s.paragraphs)).toEqual(['Đoạn văn thường.']);
  });

  it('segmentArticle does not treat "hình ảnh:" inside a sentence as a caption', () => {
    const s = seg(lines('Tiêu đề bài', 'Ban tổ chức giới thiệu nhiều hình ảnh: trung tâm dữ liệu, trạm 5G.'));
    expect(s.captions).toEqual([]);
    expect(s.paragraphs).toHaveLength(1);
  });

  it('segmentArticle joins a bare photo credit to the caption after an empty photo slot', () => {
    const text = lines('Tiêu đề bài', '', 'Đoạn một.', '', '\u00a0', '', 'Lãnh đạo tỉnh dự hội nghị tại điểm cầu.', 'Ảnh: Dương Chung', '', 'Đoạn hai.');
    const s = seg(text);
    expect(texts(s.captions)).toEqual(['Lãnh đạo tỉnh dự hội nghị tại điểm cầu.\nẢnh: Dương Chung']);
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('segmentArticle takes a short line after an empty photo slot for a caption', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', '\u00a0', 'Quang cảnh hội nghị.', 'Đoạn hai.'));
    expect(texts(s.captions)).toEqual(['Quang cảnh hội nghị.']);
  });

  it('segmentArticle keeps a long paragraph after an empty photo slot as a paragraph', () => {
    const long = LONG + ' ' + LONG;
    const s = seg(lines('Tiêu đề bài', '\u00a0', long));
    expect(texts(s.paragraphs)).toEqual([long]);
  });

  it('segmentArticle joins a caption line and its credit line without a photo slot', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một dài hơn.', '', 'Toàn cảnh phiên họp.', 'Ảnh: Minh Anh'));
    expect(texts(s.captions)).toEqual(['Toàn cảnh phiên họp.\nẢnh: Minh Anh']);
    expect(texts(s.paragraphs)).toEqual(['Đoạn một dài hơn.']);
  });
});

describe('segmentArticle: duplicates and lead marks', () => {
  it('segmentArticle keeps a lead paragraph duplicated with an "(XYZ) " tag once and records the outlet', () => {
    const lead = 'Thủ tướng chủ trì hội nghị trực tuyến toàn quốc về chuyển đổi số.';
    const text = lines('Tiêu đề bài', '', lead, '', `(ABC) ${lead}`, '', 'Đoạn hai.');
    const s = seg(text);
    expect(texts(s.paragraphs)).toEqual([lead, 'Đoạn hai.']);
    expect(s.paragraphs[0]!.offset).toBe(text.indexOf(lead));
    expect(s.source?.outlet).toBe('ABC');
    expect(s.warnings.some((w) => w.startsWith('duplicate paragraph kept once'))).toBe(true);
  });

  it('segmentArticle keeps a verbatim duplicate paragraph once', () => {
    const s = seg(lines('Tiêu đề bài', LONG, LONG, 'Đoạn cuối.'));
    expect(texts(s.paragraphs)).toEqual([LONG, 'Đoạn cuối.']);
  });

  it('segmentArticle treats duplicates differing only in inner whitespace as one paragraph', () => {
    const s = seg(lines('Tiêu đề bài', 'Một  đoạn\u00a0văn.', 'Một đoạn văn.'));
    expect(s.paragraphs).toHaveLength(1);
  });

  it('segmentArticle strips a "TCCS - " outlet prefix from the lead, keeping the offset exact', () => {
    const text = lines('TCCS - Ngày 6-2-2025, Thủ tướng chủ trì phiên họp. Hội nghị diễn ra tại trụ sở Chính phủ và trực tuyến.', '', 'Đoạn hai.');
    const s = seg(text);
    expect(s.paragraphs[0]!.text.startsWith('Ngày 6-2-2025')).toBe(true);
    expect(s.paragraphs[0]!.offset).toBe('TCCS - '.length);
    expect(s.source?.outlet).toBe('Tạp chí Cộng sản');
    expect(s.source?.lines.map((l) => l.text)).toContain('TCCS');
  });

  it('segmentArticle keeps an unknown all-caps prefix as the outlet, as written', () => {
    const s = seg(lines('Tiêu đề bài', 'XYZN - Sáng 5/3, hội nghị khai mạc.'));
    expect(s.source?.outlet).toBe('XYZN');
    expect(s.paragraphs[0]!.text).toBe('Sáng 5/3, hội nghị khai mạc.');
  });

  it('segmentArticle does not take a place in capitals ("HÀ NỘI - ", "TP.HCM - ") for an outlet', () => {
    for (const p of ['HÀ NỘI - Sáng 5/3, hội nghị khai mạc.', 'TP.HCM - Sáng 5/3, hội nghị khai mạc.']) {
      const s = seg(lines('Tiêu đề bài', p));
      expect(s.paragraphs[0]!.text).toBe(p);
      expect(s.source).toBeUndefined();
    }
  });

  it('segmentArticle reads a domain tag "(Chinhphu.vn) - " at the start of the lead', () => {
    const s = seg(lines('Tiêu đề bài', '(Chinhphu.vn) - Chiều 5/3, Thủ tướng làm việc với Bộ Công an.'));
    expect(s.source?.outlet).toBe('Chinhphu.vn');
    expect(s.paragraphs[0]!.text).toBe('Chiều 5/3, Thủ tướng làm việc với Bộ Công an.');
  });

  it('segmentArticle leaves outlet-like marks later in the body alone', () => {
    const s = seg(lines('Tiêu đề bài', 'Một.', 'Hai.', 'Ba.', 'VNPT - đơn vị triển khai nền tảng.'));
    expect(s.paragraphs.at(-1)!.text).toBe('VNPT - đơn vị triển khai nền tảng.');
  });
});

describe('segmentArticle: boilerplate and source', () => {
  it('segmentArticle drops hotline, photo-feature and related-news lines at the end', () => {
    const text = lines('Tiêu đề bài', 'Đoạn một.', '', 'AN NHIÊN', '', 'Đường dây nóng: 0987083838.', '', 'Phóng sự ảnh');
    const s = seg(text);
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.']);
    expect(texts(s.boilerplate)).toEqual(['Đường dây nóng: 0987083838.', 'Phóng sự ảnh']);
    expect(s.source?.author).toBe('AN NHIÊN');
  });

  it('segmentArticle treats a "Các tin đã đưa ngày:" block and the headlines after it as boilerplate', () => {
    const text = lines('Tiêu đề bài', 'Đoạn một.', 'Theo Thùy Linh: baotinh.com.vn', 'Các tin đã đưa ngày:', 'Tin A về chuyển đổi số', 'Tin B về dữ liệu');
    const s = seg(text);
    expect(texts(s.boilerplate)).toEqual(['Các tin đã đưa ngày:', 'Tin A về chuyển đổi số', 'Tin B về dữ liệu']);
    expect(s.source).toMatchObject({ author: 'Thùy Linh', outlet: 'baotinh.com.vn', domain: 'baotinh.com.vn' });
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.']);
  });

  it('segmentArticle drops "Tin liên quan", "Xem thêm:" and bare links anywhere', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', 'Xem thêm: Hà Nội thí điểm dịch vụ công', 'https://example.vn/a.html', 'Đoạn hai.', 'Tin liên quan'));
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(s.boilerplate).toHaveLength(3);
  });

  it('segmentArticle passes over a portal breadcrumb, player and toolbar around the head and takes the headline under them', () => {
    const text = lines('Trang chủ » Xã hội » Giáo dục', 'Nghe bài viết 00:00 / 02:48', 'Thứ Năm, 09/05/2024 - 14:05', 'Cỡ chữ: A- A A+ | In bài | Chia sẻ 9', 'Trường học số phủ 80% xã vùng cao', 'Đoạn một có 1.200 học sinh.');
    const s = seg(text);
    expect(s.title?.text).toBe('Trường học số phủ 80% xã vùng cao');
    expect(s.dateline?.text).toBe('Thứ Năm, 09/05/2024 - 14:05');
    expect(texts(s.boilerplate)).toEqual(['Trang chủ » Xã hội » Giáo dục', 'Nghe bài viết 00:00 / 02:48', 'Cỡ chữ: A- A A+ | In bài | Chia sẻ 9']);
    expect(texts(s.paragraphs)).toEqual(['Đoạn một có 1.200 học sinh.']);
  });

  it('segmentArticle sets a visit counter over the head aside, label and number, and reads the headline under it', () => {
    const s = seg(lines('Truy cập', 'Hôm nay:', '', '4', 'Tất cả:', '', '52817', 'Tỉnh công bố kết quả chuyển đổi số quý II', 'Ngày 02/07/2024 09:10:05', 'Đoạn một có 15 xã.'));
    expect(s.title?.text).toBe('Tỉnh công bố kết quả chuyển đổi số quý II');
    expect(s.boilerplate).toHaveLength(5);
    expect(texts(s.paragraphs)).toEqual(['Đoạn một có 15 xã.']);
  });

  it('segmentArticle sets a toolbar or a font-size picker aside in the body', () => {
    const s = seg(lines('Tiêu đề bài', '10:15 | 02/10/2023', 'Font size: 13 15 17', 'Đoạn một.', 'Thích 14 | Lượt xem: 906', 'Đoạn hai.'));
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(texts(s.boilerplate)).toEqual(['Font size: 13 15 17', 'Thích 14 | Lượt xem: 906']);
  });

  it.each(['Bài viết cùng chuyên mục', 'Tin mới nhất', 'Đọc nhiều nhất:', 'Có thể bạn quan tâm', 'Tin cùng sự kiện', 'Cùng tác giả', 'Ý kiến bạn đọc'])(
    'segmentArticle treats a "%s" block at the end as related links',
    (heading) => {
      const s = seg(lines('Tiêu đề bài', 'Đoạn một.', heading, 'Một tỉnh đạt 95% hồ sơ trực tuyến', 'Ra mắt 3 nền tảng số mới'));
      expect(texts(s.paragraphs)).toEqual(['Đoạn một.']);
      expect(s.boilerplate).toHaveLength(3);
    },
  );

  it.each(['Tin mới', 'Tin mới nhất', 'Đọc nhiều'])('round 36: a menu\'s "%s" over the story is chrome, never a block that takes the story with it', (heading) => {
    const over = seg(lines(heading, 'Tiêu đề bài', '08:30 | 04/06/2024', 'Đoạn một có 12 xã.', 'Đoạn hai có 30 thôn.'));
    expect(over.title?.text).toBe('Tiêu đề bài');
    expect(texts(over.paragraphs)).toEqual(['Đoạn một có 12 xã.', 'Đoạn hai có 30 thôn.']);
    const headless = seg(lines(heading, 'Trong năm 2024, tỉnh có 12 xã.', 'Đoạn hai có 30 thôn.'));
    expect(texts(headless.paragraphs)).toContain('Đoạn hai có 30 thôn.');
    expect(texts(headless.boilerplate)).toEqual([heading]);
  });

  it('round 36: a kicker in capitals ending on ":" over the headline is chrome, and the headline is read', () => {
    const s = seg(lines('BÀI DỰ THI VIẾT VỀ CHUYỂN ĐỔI SỐ Ở CƠ SỞ:', 'Xã vùng cao làm chợ số (Kỳ 2)', 'MINH AN 07:10, 15/08/2024', 'Xã có 14 thôn.'));
    expect(s.title?.text).toBe('Xã vùng cao làm chợ số (Kỳ 2)');
    expect(texts(s.boilerplate)).toContain('BÀI DỰ THI VIẾT VỀ CHUYỂN ĐỔI SỐ Ở CƠ SỞ:');
    const lead = seg(lines('KẾT QUẢ NỔI BẬT:', '1. Toàn tỉnh có 14 thôn số.', '2. Có 30 xã số.'));
    expect(texts(lead.paragraphs)).toContain('KẾT QUẢ NỔI BẬT:');
  });

  it('round 36: a site\'s clock over its hotline and section yields to the date line under the headline', () => {
    const s = seg(lines('Thứ Bảy 14/02/2026 10:05', 'Hotline: 028.3812.0000', 'Email: toasoan@example.vn', 'Kinh tế - Thị trường', 'Ví điện tử tăng mạnh trong quý II', '12/08/2023 07:30', 'Có 25 triệu ví.'));
    expect(s.title?.text).toBe('Ví điện tử tăng mạnh trong quý II');
    expect(s.dateline?.text).toBe('12/08/2023 07:30');
    expect(texts(s.paragraphs)).toEqual(['Có 25 triệu ví.']);
  });

  it('a date line right over its headline stays the page\'s', () => {
    const s = seg(lines('12/08/2023 07:30', 'Ví điện tử tăng mạnh trong quý II', '13/08/2023 09:00', 'Có 25 triệu ví.'));
    expect(s.dateline?.text).toBe('12/08/2023 07:30');
  });

  it('segmentArticle drops separator lines', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', '***', '---', 'Đoạn hai.'));
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('segmentArticle reads "Nguồn X: url" at the end', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', 'Nguồn Báo Tỉnh: https://baotinh.vn/bai-viet-123.html'));
    expect(s.source).toMatchObject({ outlet: 'Báo Tỉnh', url: 'https://baotinh.vn/bai-viet-123.html', domain: 'baotinh.vn' });
    expect(s.source?.line.text).toBe('Nguồn Báo Tỉnh: https://baotinh.vn/bai-viet-123.html');
  });

  it('segmentArticle reads "Nguồn: domain" and an author "Name (tổng hợp)"', () => {
    expect(seg(lines('Tiêu đề bài', 'Đoạn.', 'Nguồn: baotinh.org.vn')).source).toMatchObject({ outlet: 'baotinh.org.vn' });
    expect(seg(lines('Tiêu đề bài', 'Đoạn.', 'Trung Duy (tổng hợp)')).source).toMatchObject({ author: 'Trung Duy' });
  });

  it('segmentArticle merges a lead mark and a byline at the end', () => {
    const s = seg(lines('TCCS - Ngày 6-2-2025, Thủ tướng chủ trì phiên họp về chuyển đổi số quốc gia năm 2025 với các bộ, ngành.', 'Đoạn.', 'Trung Duy (tổng hợp)'));
    expect(s.source).toMatchObject({ outlet: 'Tạp chí Cộng sản', author: 'Trung Duy' });
  });

  it('segmentArticle prefers an explicit "Nguồn" outlet to a lead tag', () => {
    const s = seg(lines('Tiêu đề bài', '(ABC) Đoạn một.', 'Nguồn: TTXVN'));
    expect(s.source?.outlet).toBe('Thông tấn xã Việt Nam');
  });

  it('segmentArticle does not take a last body paragraph starting "Theo …" for a source', () => {
    const last = 'Theo báo cáo, năm 2024 cả nước có 80% dịch vụ công trực tuyến toàn trình.';
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', last));
    expect(s.source).toBeUndefined();
    expect(texts(s.paragraphs)).toEqual(['Đoạn một.', last]);
    expect(s.warnings).toContain('no source line');
  });

  it('segmentArticle skips a trailing caption when looking for the byline', () => {
    const s = seg(lines('Tiêu đề bài', 'Đoạn một.', 'MINH ANH', 'Quang cảnh hội nghị. Ảnh: TTXVN'));
    expect(s.source?.author).toBe('MINH ANH');
    expect(s.captions).toHaveLength(1);
  });
});

describe('isDateline', () => {
  it.each([
    '27/04/2022', '05:07, 14/07/2023', '14/07/2023 05:07', '14/7/2023 - 05:07', 'Thứ Sáu, 14/07/2023 - 05:07 (GMT+7)',
    'Thứ 6, 14/7/2023, 05:07', 'Chủ nhật, 1/1/2023', 'Cập nhật: 14/07/2023 08:30', 'Cập nhật lúc 09:12, Thứ Ba 4/6/2024', '16:40 Chủ nhật, 7/1/2024', 'Ngày 6-2-2025', '6.2.2025', '14/07/2023 | 05:07',
  ])('isDateline accepts %s', (s) => expect(isDateline(s)).toBe(true));

  it.each(['Sáng 27/4, hội nghị khai mạc.', 'Năm 2024', '27/04', 'Ngày 6-2-2025, Thủ tướng chủ trì', 'Quý I/2022', '2022 - 2024'])(
    'isDateline rejects %s',
    (s) => expect(isDateline(s)).toBe(false),
  );
});

describe('isTitleLike', () => {
  it.each(['Phải mạnh dạn trong thực hiện nhiệm vụ chuyển đổi số', '4 ưu tiên trong chuyển đổi số', 'Thủ tướng: Chuyển đổi số nhanh nhất có thể', 'Vì sao phải chuyển đổi số?', 'CHUYỂN ĐỔI SỐ QUỐC GIA'])(
    'isTitleLike accepts %s',
    (s) => expect(isTitleLike(s)).toBe(true),
  );

  it.each([
    'Hội nghị đã diễn ra.', 'các đại biểu dự họp', '27/04/2022', 'x'.repeat(201), 'TCCS - Ngày 6-2-2025, Thủ tướng', 'Đường dây nóng: 0987',
    'Hội nghị khai mạc. Thủ tướng dự', 'Quang cảnh hội nghị. Ảnh: TTXVN', 'Chuyển', 'Các nội dung sau:',
  ])('isTitleLike rejects %s', (s) => expect(isTitleLike(s)).toBe(false));

  it('a lead cut short with an ellipsis after a comma clause is no title; a title trailing off is', () => {
    expect(isTitleLike('Bộ vừa ban hành kế hoạch năm 2025, tỷ lệ hồ sơ trực tuyến phải đạt 80%...')).toBe(false);
    expect(isTitleLike('UBND tỉnh đặt mục tiêu, đến năm 2027 có 500 doanh nghiệp số…')).toBe(false);
    expect(isTitleLike('Chuyển đổi số: không thể chậm trễ...')).toBe(true);
  });
});

describe('isBoilerplate / isCaptionLine / trimSegment', () => {
  it('isBoilerplate matches hotline, related-news, share, tag and link lines, not text', () => {
    for (const s of ['Đường dây nóng: 0987083838.', 'Hotline: 0912', 'Các tin đã đưa ngày:', 'Tin liên quan', 'Bài viết liên quan:',
      'Xem thêm: Bài A', 'Phóng sự ảnh', 'Video', 'Infographic', 'Chia sẻ', 'In bài viết', 'Từ khóa: chuyển đổi số', '© Báo X',
      'https://example.vn', 'www.example.vn/a', '* * *']) expect(isBoilerplate(s), s).toBe(true);
    for (const s of ['Đoạn văn bình thường.', 'Video call giúp người dân làm thủ tục từ xa.', 'Tin tưởng chuyển đổi số sẽ thành công.'])
      expect(isBoilerplate(s), s).toBe(false);
  });

  it('isCaptionLine needs a capital "Ảnh:" after a boundary or an "Ảnh minh họa" ending', () => {
    expect(isCaptionLine('Quang cảnh. Ảnh: TTXVN')).toBe(true);
    expect(isCaptionLine('Thủ tướng phát biểu_Ảnh: VGP')).toBe(true);
    expect(isCaptionLine('Ảnh: Dương Chung')).toBe(true);
    expect(isCaptionLine('Người dân (Ảnh minh hoạ)')).toBe(true);
    expect(isCaptionLine('Hình ảnh: nhiều nội dung')).toBe(false);
    expect(isCaptionLine('Ảnh hưởng của chuyển đổi số rất lớn.')).toBe(false);
  });

  it('trimSegment trims spaces, NBSP and zero-width characters and moves the offset', () => {
    expect(trimSegment('\u00a0 ab c\u200b ', 10)).toEqual({ text: 'ab c', offset: 12 });
    expect(trimSegment('   ', 3)).toEqual({ text: '', offset: 6 });
  });
});

describe('segmentArticle on the seeds (offset invariant only)', () => {
  const dir = new URL('../../../seeds/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('segmentArticle keeps every segment and sentence of %s an exact slice', (f) => {
    const { text } = decodeSeed(f, readFileSync(new URL(f, dir)));
    const s = seg(text);
    expect(s.paragraphs.length).toBeGreaterThan(5);
    for (const p of s.paragraphs) {
      for (const x of splitSentences(p.text, p.offset)) expect(text.slice(x.offset, x.offset + x.text.length)).toBe(x.text);
    }
  });
});

describe('segmentArticle on generated articles', () => {
  const pieces = [
    'Tiêu đề ngắn', '27/04/2022', '05:07, 14/07/2023', LONG, 'Đoạn ngắn.', ' Chú thích ảnh lặp.', 'Chú thích ảnh lặp.', '\u00a0',
    'Quang cảnh. Ảnh: TTXVN', 'Ảnh: Minh Anh', '(ABC) Đoạn ngắn.', 'TCCS - Ngày 6-2-2025, hội nghị.', 'Đường dây nóng: 0123.',
    'Các tin đã đưa ngày:', 'Nguồn: baotinh.vn', 'Theo Thùy Linh: bao.vn', 'AN NHIÊN', 'Trung Duy (tổng hợp)', '', '', '  ', '\t',
    'Phóng sự ảnh', 'https://x.vn/a', '***', 'HÀ NỘI - Sáng nay, họp.', 'Một câu. Hai câu… ba câu! Bốn?',
  ];
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  it('segmentArticle keeps every segment exact and never repeats an offset, over 300 random articles', () => {
    for (let i = 0; i < 300; i++) {
      const n = 1 + rand(14);
      const parts = Array.from({ length: n }, () => pieces[rand(pieces.length)]!);
      const text = parts.join(rand(2) ? '\n' : rand(2) ? '\n\n' : '\r\n'.slice(1));
      const s = seg(text);
      const offsets = [...s.paragraphs, ...s.captions, ...s.boilerplate].map((x) => x.offset);
      expect(new Set(offsets).size).toBe(offsets.length);
      for (const p of s.paragraphs) {
        expect(p.text).toBe(p.text.trim());
        expect(p.text).not.toBe('');
        for (const x of splitSentences(p.text, p.offset)) expect(text.slice(x.offset, x.offset + x.text.length)).toBe(x.text);
      }
    }
  });
});

describe('isStatementCaption: a caption read for numbers', () => {
  const cap = (text: string) => ({ text, offset: 0 });
  it.each([
    'Đà Nẵng đặt mục tiêu kinh tế số chiếm 25% GRDP vào năm 2030; tỷ lệ dịch vụ công trực tuyến đạt 90%. Ảnh: Báo Đà Nẵng',
    'Tỉnh phấn đấu có 500 doanh nghiệp công nghệ số và 80% hộ gia đình dùng cáp quang trong năm tới (Ảnh minh họa)',
  ])('%j states a claim', (s) => expect(isStatementCaption(cap(s))).toBe(true));
  it.each([
    'Lãnh đạo tỉnh thăm gian hàng tại hội chợ năm 2024. Ảnh: TTXVN',
    'Người dân làm thủ tục tại bộ phận một cửa của phường, nơi đã có nhiều đổi mới trong cách phục vụ. Ảnh: Hồng Nhung',
    'Toàn cảnh công trường trung tâm dữ liệu lớn nhất miền Trung, khởi công tháng 3/2024. Ảnh: Báo Quảng Nam',
    'Lễ ra mắt nền tảng số dùng chung của tỉnh, tổ chức ngày 12/9/2023 tại hội trường. Ảnh: Minh Khôi',
    'Mô hình nhà máy bán dẫn được giới thiệu tại triển lãm công nghệ quý III/2025. Ảnh minh họa',
  ])('%j is a scene (its only numerals are dates)', (s) => expect(isStatementCaption(cap(s))).toBe(false));
  it('a figure beside the date still states a claim', () =>
    expect(isStatementCaption(cap('Nhà máy chip của tỉnh khởi công tháng 3/2024 với tổng vốn đầu tư 1.200 tỷ đồng, tạo việc làm cho 3.000 lao động. Ảnh: TTXVN'))).toBe(true));
  it('round 38: a caption of ten words or more with a figure states it; a shorter one names a scene', () => {
    expect(isStatementCaption(cap('VNPT dự kiến lắp đặt 2.000-2.500 trạm 5G tại miền Bắc. Ảnh: VNPT'))).toBe(true);
    expect(isStatementCaption(cap('Đoàn công tác trao 20 suất quà. Ảnh: TTXVN'))).toBe(false);
  });
  it('a run of months is no date of a photo (unlike a chart caption\'s): the caption tells a period\'s result', () =>
    expect(isStatementCaption(cap('Sau 6 tháng triển khai, mô hình chợ không dùng tiền mặt đã lan rộng tới hầu hết các xã trong huyện. Ảnh: Thu Hà'))).toBe(true));
});

describe('round 38: a byline\'s name before the date, a section over the headline with no clock, an abbreviation in a headline', () => {
  it('isDateline accepts an author\'s or a place\'s name and a dash before a date line; not a sentence', () => {
    expect(isDateline('Minh Khôi - Thứ Hai, 14/10/2024 9:05 SA')).toBe(true);
    expect(isDateline('Lê Thu Hà | 03/02/2025 08:15')).toBe(true);
    expect(isDateline('Bộ trưởng nói - 03/02/2025 là hạn chót')).toBe(false);
    expect(isDateline('minh khôi - 03/02/2025')).toBe(false);
  });
  it('a section label over a headline and its byline date is chrome, the headline is the title', () => {
    const s = seg(`Công nghệ\n\nHà Nội lắp thêm 300 trạm 5G trong quý IV\n\nMinh Khôi - Thứ Hai, 14/10/2024 9:05 SA\n\n${LONG}`);
    expect(s.title?.text).toBe('Hà Nội lắp thêm 300 trạm 5G trong quý IV');
    expect(s.dateline?.text).toBe('Minh Khôi - Thứ Hai, 14/10/2024 9:05 SA');
  });
  it('isTitleLike reads "TP. HCM" and "PGS.TS." as one sentence, two sentences as a paragraph', () => {
    expect(isTitleLike('Thúc đẩy thương mại điện tử TP. HCM: Động lực mới')).toBe(true);
    expect(isTitleLike('PGS.TS. Nguyễn Văn A: Dữ liệu là tài nguyên')).toBe(true);
    expect(isTitleLike('Tỉnh có 300 trạm. Huyện có 40 trạm')).toBe(false);
  });
});

describe('round 38: a long headline', () => {
  it('isTitleLike accepts a report\'s headline of up to 280 characters, not a longer line', () => {
    const long = 'Huyện miền núi: Tổng kết 02 năm triển khai Nghị quyết 15-NQ/HU ngày 10/3/2023 của Huyện ủy về phát triển kinh tế số và xã hội số đến năm 2026, cùng 03 năm thực hiện Đề án nông thôn mới kiểu mẫu giai đoạn 2022-2026 trên địa bàn';
    expect(long.length).toBeGreaterThan(200);
    expect(isTitleLike(long)).toBe(true);
    expect(isTitleLike(`${long} ${long}`)).toBe(false);
  });
});

