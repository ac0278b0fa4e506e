import { describe, expect, it } from 'vitest';
import { hasFigure, isBannerOpening, isCaptionOpening, isCapsSectionPair, isPhotoCredit, isDocumentType, isDottedHeadline, isHeaderTableOpening, isNameDashHeadline, isOutletTag, isSalutation, isSceneCaption, isSectionLabel, restates } from '../../../scripts/ingest/headline-line';
import { segmentArticle } from '../../../scripts/ingest/segment';

const lead = 'Ngày 2/5/2024, UBND tỉnh ban hành Quyết định phân bổ chỉ tiêu phát triển hạ tầng số cho các huyện giai đoạn 2024-2026, với nhiều nội dung cụ thể.';

describe('isDottedHeadline', () => {
  it('a one-sentence first line ending with "." before a dateline or a lead restating it', () => {
    expect(isDottedHeadline('Phân bổ chỉ tiêu phát triển hạ tầng số cho các huyện giai đoạn 2024-2026.', lead, true, false)).toBe(true);
    expect(isDottedHeadline('Đông Sơn: xã An Hòa ra mắt tổ công nghệ số cộng đồng.', '20/06/2024', true, true)).toBe(true);
  });
  it('not without a blank line after it, nor a date-led line, two sentences, a figure, or a lead that moves on', () => {
    expect(isDottedHeadline('Phân bổ chỉ tiêu phát triển hạ tầng số cho các huyện giai đoạn 2024-2026.', lead, false, false)).toBe(false);
    expect(isDottedHeadline('Sáng 3/6, tỉnh họp bàn về hạ tầng số.', '03/06/2024', true, true)).toBe(false);
    expect(isDottedHeadline('Tỉnh họp. Huyện họp.', '03/06/2024', true, true)).toBe(false);
    expect(isDottedHeadline('Xuất khẩu linh kiện tăng 12,5% so với tháng trước.', `Xuất khẩu linh kiện tăng 12,5% so với tháng trước, ${lead}`, true, false)).toBe(false);
    expect(isDottedHeadline('Doanh nghiệp số tiếp tục tăng nhanh trong năm nay.', lead, true, false)).toBe(false);
  });
});

describe('restates / hasFigure', () => {
  it('most of the line’s words again in a longer next line', () => {
    expect(restates('Giao kế hoạch số hóa hồ sơ cho các xã.', 'Hôm qua, tỉnh giao kế hoạch số hóa hồ sơ cho các xã, phường và thị trấn.')).toBe(true);
    expect(restates('Giao kế hoạch số hóa hồ sơ cho các xã.', 'Giao kế hoạch.')).toBe(false);
  });
  it('years and spans of years are no figures; other numbers are', () => {
    expect(hasFigure('Kế hoạch năm 2025 và giai đoạn 2026-2030.')).toBe(false);
    expect(hasFigure('Doanh thu đạt 4,5 tỷ USD.')).toBe(true);
    expect(hasFigure('Có 12 xã hoàn thành.')).toBe(true);
  });
});

describe('isCaptionOpening', () => {
  const para = 'x'.repeat(240);
  it('a section heading in sentence case, then a paragraph: the first line was a photo caption', () => {
    expect(isCaptionOpening('Những việc cần làm ngay', para, false)).toBe(true);
  });
  it('not before a byline’s name, a dateline, a short line, or a heading with a figure', () => {
    expect(isCaptionOpening('Minh Anh', para, false)).toBe(false);
    expect(isCaptionOpening('Những việc cần làm ngay', '12/03/2025', true)).toBe(false);
    expect(isCaptionOpening('Những việc cần làm ngay', 'Ngắn thôi', false)).toBe(false);
    expect(isCaptionOpening('Ba việc trong 2025', para, false)).toBe(false);
  });
});

describe('segmentArticle reads them', () => {
  it('a dotted headline, and a caption opening read as no headline', () => {
    expect(segmentArticle(`Phân bổ chỉ tiêu phát triển hạ tầng số cho các huyện giai đoạn 2024-2026.\n\n${lead}\n`).title?.text).toMatch(/^Phân bổ/u);
    expect(segmentArticle(`Cán bộ xã hướng dẫn người dân cài ứng dụng\n\nViệc cần làm ngay\n\n${'Nội dung dài của bài. '.repeat(15)}\n`).title).toBeUndefined();
    expect(segmentArticle(`Cán bộ xã hướng dẫn người dân cài ứng dụng\n\n${'Nội dung dài của bài. '.repeat(15)}\n`).title?.text).toMatch(/^Cán bộ/u);
  });
});

describe('isDocumentType', () => {
  it.each(['KẾ HOẠCH', 'NGHỊ QUYẾT', ' BÁO CÁO ', 'QUYẾT  ĐỊNH', 'ĐỀ ÁN'])('%j alone on a line is a document type, no headline', (line) => {
    expect(isDocumentType(line)).toBe(true);
  });
  it.each(['Kế hoạch', 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025', 'Báo cáo tình hình kinh tế số quý I', 'TIN TỨC'])('%j is not a bare document type', (line) => {
    expect(isDocumentType(line)).toBe(false);
  });
  it('segmentArticle reads no headline on a page that opens with the document type', () => {
    expect(segmentArticle(`NGHỊ QUYẾT\n\nVề phát triển hạ tầng số của huyện đến năm 2030\n\n${lead}\n`).title).toBeUndefined();
    expect(segmentArticle(`Kế hoạch chuyển đổi số của huyện năm 2025\n\n${lead}\n`).title?.text).toMatch(/^Kế hoạch/u);
  });
});

describe('isSectionLabel', () => {
  it.each(['Kinh tế', 'Thời sự', 'Pháp luật', 'Xã hội'])('%j is a site\'s section label', (line) => expect(isSectionLabel(line)).toBe(true));
  it.each(['Tin tổng hợp', 'Hà Nội dẫn đầu DTI 2024', 'Doanh thu đạt 5 tỷ USD', 'Quý I: tăng 17%', 'Chuyển đổi số toàn diện ở cấp xã'])('%j is not', (line) => expect(isSectionLabel(line)).toBe(false));
});

describe('isHeaderTableOpening', () => {
  it('a first line in capitals whose next line ends a table cell opens a header table', () => {
    expect(isHeaderTableOpening('ỦY BAN NHÂN DÂN', ['TỈNH BÌNH ĐỊNH |'])).toBe(true);
    expect(isHeaderTableOpening('BỘ THÔNG TIN VÀ', ['TRUYỀN THÔNG|'])).toBe(true);
  });
  it('or whose cell closes a few lines on, after more capitals or a rule', () => {
    expect(isHeaderTableOpening('ỦY BAN NHÂN DÂN', ['HUYỆN KIM SƠN', '--------', '|'])).toBe(true);
    expect(isHeaderTableOpening('SỞ KHOA HỌC', ['VÀ CÔNG NGHỆ', '|', 'CỘNG HÒA XÃ HỘI'])).toBe(true);
    expect(isHeaderTableOpening('BỘ TÀI CHÍNH', ['_______', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |'])).toBe(true);
  });
  it('a headline, or capitals not followed by a cell, is none', () => {
    expect(isHeaderTableOpening('Hà Nội dẫn đầu chỉ số chuyển đổi số', ['SỞ KHOA HỌC |'])).toBe(false);
    expect(isHeaderTableOpening('CHUYỂN ĐỔI SỐ TOÀN DIỆN', ['(TTXVN) - Ngày 3/5, …'])).toBe(false);
    expect(isHeaderTableOpening('ỦY BAN NHÂN DÂN', [])).toBe(false);
    expect(isHeaderTableOpening('CHUYỂN ĐỔI SỐ TOÀN DIỆN', ['Ngày 3/5, tỉnh họp bàn.', '|'])).toBe(false);
    expect(isHeaderTableOpening('ĐÀ NẴNG', ['ĐỨNG ĐẦU', 'VỀ CHUYỂN ĐỔI SỐ', 'NĂM NAY', '|'])).toBe(false);
  });
});

describe('isOutletTag', () => {
  it("an outlet's tag alone on a line, with or without its dash", () => {
    expect(isOutletTag('(VOV) -')).toBe(true);
    expect(isOutletTag('(Báo Nhân Dân) –')).toBe(true);
    expect(isOutletTag('(Chinhphu.vn)')).toBe(true);
  });
  it('a headline, or a tag before its lead, is none', () => {
    expect(isOutletTag('(VOV) - Ngày 5/3, tỉnh ra mắt ứng dụng du lịch')).toBe(false);
    expect(isOutletTag('Tỉnh ra mắt ứng dụng du lịch (ảnh)')).toBe(false);
  });
});

describe('segmentArticle: an outlet tag on the first line', () => {
  it('reads no headline from it', () => {
    const text = '(Người Lao Động) -\n\nNăm 2025, toàn tỉnh có 500 điểm phát sóng mới và nhiều kết quả khác được ghi nhận trong báo cáo.\n';
    expect(segmentArticle(text).title).toBeUndefined();
  });
});

describe('segmentArticle: a flattened header table', () => {
  it('reads no headline from the issuing office split over cells', () => {
    const text = 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 12/BC-STTTT |\n\nNăm 2025, toàn tỉnh có 500 điểm phát sóng mới và nhiều kết quả khác được ghi nhận trong báo cáo.\n';
    expect(segmentArticle(text).title).toBeUndefined();
  });
  it('nor from an office name over two lines and a rule before its cell closes', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\n\nKẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2024\n\nNăm 2023, toàn thành phố có 300 điểm phát sóng mới và nhiều kết quả khác được ghi nhận.\n';
    expect(segmentArticle(text).title).toBeUndefined();
  });
});

describe('round 24: isSceneCaption, a photo caption naming its scene', () => {
  it('someone speaking, chairing or visiting at an unnamed meeting, or its view', () => {
    for (const s of ['Giám đốc Sở Tài chính Trần Văn A phát biểu tại hội nghị', 'Bà Nguyễn Thị B phát biểu chỉ đạo tại buổi làm việc', 'Lãnh đạo huyện chủ trì tại hội thảo này', 'Quang cảnh hội nghị', 'Toàn cảnh diễn đàn'])
      expect(isSceneCaption(s), s).toBe(true);
  });
  it('not a headline that names the meeting or says what was said, nor a line with a figure', () => {
    for (const s of ['Bộ trưởng phát biểu tại Hội nghị tổng kết ngành năm 2024', 'Chủ tịch tỉnh: Chuyển đổi số phải lấy người dân làm trung tâm', 'Hội nghị chuyển đổi số tỉnh', 'Ông A phát biểu tại hội nghị 63 tỉnh'])
      expect(isSceneCaption(s), s).toBe(false);
  });
  it('a page opening on such a caption has no headline line (segmentArticle)', () => {
    const seg = segmentArticle('Phó Giám đốc Sở Nguyễn Văn C phát biểu tại hội nghị\n\nTại hội nghị, ông D cho biết toàn tỉnh có 500 doanh nghiệp dùng hóa đơn điện tử.\n');
    expect(seg.title).toBeUndefined();
  });
});

describe('round 27a: a sapo the body restates is no headline', () => {
  it('a line longer than a headline, restated by the paragraph after it, is a lead', () => {
    const sapo = 'Các trường học trên địa bàn triển khai sổ liên lạc điện tử sẽ giúp phụ huynh nắm bắt kịp thời tình hình học tập của con em mình và giảm bớt giấy tờ trong thời gian tới.';
    const body = 'Mặc dù còn một số khó khăn nhưng việc các trường học triển khai sổ liên lạc điện tử như vậy sẽ giúp phụ huynh nắm bắt kịp thời tình hình học tập của con em mình và giảm bớt giấy tờ trong thời gian tới tại các trường.';
    expect(restates(sapo, body)).toBe(false);
    expect(isDottedHeadline(sapo, body, true, false)).toBe(false);
  });
  it('a short dotted headline restated by its lead stays one', () => {
    expect(isDottedHeadline('Đẩy mạnh sổ liên lạc điện tử trong trường học.', 'Tỉnh đẩy mạnh triển khai sổ liên lạc điện tử trong trường học trên toàn địa bàn.', true, false)).toBe(true);
  });
});

describe('round 29a: a header line holding the national title', () => {
  it.each([
    'UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ Y TẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ])('%j is no headline', (line) => expect(isDocumentType(line)).toBe(true));
  it('a headline that names the country in sentence case is one', () => {
    expect(isDocumentType('Cộng hòa xã hội chủ nghĩa Việt Nam đón đoàn khách')).toBe(false);
    expect(segmentArticle(`UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 9/BC-UBND Lạng Sơn, ngày 2 tháng 3 năm 2023\n\n${lead}\n`).title).toBeUndefined();
  });
});

describe('round 32: isBannerOpening', () => {
  it.each([
    ['NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX', 'Thời sự'],
    ['MỪNG ĐẢNG, MỪNG XUÂN GIÁP THÌN 2024', 'Kinh tế'],
  ])('%j above %j is a banner', (line, next) => expect(isBannerOpening(line, next)).toBe(true));
  it.each([
    ['Tỉnh đạt 95% hồ sơ trực tuyến', 'Kinh tế'],
    ['KINH TẾ SỐ CHIẾM 18% GRDP', 'Năm 2024, kinh tế số của tỉnh tăng nhanh nhờ thương mại điện tử và dịch vụ số.'],
    ['NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI', undefined],
  ] as const)('%j above %j is not', (line, next) => expect(isBannerOpening(line, next)).toBe(false));
  it('leaves the page without a headline', () => {
    const text = 'KỶ NIỆM 70 NĂM NGÀY THÀNH LẬP NGÀNH (01/04/1955 - 01/04/2025)\n\nXã hội\n\nĐăng ngày: 12/03/2024 - Lượt xem: 75\n\nChợ số về xã\n\nNgười dân trong xã đã quen quét mã để trả tiền khi mua hàng.';
    expect(segmentArticle(text).title?.text ?? '').not.toMatch(/^KỶ NIỆM/u);
  });
});

describe('round 33: a speech salutation and a name before a dash', () => {
  it.each(['Kính thưa các đồng chí lãnh đạo Đảng và Nhà nước,', 'Kính gửi quý vị đại biểu', 'Thưa các quý vị khách quý', 'Thưa Quốc hội'])(
    '%s is a salutation', (l) => expect(isSalutation(l)).toBe(true));
  it.each(['Thưa thớt khách du lịch dịp cuối năm', 'Kinh tế số tăng trưởng nhanh nhất khu vực'])('%s is not', (l) => expect(isSalutation(l)).toBe(false));
  it('a page opening on a salutation has no headline', () =>
    expect(segmentArticle('Kính thưa đồng chí Bộ trưởng, thưa các vị đại biểu\n\nNăm qua, toàn ngành đạt doanh thu 150 nghìn tỷ đồng.').title).toBeUndefined());
  it.each([
    ['ABC', 'ABC', 'Nền tảng thanh toán của một quốc gia tỷ dân'],
    ['VNPT', 'VNPT', 'Doanh nghiệp dẫn đầu chuyển đổi số ngành y tế'],
  ])('%s – … is a headline about the name', (mark, outlet, rest) => expect(isNameDashHeadline(mark, outlet, rest)).toBe(true));
  it('a known outlet\'s mark opens a lead', () => expect(isNameDashHeadline('TTXVN', 'Thông tấn xã Việt Nam', 'Bộ trưởng làm việc với tỉnh')).toBe(false));
  it('a bracketed tag opens a lead', () => expect(isNameDashHeadline('(XYZ)', 'XYZ', 'Bộ trưởng làm việc với tỉnh')).toBe(false));
  it('a long line after the dash is a lead', () =>
    expect(isNameDashHeadline('BĐT', 'BĐT', 'Chiều qua tại Đà Nẵng Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết sáu tháng đầu năm và bàn nhiệm vụ quý tới với sự góp mặt của')).toBe(false));
  it('segmentArticle reads the headline', () =>
    expect(segmentArticle('QR – Cách thanh toán mới của người bán hàng rong\n\nNgười bán trà đá giờ cũng nhận tiền qua mã QR.').title?.text).toBe('QR – Cách thanh toán mới của người bán hàng rong'));
});

describe('round 39: a photo credit or a portal\'s section pair opening the page', () => {
  it('isPhotoCredit reads an illustration\'s label and a credit, not a headline naming a photo', () => {
    for (const s of ['Ảnh minh hoạ', 'Ảnh: Minh Đức', 'Người dân làm thủ tục tại bộ phận một cửa (Nguồn: UBND huyện)']) expect(isPhotoCredit(s), s).toBe(true);
    expect(isPhotoCredit('Triển lãm ảnh về chuyển đổi số thu hút 5.000 lượt khách')).toBe(false);
  });
  it('isCapsSectionPair reads "KINH TẾ - ĐẦU TƯ", not a headline in capitals', () => {
    expect(isCapsSectionPair('KINH TẾ - ĐẦU TƯ')).toBe(true);
    expect(isCapsSectionPair('HÀ NỘI ĐẨY MẠNH CHUYỂN ĐỔI SỐ')).toBe(false);
    expect(isCapsSectionPair('Kinh tế - Đầu tư')).toBe(false);
  });
  it('the page opening on either has no headline line', () => {
    const body = 'Sáng nay, tại trụ sở UBND huyện, đoàn công tác của tỉnh đã làm việc về tiến độ số hóa hồ sơ, với nhiều kết quả đáng ghi nhận trong quý vừa qua.';
    expect(segmentArticle(`Ảnh minh hoạ (Nguồn: Internet)\n\n${body}\n`).title).toBeUndefined();
    expect(segmentArticle(`KINH TẾ - ĐẦU TƯ\n\n${body}\n`).title).toBeUndefined();
  });
});
