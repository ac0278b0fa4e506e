/**
 * Round 45: an indicator's `sources` (content/indicators.yaml): publishers whose own counts are not the series. Named anywhere in
 * the number's sentence before it, they rule the series out; elsewhere they do not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scoreIndicator, type IndicatorQuery } from '../../../scripts/ingest/lexicon';
import { indicatorSchema } from '../../../src/schemas/lexicon';
import { metricOf } from '../../support/metrics-of';

const attacks = indicatorSchema.parse({
  id: 'attacks', label: { vi: 'Vụ tấn công mạng', en: 'Cyberattacks' }, definition: { vi: 'Số vụ tấn công mạng.', en: 'The number of cyberattacks.' },
  topic: 't', subject: 'country', units: ['count'], kinds: ['count'], concepts: [['tan cong mang']], sources: ['hang bao mat x'],
});

/** The query for the number `n` of `sentence` (lowercase), its clause the whole sentence. */
const query = (sentence: string, n: string): IndicatorQuery => {
  const lower = sentence.toLowerCase();
  return { clause: lower, sentence: lower, at: lower.indexOf(n), unit: 'count', kind: 'count', noun: lower.slice(lower.indexOf(n) + n.length).trim() } as IndicatorQuery;
};

describe('sources rule a series out when named before the number in its sentence', () => {
  it('a publisher named before the number, however far', () => {
    expect(scoreIndicator(query('Theo Hãng bảo mật X, trong năm 2024 có 4.100 vụ tấn công mạng.', '4.100'), [attacks]).indicator).toBeUndefined();
    expect(scoreIndicator(query('Báo cáo của Hãng bảo mật X công bố cho biết, năm 2024, khoảng 4.100 vụ tấn công mạng đã diễn ra.', '4.100'), [attacks]).indicator).toBeUndefined();
  });
  it('not named, or named only after the number', () => {
    expect(scoreIndicator(query('Trong năm 2024 có 4.100 vụ tấn công mạng.', '4.100'), [attacks]).indicator).toBe('attacks');
    expect(scoreIndicator(query('Trong năm 2024 có 4.100 vụ tấn công mạng, Hãng bảo mật X cho biết.', '4.100'), [attacks]).indicator).toBe('attacks');
  });
  it('the catalogue: a security firm\'s tally is not the national incident count, the national centre\'s is', () => {
    expect(metricOf('Theo NCS, trong năm 2024 có 6.200 vụ tấn công mạng vào các hệ thống tại Việt Nam.', '6.200', 2024).indicator).toBeUndefined();
    expect(metricOf('Dữ liệu từ KSN cho thấy, các vụ tấn công mạng tại Việt Nam năm 2023 giảm nhẹ, với 1.500.000 sự cố.', '1.500.000', 2024).indicator).toBeUndefined();
    expect(metricOf('Theo NCSC, trong năm 2024 có 6.200 vụ tấn công mạng vào các hệ thống tại Việt Nam.', '6.200', 2024).indicator).toBe('cyberattacks');
  });
});
