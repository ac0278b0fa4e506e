import { describe, expect, it } from 'vitest';
import { findPeople, findPlace, isPersonName, isVietnameseSyllable } from '../../../scripts/ingest/entities';

describe('findPeople', () => {
  it('findPeople reads the role right before a name', () => {
    expect(findPeople(['Đó là chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính tại hội nghị.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Thủ tướng Chính phủ' },
    ]);
    expect(findPeople(['Cùng dự có Phó Thủ tướng Chính phủ Trần Lưu Quang.'])).toEqual([
      { name: 'Trần Lưu Quang', role: 'Phó Thủ tướng Chính phủ' },
    ]);
    expect(findPeople(['Nhờ sự chỉ đạo của Tổng Bí thư Tô Lâm, kết quả đạt được rất lớn.'])).toEqual([{ name: 'Tô Lâm', role: 'Tổng Bí thư' }]);
  });

  it('findPeople keeps a ministry name inside the role', () => {
    expect(findPeople(['Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng cho biết kết quả.'])).toEqual([
      { name: 'Nguyễn Mạnh Hùng', role: 'Bộ trưởng Bộ Thông tin và Truyền thông' },
    ]);
    expect(findPeople(['Giám đốc Sở Thông tin và Truyền thông Lê Văn An cho biết như vậy.'])).toEqual([
      { name: 'Lê Văn An', role: 'Giám đốc Sở Thông tin và Truyền thông' },
    ]);
  });

  it('findPeople reads comma-separated titles after "đồng chí NAME,"', () => {
    expect(findPeople(['Dự phiên họp có đồng chí Vũ Chí Giang, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh và lãnh đạo một số sở.'])).toEqual([
      { name: 'Vũ Chí Giang', role: 'Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh' },
    ]);
    expect(findPeople(['Có đồng chí Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; giám đốc các sở.'])).toEqual([
      { name: 'Trịnh Xuân Trường', role: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
    ]);
  });

  it('findPeople stops the last title at the predicate', () => {
    expect(findPeople(['Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì phiên họp.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số' },
    ]);
    expect(findPeople(['Ông Trần Văn Sơn, Giám đốc Sở Tài chính, cho biết ngân sách tăng.'])).toEqual([
      { name: 'Trần Văn Sơn', role: 'Giám đốc Sở Tài chính' },
    ]);
    expect(findPeople(['Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số biểu dương các bộ.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về chuyển đổi số' },
    ]);
  });

  it('findPeople joins earlier comma titles and a title after a dash', () => {
    expect(findPeople(['Ngày 6-2-2025, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban (Ủy ban), chủ trì phiên họp.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, Chủ tịch Ủy ban' },
    ]);
    expect(findPeople(['Thủ tướng Phạm Minh Chính- Chủ tịch Ủy ban quốc gia về chuyển đổi số (CĐS), vừa chủ trì hội nghị.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Thủ tướng, Chủ tịch Ủy ban quốc gia về chuyển đổi số' },
    ]);
  });

  it('findPeople gives a role shared by a list to every name', () => {
    const expected = ['Lê Minh Khái', 'Trần Hồng Hà', 'Lê Thành Long'].map((name) => ({ name, role: 'Phó Thủ tướng Chính phủ' }));
    expect(findPeople(['Dự hội nghị có các Phó Thủ tướng Chính phủ: Lê Minh Khái, Trần Hồng Hà, Lê Thành Long; các bộ trưởng.'])).toEqual(expected);
    expect(findPeople(['Dự có các Phó Thủ tướng Chính phủ Lê Minh Khái, Trần Hồng Hà và Lê Thành Long.'])).toEqual(expected);
  });

  it('findPeople does not spread a singular role over a following name', () => {
    expect(findPeople(['Thủ tướng Phạm Minh Chính, Nguyễn Văn Bình và các đại biểu dự.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Thủ tướng' },
      { name: 'Nguyễn Văn Bình' },
    ]);
  });

  it('findPeople deduplicates by name and keeps the most complete role, in first-seen order', () => {
    const out = findPeople([
      'Thủ tướng Phạm Minh Chính chỉ đạo. Bộ trưởng Bộ Tài chính Hồ Đức Phớc báo cáo.',
      'Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ phát biểu.',
      'Thủ tướng Phạm Minh Chính kết luận.',
    ]);
    expect(out).toEqual([
      { name: 'Phạm Minh Chính', role: 'Ủy viên Bộ Chính trị, Thủ tướng Chính phủ' },
      { name: 'Hồ Đức Phớc', role: 'Bộ trưởng Bộ Tài chính' },
    ]);
  });

  it('findPeople separates a place before a name ("UBND tỉnh Lào Cai Trịnh Xuân Trường")', () => {
    expect(findPeople(['Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường phát biểu.'])).toEqual([
      { name: 'Trịnh Xuân Trường', role: 'Chủ tịch UBND tỉnh Lào Cai' },
    ]);
  });

  it('findPeople splits a name glued to the next word ("Chínhphát biểu")', () => {
    expect(findPeople(['Thủ tướng Chính phủ Phạm Minh Chínhphát biểu tại phiên họp.'])).toEqual([
      { name: 'Phạm Minh Chính', role: 'Thủ tướng Chính phủ' },
    ]);
  });

  it('findPeople accepts a name without a common surname only after a title', () => {
    expect(findPeople(['Bí thư Tỉnh ủy Giàng Seo Phử dự lễ.'])).toEqual([{ name: 'Giàng Seo Phử', role: 'Bí thư Tỉnh ủy' }]);
    expect(findPeople(['Sau đó Giàng Seo Phử dự lễ.'])).toEqual([]);
  });

  it('findPeople accepts a 3-syllable name with a common surname and no title', () => {
    expect(findPeople(['Theo Nguyễn Văn Bình, kết quả rất tốt.'])).toEqual([{ name: 'Nguyễn Văn Bình' }]);
    expect(findPeople(['Anh Nguyễn Văn Bình cho biết.'])).toEqual([{ name: 'Nguyễn Văn Bình' }]);
  });

  it('findPeople does not take organisations, places or regions for people', () => {
    const text = [
      'Bộ Công an, Ủy ban Quốc gia về chuyển đổi số, UBND tỉnh Lào Cai, Liên hợp quốc, Ngân hàng Nhà nước và Chính phủ họp.',
      'Việt Nam đứng thứ 7 khu vực châu Á - Thái Bình Dương, nhanh nhất Đông Nam Á; Hà Nội, Đà Nẵng dẫn đầu.',
      'Đề án 06 của Trung ương; phố Lê Lợi; tư tưởng Hồ Chí Minh; Thành phố Hồ Chí Minh; Hà Nội Mới.',
      'Thủ tướng Chính phủ nhấn mạnh vai trò của Bộ Thông tin và Truyền thông.',
    ];
    expect(findPeople(text)).toEqual([]);
  });

  it('findPeople accepts a name that is also a place only right after a plain title', () => {
    expect(findPeople(['Học tập tấm gương Chủ tịch Hồ Chí Minh.'])).toEqual([{ name: 'Hồ Chí Minh', role: 'Chủ tịch' }]);
  });

  it('findPeople ignores foreign names and empty input', () => {
    expect(findPeople(['Tổng thống Joe Biden và CEO Jensen Huang dự.'])).toEqual([]);
    expect(findPeople([])).toEqual([]);
    expect(findPeople([''])).toEqual([]);
  });

  it('findPeople does not take a title cut by a predicate before an honorific', () => {
    expect(findPeople(['Chủ tịch UBND tỉnh đã giao cho ông Lê Văn Tám thực hiện.'])).toEqual([{ name: 'Lê Văn Tám' }]);
  });
});

describe('isVietnameseSyllable / isPersonName', () => {
  it('isVietnameseSyllable accepts Vietnamese syllables and rejects glued or foreign words', () => {
    for (const s of ['Nguyễn', 'Trường', 'Quang', 'Giang', 'Khuyến', 'Thùy', 'Y', 'Hoàng', 'nghiêng']) expect(isVietnameseSyllable(s), s).toBe(true);
    for (const s of ['Chínhphát', 'Google', 'Marvell', 'NVIDIA', 'Kđăm', 'abc1']) expect(isVietnameseSyllable(s), s).toBe(false);
  });

  it('isPersonName needs 2–4 capitalised syllables', () => {
    expect(isPersonName('Thùy Linh')).toBe(true);
    expect(isPersonName('Phạm Minh Chính')).toBe(true);
    expect(isPersonName('Tôn Nữ Thị Ninh')).toBe(true);
    expect(isPersonName('Linh')).toBe(false);
    expect(isPersonName('AN NHIÊN')).toBe(false);
    expect(isPersonName('Thủ tướng')).toBe(false);
    expect(isPersonName('A B C D E')).toBe(false);
  });
});

describe('findPlace', () => {
  it('findPlace reads "điểm cầu X" and "điểm cầu tỉnh X"', () => {
    expect(findPlace(['Dự hội nghị tại điểm cầu Lào Cai có lãnh đạo tỉnh.'])).toBe('Lào Cai');
    expect(findPlace(['Các đại biểu dự tại điểm cầu tỉnh Vĩnh Phúc.'])).toBe('Vĩnh Phúc');
    expect(findPlace(['chủ trì hội nghị tại đầu cầu Ninh Bình.'])).toBe('Ninh Bình');
  });

  it('findPlace ignores "điểm cầu Chính phủ" and "điểm cầu 63 tỉnh"', () => {
    expect(findPlace(['Kết nối trực tuyến đến điểm cầu 63 tỉnh, thành.', 'Đại biểu dự họp tại điểm cầu Chính phủ.'])).toBeUndefined();
  });

  it('findPlace returns the best-scored place', () => {
    const p = ['Hội nghị tại Hà Nội có đại biểu tỉnh Nghệ An.', 'Dự tại điểm cầu Nghệ An có lãnh đạo tỉnh.'];
    expect(findPlace(p)).toBe('Nghệ An');
    expect(findPlace(['Hội nghị tại Hà Nội.', 'Đoàn công tác tại Đà Nẵng.'])).toBe('Hà Nội');
  });

  it('findPlace reads an all-caps dateline prefix', () => {
    expect(findPlace(['HÀ NỘI - Sáng 5/3, Bộ Công an tổ chức hội nghị.'])).toBe('Hà Nội');
  });

  it('findPlace folds aliases and old spellings to the canonical name', () => {
    expect(findPlace(['Dự tại điểm cầu TP.HCM có lãnh đạo thành phố.'])).toBe('Thành phố Hồ Chí Minh');
    expect(findPlace(['Dự tại điểm cầu Thành phố Hồ Chí Minh.'])).toBe('Thành phố Hồ Chí Minh');
    expect(findPlace(['Dự tại điểm cầu Thanh Hoá.'])).toBe('Thanh Hóa');
    expect(findPlace(['Dự tại điểm cầu Thừa Thiên Huế.'])).toBe('Thừa Thiên Huế');
    expect(findPlace(['Dự tại điểm cầu Huế.'])).toBe('Huế');
    expect(findPlace(['Dự tại điểm cầu Bà Rịa - Vũng Tàu.'])).toBe('Bà Rịa - Vũng Tàu');
  });

  it('findPlace does not count bare names inside other names, nor non-provinces', () => {
    expect(findPlace(['Đại học Quốc gia Hà Nội công bố báo cáo.'])).toBeUndefined();
    expect(findPlace(['Hội nghị tổ chức tại Việt Nam và tại Singapore.'])).toBeUndefined();
    expect(findPlace([])).toBeUndefined();
  });

  it('findPlace does not match a province inside a longer word', () => {
    expect(findPlace(['Dự tại điểm cầu Lào Caii.'])).toBeUndefined();
  });
});
