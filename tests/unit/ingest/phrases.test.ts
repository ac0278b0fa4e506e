import { describe, expect, it } from 'vitest';
import { foreignCountry, isTimePhrase, isWeakPhrase, isWeakWord, phraseAfter, phraseAfterSpan, syllables, tidy, namesListedBody } from '../../../scripts/ingest/phrases';

describe('syllables / isWeakWord / isWeakPhrase', () => {
  it('syllables lowercases and splits at spaces and punctuation', () => {
    expect(syllables('Tỷ lệ (hồ sơ), 84,7%')).toEqual(['tỷ', 'lệ', 'hồ', 'sơ', '84', '7%']);
  });

  it('isWeakPhrase is true for verbs, hedges, "Việt Nam" and years only', () => {
    for (const s of ['', 'đạt', 'Việt Nam giữ nguyên thứ hạng là', 'ngành có', '2022 đạt', 'tăng trưởng', 'Malaysia'])
      expect(isWeakPhrase(s), s).toBe(true);
    for (const s of ['tỷ trọng', 'doanh thu phần mềm', 'các bộ, ngành', 'dữ liệu mở xếp thứ'])
      expect(isWeakPhrase(s), s).toBe(false);
  });

  it('isWeakPhrase drops weak phrases that follow each other, and only whole words', () => {
    for (const s of ['so với cùng kỳ', 'tăng trưởng so với cùng kỳ năm 2023', 'theo đó cả nước đạt', 'việt nam việt nam'])
      expect(isWeakPhrase(s), s).toBe(true);
    for (const s of ['so vớii cùng kỳ xx', 'tổng cộng sản phẩm số', 'kỳ vọng cùng kỳ'])
      expect(isWeakPhrase(s), s).toBe(false);
  });

  it('isWeakWord knows linking words', () => {
    expect(isWeakWord('Đạt')).toBe(true);
    expect(isWeakWord('ngành')).toBe(false);
  });

  it('isTimePhrase tells a period from a thing', () => {
    expect(isTimePhrase('trong giai đoạn 2021 - 2024')).toBe(true);
    expect(isTimePhrase('năm 2023')).toBe(true);
    expect(isTimePhrase('trong GDP')).toBe(false);
  });
});

describe('tidy', () => {
  it('tidy strips connectors before and verbs, hedges and punctuation after', () => {
    expect(tidy('Tuy nhiên, doanh thu phần mềm ước đạt trên')).toBe('doanh thu phần mềm');
    expect(tidy('trong đó tỷ lệ hồ sơ còn')).toBe('tỷ lệ hồ sơ');
    expect(tidy('dữ liệu mở xếp thứ')).toBe('dữ liệu mở');
    expect(tidy('“tăng tốc, bứt phá”')).toBe('tăng tốc, bứt phá');
    expect(tidy('thủ tục hành chính (TTHC)')).toBe('thủ tục hành chính (TTHC)');
    expect(tidy('gấp 2 lần)')).toBe('gấp 2 lần');
  });

  it('tidy keeps "trở lên"', () => {
    expect(tidy('dân số từ 15 tuổi trở lên')).toBe('dân số từ 15 tuổi trở lên');
  });
});

describe('phraseAfter', () => {
  const after = (s: string, n: string) => phraseAfter(s, s.indexOf(n) + n.length, s.length);
  it('phraseAfter reads the counted noun and reads on over short listed nouns', () => {
    expect(after('cấp 1,2 triệu thẻ căn cước gắn chip; đã kích hoạt', '1,2 triệu')).toBe('thẻ căn cước gắn chip');
    expect(after('có 18 sở, ngành, huyện, thành phố trong tỉnh', '18')).toBe('sở, ngành, huyện, thành phố trong tỉnh');
    expect(after('với 1.200 tổ và 6.000 thành viên', '1.200')).toBe('tổ');
  });

  it('phraseAfter returns nothing after a comparison or time word', () => {
    expect(after('tăng 12% so với năm 2023', '12%')).toBe('');
    expect(after('chiếm 15% trong GDP', '15%')).toBe('');
  });

  it('phraseAfterSpan ends where the raw words end', () => {
    const s = 'có 5/20 sở, ngành có tỷ lệ dưới 30%';
    const r = phraseAfterSpan(s, s.indexOf('5/20') + 4, s.indexOf('30%'));
    expect(r.text).toBe('sở, ngành có tỷ lệ');
    expect(s.slice(r.end)).toBe('30%');
  });
});

describe('foreignCountry', () => {
  it('foreignCountry names another country and leaves Việt Nam, provinces and names alone', () => {
    expect(foreignCountry('trong khi Indonesia xếp thứ')).toBe('Indonesia');
    expect(foreignCountry('Hàn Quốc đứng thứ')).toBe('Hàn Quốc');
    expect(foreignCountry('Việt Nam đứng thứ')).toBeUndefined();
    expect(foreignCountry('tỉnh Lào Cai đứng thứ')).toBeUndefined();
    expect(foreignCountry('bà Minh Anh cho biết')).toBeUndefined();
  });
});

describe('namesListedBody', () => {
  it('values in brackets after names listed under "Các bộ … là:" are each one ministry\'s', () => {
    const s = 'Các bộ có tỷ lệ hồ sơ trực tuyến cao nhất lần lượt là: Tư pháp (90%), Nội vụ (85%) và Y tế (80%).';
    for (const n of ['90%', '85%', '80%']) expect(namesListedBody(s, s.indexOf(n)), n).toBe(true);
  });

  it('provinces listed under a provinces\' lead, or a bracket without a list lead, are not', () => {
    const t = 'Các địa phương dẫn đầu lần lượt là: Đà Nẵng (90%), Huế (85%).';
    expect(namesListedBody(t, t.indexOf('90%'))).toBe(false);
    const u = 'Tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 55% (năm 2023: 40%).';
    expect(namesListedBody(u, u.indexOf('40%'))).toBe(false);
  });
});
