import { describe, expect, it } from 'vitest';
import { findPhrase, foldKeepingPositions, isSyllable, phraseWords, tokenize } from '../../../scripts/ingest/folded-text';

describe('foldKeepingPositions', () => {
  it('folds diacritics and đ, lowercases, and keeps every position', () => {
    const text = 'Định danh điện tử (VNeID) đạt 84,7 triệu';
    const folded = foldKeepingPositions(text);
    expect(folded).toBe('dinh danh dien tu (vneid) dat 84,7 trieu');
    expect(folded.length).toBe(text.length);
  });
});

describe('tokenize', () => {
  it('cuts pieces at punctuation and linking words, not at decimal commas or brackets', () => {
    const pieces = (s: string) => tokenize(s).map((t) => `${t.w}/${t.piece}`).join(' ');
    expect(pieces('doanh thu đạt 84,7 tỷ, tăng 5%')).toBe('doanh/0 thu/0 dat/0 84/0 7/0 ty/0 tang/1 5/1');
    expect(pieces('A (B) và C; D: E')).toBe('a/0 b/0 va/1 c/1 d/2 e/3');
    expect(pieces('X trong đó Y so với Z')).toBe('x/0 trong/1 do/1 y/1 so/2 voi/2 z/2');
  });

  it('keeps a count\'s noun written as a pair of places or bodies in one piece ("63 tỉnh, thành phố", "500 thôn, bản")', () => {
    const pieces = (s: string) => tokenize(s).map((t) => `${t.w}/${t.piece}`).join(' ');
    expect(pieces('63 tỉnh, thành phố đã kết nối')).toBe('63/0 tinh/0 thanh/0 pho/0 da/0 ket/0 noi/0');
    expect(pieces('500 thôn, bản lõm sóng')).toBe('500/0 thon/0 ban/0 lom/0 song/0');
    expect(pieces('với 22 bộ, ngành, 4 doanh nghiệp')).toBe('voi/0 22/0 bo/0 nganh/0 4/1 doanh/1 nghiep/1');
  });

  it('cuts the pair of a rank\'s field and of a group named without a count', () => {
    const pieces = (s: string) => tokenize(s).map((t) => `${t.w}/${t.piece}`).join(' ');
    expect(pieces('xếp 31/34 tỉnh, thành phố')).toBe('xep/0 31/0 34/0 tinh/0 thanh/1 pho/1');
    expect(pieces('tại các bộ, ngành đạt')).toBe('tai/0 cac/0 bo/0 nganh/1 dat/1');
    expect(pieces('63 tỉnh, doanh nghiệp')).toBe('63/0 tinh/0 doanh/1 nghiep/1');
  });
});

describe('phraseWords / findPhrase on repeated words', () => {
  it('phraseWords gives the same words however often it is asked', () => {
    expect(phraseWords('Điện tử, CNTT-TT')).toEqual(['dien', 'tu', 'cntt', 'tt']);
    expect(phraseWords('Điện tử, CNTT-TT')).toEqual(['dien', 'tu', 'cntt', 'tt']);
  });

  it('findPhrase finds every start of a phrase whose first word repeats', () => {
    const t = tokenize('tỷ lệ hồ sơ, tỷ lệ dịch vụ công, tỷ trọng kinh tế số');
    expect(findPhrase(t, phraseWords('ty le'))).toEqual([{ first: 0, last: 1 }, { first: 4, last: 5 }]);
    expect(findPhrase(t, phraseWords('ty kinh te'))).toEqual([{ first: 9, last: 12 }]);
  });
});

describe('findPhrase', () => {
  it('finds the words of a phrase in order, with up to two extra words between them', () => {
    const t = tokenize('doanh thu của ngành công nghiệp CNTT');
    expect(findPhrase(t, phraseWords('doanh thu cong nghiep cntt'))).toEqual([{ first: 0, last: 6 }]);
    expect(findPhrase(t, phraseWords('doanh thu cntt'))).toEqual([]);
    expect(findPhrase(t, phraseWords('cntt doanh thu'))).toEqual([]);
  });
  it('matches whole words only', () => {
    expect(findPhrase(tokenize('hồ sơ'), ['ho'])).toHaveLength(1);
    expect(findPhrase(tokenize('hoàn thành'), ['ho'])).toHaveLength(0);
  });
});

describe('isSyllable', () => {
  it('tells Vietnamese syllables from acronyms and loan words', () => {
    for (const w of ['ho', 'so', 'nghieng', 'truong', 'quoc', 'tinh']) expect(isSyllable(w), w).toBe(true);
    for (const w of ['egdi', 'vneid', 'gci', 'internet', 'tthc', 'b2c', 'osi']) expect(isSyllable(w), w).toBe(false);
  });
});

describe('findPhrase: words skipped never span a comma or a semicolon', () => {
  const found = (text: string, phrase: string) => findPhrase(tokenize(text), phraseWords(phrase)).length > 0;
  it('skips words inside one piece, or across "và"', () => {
    expect(found('tổng sản phẩm quốc gia tăng', 'san pham tang')).toBe(true);
    expect(found('máy tính điện tử và linh kiện', 'may tinh va linh kien')).toBe(true);
  });
  it('joins words next to each other across a comma ("hệ thống giám sát, đo lường")', () => {
    expect(found('điện tử, máy tính và linh kiện', 'dien tu may tinh va linh kien')).toBe(true);
    expect(found('hệ thống giám sát, đo lường', 'he thong giam sat do luong')).toBe(true);
  });
  it('does not skip words across a comma or a semicolon: "GDP, tốc độ tăng" is no "GDP tăng"', () => {
    expect(found('đạt 18% GDP, tốc độ tăng 20%', 'gdp tang')).toBe(false);
    expect(found('hệ thống giám sát, đo lường', 'he thong do luong')).toBe(false);
    expect(found('thanh toán; số lượng giao dịch', 'thanh toan giao dich')).toBe(false);
  });
});

describe('tokenize / phraseWords: "i" and "y" spellings of one syllable read alike', () => {
  it('"tỉ lệ" and "tỷ lệ", "cùng kì" and "cùng kỳ", "quản lí" and "quản lý" fold to the same words', () => {
    expect(tokenize('tỉ lệ cùng kì quản lí').map((t) => t.w)).toEqual(['ty', 'le', 'cung', 'ky', 'quan', 'ly']);
    expect(phraseWords('ti trong')).toEqual(['ty', 'trong']);
    expect(findPhrase(tokenize('Tỉ trọng kinh tế số'), phraseWords('ty trong'))).toHaveLength(1);
  });
  it('other syllables keep their vowel', () => {
    expect(tokenize('thi tay').map((t) => t.w)).toEqual(['thi', 'tay']);
  });
});

describe('tokenize: "so cùng kỳ" is a linking word like "so với"', () => {
  it('starts a new piece', () => {
    const t = tokenize('tăng 10% so cùng kỳ nhờ phần cứng');
    expect(t.find((x) => x.w === 'so')!.piece).toBeGreaterThan(t.find((x) => x.w === 'tang')!.piece);
  });
});

describe('findPhrase across a time written between the words (session 25)', () => {
  const found = (text: string, phrase: string) => findPhrase(tokenize(text), phraseWords(phrase)).length > 0;
  it('skips a quarter, a month, a year and "chín tháng" for free', () => {
    expect(found('Xuất khẩu quý IV/2024 tăng mạnh', 'xuất khẩu tăng')).toBe(true);
    expect(found('Doanh thu tháng 10 năm 2023 tăng', 'doanh thu tăng')).toBe(true);
    expect(found('Doanh thu sáu tháng đầu năm tăng', 'doanh thu tăng')).toBe(true);
  });
  it('but not other words past the usual gap', () => {
    expect(found('Xuất khẩu hàng dệt may sang thị trường Mỹ tăng', 'xuất khẩu tăng')).toBe(false);
    expect(found('Xuất khẩu ba mặt hàng chủ lực tăng', 'xuất khẩu tăng')).toBe(false);
  });
});
