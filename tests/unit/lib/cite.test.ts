import { describe, expect, it } from 'vitest';
import { citeApa, citeBibtex, citeMla } from '../../../src/lib/cite';
import { article } from './fixtures';

const a = article({ slug: 'bon-uu-tien', title: '4 ưu tiên {trong} chuyển đổi số', author: 'AN NHIÊN', outlet: { name: 'Báo Vĩnh Long' } });
const url = 'https://x.org/articles/bon-uu-tien/';

describe('citations', () => {
  it('citeApa gives author, full date, title, outlet and permalink', () => {
    expect(citeApa(a, url)).toBe(`AN NHIÊN. (2023, July 14). 4 ưu tiên {trong} chuyển đổi số. Báo Vĩnh Long. ${url}`);
  });
  it('citeMla gives day month year', () => {
    expect(citeMla(a, url)).toBe(`AN NHIÊN. “4 ưu tiên {trong} chuyển đổi số.” Báo Vĩnh Long, 14 July 2023. cds-vn, ${url}.`);
  });
  it('citeBibtex escapes braces and keeps year and month', () => {
    const bib = citeBibtex(a, url);
    expect(bib).toContain('title = {4 ưu tiên \\{trong\\} chuyển đổi số}');
    expect(bib).toContain('year = {2023}');
    expect(bib).toContain('month = {7}');
    expect(bib.startsWith('@misc{cdsvn-bon-uu-tien,')).toBe(true);
  });
  it('citeApa uses the outlet and the year alone for a year-precision date', () => {
    const y = article({ date: { iso: '2024', precision: 'year', source: 'inferred', evidence: '' } });
    expect(citeApa(y, url)).toBe(`Báo A. (2024). Tiêu đề. Báo A. ${url}`);
  });
});
