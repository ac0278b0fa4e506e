import { describe, expect, it } from 'vitest';
import { exactKey, foldDiacritics, foldedDWords, foldWord, searchKey } from '../../../src/lib/fold';

describe('foldDiacritics', () => {
  it('foldDiacritics("Định danh điện tử") removes marks and folds đ', () => {
    expect(foldDiacritics('Định danh điện tử')).toBe('Dinh danh dien tu');
  });
  it('foldDiacritics keeps case, digits and punctuation', () => {
    expect(foldDiacritics('Đề án 06: 84,7 triệu')).toBe('De an 06: 84,7 trieu');
  });
  it('foldDiacritics folds every Vietnamese vowel with every tone', () => {
    expect(foldDiacritics('àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ'))
      .toBe('aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy');
  });
  it('foldDiacritics reads decomposed input (NFD, as some keyboards type it)', () => {
    expect(foldDiacritics('Chi\u0301nh phu\u0309')).toBe('Chinh phu');
  });
});

describe('foldWord', () => {
  it('foldWord("Điện") is lower-case "dien"', () => {
    expect(foldWord('Điện')).toBe('dien');
    expect(foldWord('ĐỀ')).toBe('de');
  });
});

describe('foldedDWords', () => {
  it('foldedDWords keeps only words with đ, folded and distinct, in first-seen order', () => {
    expect(foldedDWords('Đề án Phát triển dữ liệu dân cư, định danh và xác thực điện tử; đề án')).toEqual(['de', 'dinh', 'dien']);
  });
  it('foldedDWords folds abbreviations and capitals ("CĐS", "ĐỔI")', () => {
    expect(foldedDWords('Ủy ban quốc gia về CĐS; CHUYỂN ĐỔI SỐ')).toEqual(['cds', 'doi']);
  });
  it('foldedDWords finds nothing in text without đ', () => {
    expect(foldedDWords('Thủ tướng Chính phủ Phạm Minh Chính, 84,7 triệu')).toEqual([]);
  });
  it('foldedDWords reads decomposed text', () => {
    expect(foldedDWords('đe\u0302\u0300 án')).toEqual(['de']);
  });
});

describe('searchKey', () => {
  it('searchKey folds and keeps letters and digits only, as Pagefind reads words', () => {
    expect(searchKey('E-Government')).toBe('egovernment');
    expect(searchKey('84,7')).toBe('847');
    expect(searchKey('“Điện,')).toBe('dien');
    expect(searchKey('—')).toBe('');
  });
});

describe('exactKey', () => {
  it('exactKey keeps the marks but not case or punctuation', () => {
    expect(exactKey('“Bình,')).toBe('bình');
    expect(exactKey('Bi\u0300nh')).toBe('bình');
    expect(exactKey('Binh')).not.toBe(exactKey('Bình'));
  });
});
