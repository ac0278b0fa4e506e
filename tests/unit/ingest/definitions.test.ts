import { describe, expect, it } from 'vitest';
import { isDefinitionNumber, isNumberOneTitle, isSpelledRankField, opensTechMove } from '../../../scripts/ingest/definitions';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('isDefinitionNumber: the parts and maxima of an index defined by its parts', () => {
  it('drops the counts of parts, the bracketed maxima and the total of a definition', () => {
    expect(texts('Bộ chỉ số PII gồm 9 chỉ số chia thành 2 nhóm: Thể chế (250 điểm) và Hạ tầng (150 điểm), tổng điểm tối đa là 400.')).toEqual([]);
    expect(texts('Chỉ số cấp bộ được cấu trúc theo 3 trụ cột, bao gồm 6 chỉ số chính với 25 chỉ số thành phần.')).toEqual([]);
    expect(texts('Bộ chỉ số có 3 trụ cột với 9 chỉ số chính và 42 chỉ số thành phần; Chính quyền số: 350 điểm, Xã hội số (tối đa 250 điểm).')).toEqual([]);
  });
  it('keeps scores and counts in a sentence that defines nothing', () => {
    expect(texts('Tỉnh đạt tổng điểm 812, tăng 40 điểm; 12 chỉ số tăng điểm so với năm trước.')).toEqual(['812', '40 điểm', '12']);
    expect(texts('Đồng Nai (720 điểm) đứng thứ 5.')).toEqual(['720 điểm', '5']);
  });
  it('keeps a score given with "đạt" in a definition sentence', () => {
    const s = 'Bộ chỉ số gồm 5 trụ cột, tỉnh đạt 610 điểm.';
    expect(isDefinitionNumber(s, s.indexOf('610'), s.indexOf('610') + 9, true)).toBe(false);
  });
});

describe('isNumberOneTitle: "số 1" as a title', () => {
  it.each([
    ['là doanh nghiệp số ', ' với 40% thị phần'], ['thương hiệu số ', ' Việt Nam'], ['giữ vị thế nhà cung cấp số ', '.'],
  ])('%j 1 %j is a title', (before, after) => {
    expect(isNumberOneTitle('1', before, after)).toBe(true);
  });
  it.each([
    ['1', 'vị trí số ', '.'], ['1', 'tổng số ', ' dự án'], ['2', 'nhà mạng số ', '.'], ['1', 'nhà mạng số ', ' triệu thuê bao'], ['1', 'chỉ số ', ','],
  ])('%s after %j, before %j is no title', (raw, before, after) => {
    expect(isNumberOneTitle(raw, before, after)).toBe(false);
  });
  it('findNumbers keeps the share after the title', () => {
    expect(texts('Năm 2023, hãng vẫn là nhà bán lẻ số 1 với 31,2% thị phần.')).toEqual(['31,2%']);
  });
});

describe('opensTechMove: a move whose unit (Mbps, GB, MHz) follows the second value only', () => {
  it.each([
    'tốc độ tải lên tăng từ 61.2 lên 64.05 Mbps', 'dung lượng giảm từ 120 xuống 96 GB', 'băng thông từ 3,5 trong quý I lên 4,2 Gbps',
  ])('%j: the first value is no claim', (s) => {
    expect(texts(s)).toEqual([]);
  });
  it.each([
    ['tỷ lệ tăng từ 61 lên 64%', ['61', '64%']], ['số trạm từ 120 lên 150 trạm', ['120', '150']],
  ])('%j keeps its values', (s, want) => {
    expect(texts(s)).toEqual(want);
  });
  it('needs a "từ" before the first value', () => {
    const s = 'đạt 12 lên 15 Mbps';
    expect(opensTechMove(s, s.indexOf('12') + 2)).toBe(false);
  });
});

describe('isSpelledRankField: the field of a rank written in words', () => {
  it('drops the field size and keeps the score', () => {
    expect(texts('Đà Nẵng đạt 0,79 điểm, đứng thứ ba trong số 63 tỉnh, thành phố.')).toEqual(['0,79 điểm']);
  });
  it.each([
    ['xếp thứ nhì trên ', ' quốc gia', true], ['dẫn đầu cả nước trong số ', ' tỉnh', true], ['cao nhất trong ', ' tháng', false], ['xếp thứ nhì trên ', ' doanh nghiệp', false], ['có ', ' tỉnh', false],
  ])('%j N %j → %s', (before, after, want) => {
    expect(isSpelledRankField(before, after)).toBe(want);
  });
});

describe('a group size with its names listed, then what they did', () => {
  it('drops the size of a listed group followed by a verb', () => {
    expect(texts('Đến nay, 4 tỉnh gồm: Cà Mau, Sơn La, Bến Tre và Yên Bái đã đạt 100% xã có điểm phục vụ.')).toEqual(['100%']);
  });
  it('keeps a count whose list is shorter than it says', () => {
    expect(texts('Đến nay, 6 tỉnh gồm: Cà Mau, Sơn La đã đạt 100% xã có điểm phục vụ.')).toEqual(['6', '100%']);
  });
});

describe('isNoClaim: the bound a ratio is held to (round 26a)', () => {
  it.each([
    'Công ty giữ hệ số khả năng thanh toán lớn hơn 1.',
    'Hệ số nợ trên vốn chủ sở hữu phải nhỏ hơn 3;',
    'Chỉ số an toàn vốn cao hơn hoặc bằng 2, theo quy định.',
  ])('%j has no figure', (s) => expect(findNumbers(s)).toEqual([]));
  it('keeps a comparison with its unit', () => {
    expect(findNumbers('Doanh thu lớn hơn 3 lần năm trước.').map((m) => m.text)).toEqual(['3 lần']);
  });
});

describe('isNoClaim: the "1" an average or a price is given for (round 26a)', () => {
  it.each([
    ['Giá trị 1 đơn hàng khoảng 350.000 đồng.', ['350.000 đồng']],
    ['Bình quân 1 người dân có 2 tài khoản ngân hàng.', ['2']],
    ['Chi phí cho 1 hồ sơ trực tuyến chỉ 15.000 đồng.', ['15.000 đồng']],
  ])('%j', (s, want) => expect(findNumbers(s).map((m) => m.text)).toEqual(want));
  it('keeps a count of one', () => {
    expect(findNumbers('Tỉnh có 1 trung tâm dữ liệu.').map((m) => m.text)).toEqual(['1']);
  });
});

describe('round 29a: a scale defined by its levels, an index by its parts', () => {
  it('drops the count of levels and each level’s thresholds', () => {
    expect(texts('Ngân hàng Thế giới xếp chỉ số ABC theo 5 mức xếp loại, gồm: xuất sắc trên 0,8 điểm; tốt từ 0,6 – 0,8 điểm; khá từ 0,3 – 0,6 điểm và yếu dưới 0,3 điểm.')).toEqual([]);
    expect(texts('Chỉ số được chia theo 3 mức độ: tốt (từ 70%), khá (từ 50% đến dưới 70%) và yếu (dưới 50%).')).toEqual([]);
  });
  it('keeps a score compared with a level outside such a list', () => {
    expect(texts('Chỉ số đạt 0,72 điểm, cao hơn mức trung bình từ 0,6 điểm.')).toEqual(['0,72 điểm', '0,6 điểm']);
  });
  it('drops a count of parts after "có", the parts’ indicators and each part’s maximum', () => {
    expect(texts('Bộ chỉ số ABC có 5 trụ cột, mỗi trụ cột 25 điểm, gồm 19 chỉ số và 60 chỉ tiêu.')).toEqual([]);
    expect(texts('Bộ chỉ số gồm 4 trụ cột, mỗi trụ cột tối đa 250 điểm.')).toEqual([]);
    expect(texts('Việt Nam có 8 chỉ số tăng điểm so với năm trước.')).toEqual(['8']);
  });
});

describe('round 38: a method that uses its parts', () => {
  it('the counts of indicators and aspects of a method are its definition', () => {
    const s = 'Phương pháp đánh giá năm 2024 sử dụng 39 chỉ số trên ba trụ cột với 12 khía cạnh khác nhau.';
    for (const n of ['39', '12']) {
      const p = s.indexOf(` ${n} `) + 1;
      expect(isDefinitionNumber(s, p, p + n.length, false), n).toBe(true);
    }
  });
  it('not a count of indicators that improved, nor aspects without a definition', () => {
    const s = 'Năm 2024, Việt Nam sử dụng 39 chỉ số tăng điểm so với năm trước.';
    expect(isDefinitionNumber(s, s.indexOf('39'), s.indexOf('39') + 2, false)).toBe(false);
    const t = 'Đoàn kiểm tra đã xem xét 12 khía cạnh của dự án.';
    expect(isDefinitionNumber(t, t.indexOf('12'), t.indexOf('12') + 2, false)).toBe(false);
  });
});

describe('round 39: a pair of values whose unit follows the second only', () => {
  it.each([
    'hai nước dẫn đầu với tốc độ 141,2 và 139,8 Mbps', 'độ trễ đo được 22 và 27 ms', 'bộ nhớ lần lượt 256, 512 GB',
  ])('%j: neither is a claim', (s) => {
    expect(texts(s)).toEqual([]);
  });
  it('a pair of counts or shares keeps both', () => {
    expect(texts('có 12 và 15 trạm phát sóng')).toEqual(['12', '15']);
    expect(texts('tăng 12 và 15%')).toEqual(['12', '15%']);
  });
});
