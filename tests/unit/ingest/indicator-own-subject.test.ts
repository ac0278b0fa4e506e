import { describe, expect, it } from 'vitest';
import { namesOwnSubject, placeTokens } from '../../../scripts/ingest/indicator-own-subject';
import { tokenize } from '../../../scripts/ingest/folded-text';

describe('places are who, not what', () => {
  it('placeTokens marks the words of province names written in a row', () => {
    const t = tokenize('Đà Nẵng (58%), Hà Giang (55%) và TP. Hồ Chí Minh đạt');
    const words = [...placeTokens(t)].sort((a, b) => a - b).map((i) => t[i]!.w);
    expect(words).toEqual(['da', 'nang', 'ha', 'giang', 'tp', 'ho', 'chi', 'minh']);
    expect(placeTokens(tokenize('nam giang ha hoi'))).toEqual(new Set());
  });

  it('namesOwnSubject: places, bodies, measure and rank words name no subject; three subject words do', () => {
    for (const s of ['đà nẵng (58,89%), hà giang (55,76%) và nam định (', 'khối tỉnh, thành chỉ đạt', 'giữa tỉnh đứng đầu là bắc ninh (', 'riêng tháng 6/2024 đạt gần',
      'sự chênh lệch giữa tỉnh cao nhất, long an (', 'khoảng cách giữa thành phố dẫn đầu là cần thơ ('])
      expect(namesOwnSubject(s), s).toBe(false);
    for (const s of ['doanh thu dịch vụ bưu chính ước đạt', 'số lượng giao dịch phi tiền mặt đã tăng'])
      expect(namesOwnSubject(s), s).toBe(true);
  });
  it('namesOwnSubject: a noun pointed back to with "này" names the subject before, not one of its own (round 46)', () => {
    for (const s of [', nhưng lĩnh vực chủ lực này giảm tới ', ', trong đó con số này tăng ', '; ngành công nghiệp này đạt '])
      expect(namesOwnSubject(s), s).toBe(false);
    expect(namesOwnSubject(', nhưng doanh thu dịch vụ viễn thông giảm ')).toBe(true);
  });
});
