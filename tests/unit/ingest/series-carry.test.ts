import { describe, expect, it } from 'vitest';
import { continuedSeries, type PriorFigure } from '../../../scripts/ingest/series-carry';
import type { IndicatorQuery } from '../../../scripts/ingest/lexicon';
import { loadIndicators } from '../../../src/lib/lexicon';

const CATALOGUE = loadIndicators(new URL('../../../', import.meta.url).pathname);

/** The query for a percentage share whose item is `clause` in `sentence`. */
function q(sentence: string, clause: string, extra: Partial<IndicatorQuery> = {}): IndicatorQuery {
  const s = sentence.toLowerCase();
  return { clause: clause.toLowerCase(), sentence: s, at: 0, unit: 'percent', kind: 'share', ...extra };
}
const share = (indicator?: string): PriorFigure => ({ unit: 'percent', kind: 'share', ...(indicator ? { indicator } : {}) });
const before = (sentence: string, item = '') => ({ sentence: sentence.toLowerCase(), item: item.toLowerCase() });
const idOf = (query: IndicatorQuery, b: ReturnType<typeof before>, prior: PriorFigure[], sameFrom = prior.length) =>
  continuedSeries(query, b, prior, sameFrom, CATALOGUE)?.id;

describe('continuedSeries: the current series of a paragraph', () => {
  it('places listed with bracketed values continue the province series of the sentence before', () => {
    const s = 'Cần Thơ (61,2%), Huế (59%) và Tây Ninh (57,3%) là những địa phương xếp sau.';
    expect(idOf(q(s, '61,2%), huế'), before('Cần Thơ ('), [share('province-online-dossier-share'), { unit: 'count', kind: 'count' }])).toBe('province-online-dossier-share');
  });

  it('a sentence that names its own subject, a unit or kind that differs, or a numberless gap stops it', () => {
    const prior = [share('province-online-dossier-share')];
    expect(idOf(q('Tỷ lệ người dân dùng dịch vụ đạt 40%.', 'đạt 40%'), before('Tỷ lệ người dân dùng dịch vụ đạt '), prior)).toBeUndefined();
    expect(idOf(q('Cần Thơ có 12 triệu hồ sơ.', 'có 12 triệu', { unit: 'count', kind: 'count' }), before('Cần Thơ có '), prior)).toBeUndefined();
    expect(idOf(q('Cần Thơ (61,2%) xếp sau.', '61,2%'), before('Cần Thơ ('), [])).toBeUndefined();
  });

  it('a national series is not continued by a province, a province series needs one; other countries and "chưa" stop it', () => {
    expect(idOf(q('Tỉnh Lào Cai đạt 30%.', 'tỉnh lào cai đạt 30%'), before('Tỉnh Lào Cai đạt '), [share('online-dossier-share')])).toBeUndefined();
    expect(idOf(q('Khối này đạt 30%.', 'khối này đạt 30%'), before('Khối này đạt '), [share('province-online-dossier-share')])).toBeUndefined();
    expect(idOf(q('Còn lại đạt 30%.', 'còn lại đạt 30%', { foreign: true }), before('Còn lại đạt '), [share('online-dossier-share')])).toBeUndefined();
    expect(idOf(q('Riêng quý IV chưa đạt 30%.', 'riêng quý iv chưa đạt 30%'), before('Riêng quý IV chưa đạt '), [share('online-dossier-share')])).toBeUndefined();
  });

  it('within a sentence, an item with no subject of its own continues the figure before; one with its own does not', () => {
    const growth: PriorFigure = { unit: 'percent', kind: 'growth', indicator: 'phone-exports-growth' };
    const s = 'Xuất khẩu điện thoại đạt 4,7 tỷ USD, tăng 11% so với tháng 5 và tăng 18% so với cùng kỳ.';
    expect(idOf(q(s, 'tăng 11% so với tháng 5 và tăng 18% so với cùng kỳ', { kind: 'growth' }), before(s.slice(0, s.indexOf('18%')), ' và tăng '), [growth], 0)).toBe('phone-exports-growth');
    expect(idOf(q(s, 'với ít nhất 10% tỷ trọng kinh tế số trong mỗi ngành'), before('với ít nhất ', 'với ít nhất '), [share('digital-economy-grdp-share')], 0)).toBeUndefined();
  });

  it('ranks never continue a series', () => {
    expect(idOf(q('Huế xếp thứ 3.', 'xếp thứ 3', { unit: 'rank', kind: 'rank' }), before('Huế xếp thứ '), [{ unit: 'rank', kind: 'rank', indicator: 'dti-province-rank' }])).toBeUndefined();
  });

  it('a sentence naming only the series\' own words ("Doanh thu tiếp tục tăng lên …") continues it; one naming another measure does not', () => {
    const money = (indicator: string): PriorFigure => ({ unit: 'USD', kind: 'money', indicator });
    const usd = { unit: 'USD' as const, kind: 'money' as const };
    const s = 'Doanh thu tiếp tục tăng lên 14 tỷ USD vào năm 2021.';
    expect(idOf(q(s, 'lên 14 tỷ usd', usd), before('Doanh thu tiếp tục tăng lên '), [money('ecommerce-revenue')])).toBe('ecommerce-revenue');
    const t = 'Vốn đầu tư mạo hiểm tiếp tục tăng lên 14 tỷ USD vào năm 2021.';
    expect(idOf(q(t, 'lên 14 tỷ usd', usd), before('Vốn đầu tư mạo hiểm tiếp tục tăng lên '), [money('ecommerce-revenue')])).toBeUndefined();
  });
});

describe('round 35: a sentence naming its subject after the figure does not continue the series before', () => {
  const count = (indicator?: string): PriorFigure => ({ unit: 'count', kind: 'count', ...(indicator ? { indicator } : {}) });
  it('"Đã có 40/63 địa phương triển khai mô hình …" is no steering committee', () => {
    const s = 'Ngoài ra, đã có 40/63 địa phương triển khai mô hình trợ lý ảo cho cán bộ.';
    const query = q(s, '40/63 địa phương triển khai mô hình trợ lý ảo cho cán bộ', { unit: 'count', kind: 'count', total: 63 });
    expect(idOf(query, before('Ngoài ra, đã có '), [count('steering-committees')])).toBeUndefined();
  });
  it('a bare figure after the series still continues it', () => {
    const s = 'Năm 2023 là 61 địa phương.';
    const query = q(s, 'năm 2023 là 61 địa phương', { unit: 'count', kind: 'count' });
    expect(idOf(query, before('Năm 2023 là '), [count('steering-committees')])).toBe('steering-committees');
  });
});
