/**
 * Round 58 (session 39): English names of national series (VNeID accounts, digital firms, GDRP, the DTI pillars); English growth rates
 * named by "growth" and a verb of level ("growth will hit", "climbed to", "a growth target … to"); a bare growth rate whose sentence
 * names no series reads the one the headline and lead are about (`growth-lead.ts`).
 */
import { describe, expect, it } from 'vitest';
import { englishMetricOf, metricOf } from '../../support/metrics-of';
import { isBareGrowth } from '../../../scripts/ingest/growth-lead';

const kindOf = (text: string, n: string) => englishMetricOf(text, n, 2025).kind;
const indicatorOf = (text: string, n: string) => englishMetricOf(text, n, 2025).indicator ?? 'none';

describe('a growth rate stated as a level of growth', () => {
  it.each([
    ['Second-quarter growth will hit 31.5 per cent, the agency said.', '31.5 per cent'],
    ['Online sales growth climbed to 18 per cent in May.', '18 per cent'],
    ['The province lifted its annual growth target for the B2B segment to 14.5 per cent.', '14.5 per cent'],
    ['Average growth in Q3 is forecast at 22.25 per cent.', '22.25 per cent'],
    ['The growth rate of the sector is projected at 9 per cent.', '9 per cent'],
  ])('%s → growth', (text, n) => expect(kindOf(text, n)).toBe('growth'));

  it.each([
    ['The share of cashless payments rose to 30 per cent.', '30 per cent'],
    ['Growth and inflation at 4 per cent each were cited.', '4 per cent'],
    ['Online sales accounted for 12 per cent of growth.', '12 per cent'],
  ])('%s → not growth', (text, n) => expect(kindOf(text, n)).not.toBe('growth'));
});

describe('a bare growth rate reads the growth the lead is about', () => {
  const lead = 'The trade ministry raised its e-commerce growth target for this year to 24 per cent. // Logistics firms hired 3,000 drivers in 12 provinces.';
  it.each([
    [`${lead} // Officials expect fourth-quarter growth will reach 26.5 per cent.`, '26.5 per cent'],
    [`${lead} // October growth climbed to 29 per cent against a forecast of 23 per cent.`, '29 per cent'],
    [`${lead} // Figures for the first half show growth of 22 per cent.`, '22 per cent'],
  ])('%s → ecommerce-growth', (text, n) => expect(indicatorOf(text, n)).toBe('ecommerce-growth'));

  it.each([
    [`${lead} // Export growth reached 12 per cent, the customs office said.`, '12 per cent'],
    [`${lead} // Manufacturing growth will hit 9 per cent, the ministry said.`, '9 per cent'],
  ])('%s → not the lead\'s series (a field of its own before "growth")', (text, n) => expect(indicatorOf(text, n)).toBe('none'));
});

describe('isBareGrowth', () => {
  const q = (clause: string, kind = 'growth', english = true) => ({ unit: 'percent' as const, kind: kind as 'growth', clause, sentence: clause, at: clause.indexOf('§'), english });
  it('takes "growth" with a period, an adjective or a reporting verb before it', () => {
    expect(isBareGrowth(q('july growth climbed to §'))).toBe(true);
    expect(isBareGrowth(q('figures show growth of §'))).toBe(true);
    expect(isBareGrowth(q('growth reached §'))).toBe(true);
  });
  it('leaves a field\'s growth, a share, and Vietnamese pages', () => {
    expect(isBareGrowth(q('export growth reached §'))).toBe(false);
    expect(isBareGrowth(q('july growth climbed to §', 'share'))).toBe(false);
    expect(isBareGrowth(q('july growth climbed to §', 'growth', false))).toBe(false);
    expect(isBareGrowth(q('growth was 5%; revenue rose §'))).toBe(false);
  });
});

describe('catalogue: English names of two national series (round 58)', () => {
  it.each([
    ['So far, the app has 12 million digital identity accounts.', '12 million', 'eid-accounts'],
    ['The ministry aims for 80,000 digital firms by 2027.', '80,000', 'digital-tech-enterprises'],
    ['The country counted 61,000 digital enterprises last year.', '61,000', 'digital-tech-enterprises'],
    ['By 2030 the province wants the digital economy to make up 35 percent of GDRP.', '35 percent', 'digital-economy-grdp-share'],
    ['Vietnam\'s digital economy is set to grow to $60 billion by 2026.', '60 billion', 'digital-economy-revenue'],
    ['Vietnam\'s digital economy could hit $70 billion by 2027.', '70 billion', 'digital-economy-revenue'],
  ])('%s → %s is %s', (text, n, id) => expect(indicatorOf(text, n)).toBe(id));

  it('a count of services beside an identity app is not the accounts series', () => {
    expect(indicatorOf('VNeID has 9 million digital identity accounts and integrates 40 digital services.', '40')).toBe('none');
  });
});

describe('catalogue: the provincial DTI pillars by their English names (round 58)', () => {
  it.each([
    ['Among six key indicators, Binh Dinh province ranked 4th out of 63 provinces in the Digital Infrastructure Index.', '4th'],
    ['In 2023 Ha Nam province ranked 2nd out of 63 provinces in the Digital Human Resources Index.', '2nd'],
  ])('%s → a pillar rank', (text, n) => expect(indicatorOf(text, n)).toBe('dti-province-pillar-rank'));

  it('a rank "overall" is not a pillar\'s, whatever pillars the sentence names after it', () => {
    expect(indicatorOf('In the 2024 DTI, Da Nang city ranked first overall, leading in digital institutions and digital society.', 'first')).not.toBe('dti-province-pillar-rank');
  });
});

describe('a body below the province between the series and its figure (round 58, `english-subject.ts`)', () => {
  it.each([
    ['In the province\'s 2023 DTI assessment of its own bodies, the Department of Finance ranked first with 88.2/100 points.', 'first'],
    ['In the province\'s 2023 DTI assessment, Lien Chieu district ranked second at 81.3/100 points.', 'second'],
    ['In the province, the online dossier rate of the communes reached 70%.', '70%'],
  ])('%s → no provincial series', (text, n) => expect(indicatorOf(text, n)).toBe('none'));

  it('the province\'s own rank keeps its series', () => {
    expect(indicatorOf('In the 2023 DTI, Quang Tri province ranked 20th out of 63 provinces and cities.', '20th')).toBe('dti-province-rank');
  });
});

describe('catalogue: identity series beside health and party uses (round 58)', () => {
  it.each([
    ['Hospitals in the city served more than 2.1 million patients with chip-based ID cards last year.', '2.1 million'],
    ['The party committee has collected 3.4 million chip-embedded party membership cards.', '3.4 million'],
    ['So far, 512,300 electronic health books have been integrated on VNeID.', '512,300'],
  ])('%s → none', (text, n) => expect(indicatorOf(text, n)).toBe('none'));

  it('the cards issued keep their series', () => {
    expect(indicatorOf('Police have issued 70 million chip-based ID cards nationwide.', '70 million')).toBe('chip-id-cards');
  });
});

describe('catalogue: procedures handled online are not procedures offered online (round 58, Vietnamese)', () => {
  const vi = (text: string, n: string) => metricOf(text, n, 2025).indicator ?? 'none';
  it('"được xử lý / giải quyết trực tuyến" takes no online-procedures series', () => {
    expect(vi('Cả nước có hơn 81% các thủ tục hành chính được xử lý trực tuyến ở địa phương.', '81%')).not.toBe('online-procedures-share');
    expect(vi('Có 77% thủ tục hành chính được giải quyết trực tuyến.', '77%')).not.toBe('online-procedures-share');
  });
  it('procedures offered online keep it', () => {
    expect(vi('Cả nước đã cung cấp 96% thủ tục hành chính trực tuyến.', '96%')).toBe('online-procedures-share');
  });
});
