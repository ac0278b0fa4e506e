/** Session 19: whose value a number of an English page is (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { englishSubjectAllows, isForeignInEnglish, namesProvinceInEnglish } from '../../../scripts/ingest/english-subject';
import { namesOwnerProvinceBefore } from '../../../scripts/ingest/province-own';
import { englishMetrics } from '../../support/metrics-of';
import type { Indicator } from '../../../src/schemas/lexicon';

/** A catalogue entry with only what the subject rules read. */
const series = (subject: Indicator['subject'], units: Indicator['units'], totals?: number[]): Indicator =>
  ({ id: 'x', label: { vi: 'x', en: 'x' }, definition: { vi: 'x', en: 'x' }, topic: 't', subject, units, concepts: [['x']], optional: [], without: [], featured: false, ...(totals ? { totals } : {}) });

const COUNTRY_SHARE = series('country', ['percent']);
const SECTOR_AMOUNT = series('sector', ['VND']);
const PROVINCE_RANK = series('province', ['rank'], [63, 34]);
const PROVINCE_SHARE = series('province', ['percent']);

describe('namesProvinceInEnglish(text)', () => {
  it('finds a province or city written with or without tone marks, or its English spelling', () => {
    for (const t of ['Lao Cai province', 'in Thừa Thiên Huế', 'Bac Giang', 'Hanoi', 'Ho Chi Minh City', 'HCM City', 'Ba Ria-Vung Tau', 'Da Nang']) expect(namesProvinceInEnglish(t)).toBe(true);
  });
  it('finds none in a sentence about the country, nor inside a longer word', () => {
    for (const t of ['Vietnam ranked 30th in the world', 'The nationwide rate rose', 'hues of green']) expect(namesProvinceInEnglish(t)).toBe(false);
  });
});

describe('englishSubjectAllows(ind, evidence)', () => {
  it('keeps a province\'s value off a national series', () => {
    expect(englishSubjectAllows(COUNTRY_SHARE, { span: 'the online rate of Nghe An province was 71%', sentence: 'the online rate of nghe an province was 71%.' })).toBe(false);
    expect(englishSubjectAllows(COUNTRY_SHARE, { span: 'dossiers were processed online 71%', sentence: 'in thanh hoa, 71% of dossiers were processed online.' })).toBe(false);
    expect(englishSubjectAllows(COUNTRY_SHARE, { span: 'the online rate was 71%', sentence: 'the online rate was 71% nationwide, the ministry said.' })).toBe(true);
  });
  it('keeps a province\'s amount off a sector\'s total, not its share', () => {
    expect(englishSubjectAllows(SECTOR_AMOUNT, { span: 'ict revenue in the province reached vnd 900 billion', sentence: 'ict revenue in the province reached vnd 900 billion.' })).toBe(false);
    expect(englishSubjectAllows(series('sector', ['percent']), { span: 'ict revenue in the province grew 9%', sentence: 'ict revenue in the province grew 9%.', unit: 'percent' })).toBe(true);
  });
  it('keeps the world\'s figure off a national series, not off a world ranking', () => {
    expect(englishSubjectAllows(COUNTRY_SHARE, { span: 'the global market grew 14%', sentence: 'the global market grew 14%.' })).toBe(false);
    expect(englishSubjectAllows(COUNTRY_SHARE, { span: 'the world’s online sales grew 14%', sentence: 'the world’s online sales grew 14%.' })).toBe(false);
    expect(englishSubjectAllows(series('country', ['rank']), { span: 'global innovation index ranked 44th', sentence: 'vietnam ranked 44th in the global innovation index.' })).toBe(true);
  });
  it('gives a provincial series a province named, a provincial mark, or for a ranking its field or total', () => {
    expect(englishSubjectAllows(PROVINCE_SHARE, { span: 'processed online 80%', sentence: 'in ninh binh, 80% of dossiers were processed online.' })).toBe(true);
    expect(englishSubjectAllows(PROVINCE_SHARE, { span: 'processed online 80%', sentence: 'the provincial rate of dossiers processed online was 80%.' })).toBe(true);
    expect(englishSubjectAllows(PROVINCE_SHARE, { span: 'processed online 80%', sentence: 'some 80% of dossiers were processed online.' })).toBe(false);
    expect(englishSubjectAllows(PROVINCE_RANK, { span: 'ranked 14th', sentence: 'it ranked 14th among cities and provinces.' })).toBe(true);
    expect(englishSubjectAllows(PROVINCE_RANK, { span: 'ranked 14th', sentence: 'it ranked 14th.', total: 63 })).toBe(true);
    expect(englishSubjectAllows(PROVINCE_RANK, { span: 'ranked 14th', sentence: 'it ranked 14th.' })).toBe(false);
  });
});

describe('isForeignInEnglish(itemBefore)', () => {
  it('reads the figure after another country as that country\'s', () => {
    for (const t of ['Thailand ranked ', 'while South Korea stood at ', 'Vietnam placed 40th, behind Singapore at ', 'the United States had ']) expect(isForeignInEnglish(t)).toBe(true);
  });
  it('keeps Viet Nam\'s figure when it names another country it passes, or names Viet Nam after it', () => {
    for (const t of ['Vietnam overtook Thailand to rank ', 'Compared with Japan, Vietnam ranked ', 'The country rose ahead of the Philippines to ', 'Vietnam ranked ']) expect(isForeignInEnglish(t)).toBe(false);
  });
});

describe('round 45: one district as the owner', () => {
  it('a district\'s figure takes no province series, even where the sentence names the province', () => {
    expect(englishSubjectAllows(PROVINCE_SHARE, { span: 'submitted online', sentence: 'The district received 4,210 documents, of which 88% were submitted online, above the target assigned by the province.', unit: 'percent' })).toBe(false);
    expect(englishSubjectAllows(PROVINCE_SHARE, { span: 'submitted online', sentence: 'The province received 4,210 documents, of which 88% were submitted online.', unit: 'percent' })).toBe(true);
    expect(englishSubjectAllows(PROVINCE_SHARE, { span: 'submitted online', sentence: 'Across the districts of the province, 88% of documents were submitted online.', unit: 'percent' })).toBe(true);
  });
});

describe('round 45: a dateline\'s place is no owner of the figures', () => {
  it('"HÀ NỘI — " opening the lead leaves a national series to the figure', () => {
    const m = new Map(englishMetrics(['HÀ NỘI — The information and communications industry’s total revenue this year is estimated at VNĐ3.9 quadrillion, up 11 per cent.'], 2024).map((x) => [x.text, x]));
    expect(m.get('3.9 quadrillion')?.indicator).toBe('ict-sector-revenue');
  });
  it('a province opening a sentence as its subject still owns the figure', () => {
    expect(namesOwnerProvinceBefore('Hà Nội — thủ đô — đã thu nhận 300.000 hồ sơ.', 30)).toBe(true);
    expect(namesOwnerProvinceBefore('HÀ NỘI — Cả nước đã thu nhận 300.000 hồ sơ.', 35)).toBe(false);
  });
});
