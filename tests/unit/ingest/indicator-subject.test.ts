import { describe, expect, it } from 'vitest';
import { namesProvince, namesWorld, subjectAllows } from '../../../scripts/ingest/indicator-subject';
import { tokenize } from '../../../scripts/ingest/folded-text';
import { indicatorSchema, type Indicator } from '../../../src/schemas/lexicon';

const ind = (subject: Indicator['subject'], totals?: number[]): Indicator => indicatorSchema.parse({
  id: 'x', label: { vi: 'x', en: 'x' }, definition: { vi: 'x.', en: 'x.' }, topic: 't', subject, units: ['percent'], concepts: [['x']], ...(totals ? { totals } : {}),
});
const evidence = (text: string, sentence = text, total?: number) => ({ span: tokenize(text), text, sentence, total });

describe('namesProvince', () => {
  it('finds provinces by name, old and new, and common spellings', () => {
    for (const t of ['tỉnh lào cai đạt', 'tp.hcm có', 'hà nam', 'thành phố hồ chí minh', 'đắk lắk']) expect(namesProvince(t), t).toBe(true);
  });
  it('does not read the Pacific, peace or ordinary words as provinces', () => {
    for (const t of ['khu vực châu á - thái bình dương', 'hòa bình và hợp tác', 'chính phủ điện tử', 'cả nước']) expect(namesProvince(t), t).toBe(false);
  });
});

describe('subjectAllows', () => {
  it('a country indicator rejects a clause about a province', () => {
    expect(subjectAllows(ind('country'), evidence('tỷ lệ hồ sơ trực tuyến cả nước đạt 42%'))).toBe(true);
    expect(subjectAllows(ind('country'), evidence('tỷ lệ hồ sơ trực tuyến của tỉnh lào cai đạt 85%'))).toBe(false);
    expect(subjectAllows(ind('country'), evidence('toàn tỉnh có 85% hồ sơ trực tuyến'))).toBe(false);
  });
  it('a province indicator needs a province in the sentence, or a field of 63 or 34', () => {
    expect(subjectAllows(ind('province'), evidence('dti đạt 0,6', 'trà vinh: dti đạt 0,6'))).toBe(true);
    expect(subjectAllows(ind('province'), evidence('dti đạt 0,6'))).toBe(false);
    expect(subjectAllows(ind('province', [63, 34]), evidence('dti xếp thứ 24/63', 'dti xếp thứ 24/63', 63))).toBe(true);
    expect(subjectAllows(ind('sector'), evidence('doanh thu'))).toBe(true);
  });
});

describe('namesWorld: the world\'s figure (round 8)', () => {
  it.each([
    ['doanh thu thương mại điện tử của thế giới đạt', true], ['chiếm 44% thị phần toàn cầu', true], ['thị trường thế giới năm 2024 đạt', true],
    ['tốc độ tăng trưởng nhanh nhất thế giới, đạt', false], ['xếp thứ 71 trên thế giới', false], ['doanh thu thương mại điện tử đạt', false],
  ])('%j → %s', (text, want) => {
    expect(namesWorld(text)).toBe(want);
  });
});
