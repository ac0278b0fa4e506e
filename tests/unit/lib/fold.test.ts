import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedDWords, foldWord } from '../../../src/lib/fold';

/** The browser's copy (public/js/search-core.js) must fold exactly like the build. */
function browserCore(): { foldDiacritics(s: string): string } {
  new Function(readFileSync(new URL('../../../public/js/search-core.js', import.meta.url), 'utf8'))();
  return (globalThis as unknown as { CdsSearchCore: { foldDiacritics(s: string): string } }).CdsSearchCore;
}

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
  it('foldDiacritics matches the browser copy in public/js/search-core.js', () => {
    const core = browserCore();
    for (const s of ['Định danh điện tử', 'ĐỀ ÁN 06', 'Phạm Minh Chính', 'Ninh Bình', 'cửa khẩu', 'Chi\u0301nh']) {
      expect(core.foldDiacritics(s)).toBe(foldDiacritics(s));
    }
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
