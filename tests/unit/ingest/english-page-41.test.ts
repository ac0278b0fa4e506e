/**
 * Session 24 (round 41): how an English page's figures are read — a change "by" an amount is no level, a fall said with its
 * manner ("decreased slightly by") and its restatement ("…, or 18.9%") stay falls, a contrast after a comma ("…, while …")
 * ends a clause, a goal's verb earlier in the clause makes a goal, a sentence that states what is does not continue the
 * goals before it, a page about one place gives no national series, class bars and digit counts are no figures, "this
 * category" points back, quarters and halves are read in words. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf, englishMetrics } from '../../support/metrics-of';
import { englishDirection, continuesSeries } from '../../../scripts/ingest/english-direction';
import { statesInEnglish } from '../../../scripts/ingest/english-status';
import { isLocalPageInEnglish, namesNationInEnglish } from '../../../scripts/ingest/english-subject';
import { englishDates } from '../../../scripts/ingest/english-dates';

/** The English page's metrics of `paragraphs` (undated). */
const read = (...paragraphs: string[]) => englishMetrics(paragraphs);
const metric = (ms: ReturnType<typeof read>, text: string) => ms.find((m) => m.text === text)!;

describe('a change by an amount', () => {
  it('takes no level series', () => {
    expect(englishIndicatorOf('Exports of electronics and computers increased by US$3.2 billion.', '3.2 billion')).toBe('none');
    expect(englishIndicatorOf('Exports of electronics and computers reached US$3.2 billion.', '3.2 billion')).toBe('ict-exports');
  });
});

describe('a fall said with its manner, and restated', () => {
  it('"decreased slightly by" is a fall', () => {
    expect(englishDirection('revenue decreased slightly by ', '')).toBe('down');
    expect(englishDirection('revenue rose sharply by ', '')).toBe('up');
  });
  it('", or" steps to the same change restated', () => {
    expect(continuesSeries(', or ')).toBe(true);
    const ms = read('Phone exports decreased by US$2.3 billion, or 12.4%, compared with a year earlier.');
    expect(metric(ms, '12.4%').value).toBe(-12.4);
  });
});

describe('a contrast after a comma', () => {
  const s = 'Phone exports fell by US$2.3 billion, or 12.4%, while exports of computers and electronics dropped by US$0.9 billion, or 3.1%.';
  it('ends the clause: each growth reads its own goods', () => {
    const ms = read(s);
    expect(metric(ms, '12.4%').indicator).toBe('phone-exports-growth');
    expect(metric(ms, '3.1%').indicator).toBe('electronics-exports-growth');
  });
  it('a growth far from its goods\' name does not carry the series before the contrast', () => {
    const far = read('Phone exports fell by US$2.3 billion, or 12.4%, while exports of computers, laptops, tablets, monitors and accessories declined by US$0.9 billion, or 3.1%.');
    expect(metric(far, '3.1%').indicator).not.toBe('phone-exports-growth');
  });
  it('does not end it when it goes on about the same subject', () => {
    expect(englishIndicatorOf('Vietnam ranked 71st in the EGDI, while its score was 0.79.', '0.79')).toBe('egdi-score');
  });
});

describe('a goal on an English page', () => {
  it('a goal\'s verb earlier in the clause makes its figures goals', () => {
    const ms = read('The ministry also wants to have 20 provinces with digital revenue above US$500 million.');
    expect(metric(ms, '20').status).toBe('target');
  });
  it('unless a verb of a result stands between', () => {
    const ms = read('The ministry aimed to digitise records, and the rate reached 64%.');
    expect(metric(ms, '64%').status).toBe('actual');
  });
  it('a sentence that states what is does not continue the goals before it', () => {
    expect(statesInEnglish('Nearly 95% of these firms are small businesses')).toBe(true);
    const ms = read('The plan seeks to have 150,000 digital firms by 2030 and at least 12 firms with revenue above US$2 billion. Nearly 95% of these firms are small businesses.');
    expect(metric(ms, '150,000').status).toBe('target');
    expect(metric(ms, '95%').status).toBe('actual');
  });
});

describe('an English page about one place', () => {
  it('is told by its opening', () => {
    expect(isLocalPageInEnglish('Carrying out its resolution on digital transformation, Thai Binh has upgraded its data centre.')).toBe(true);
    expect(isLocalPageInEnglish('The commune Party Committee has made digital transformation a key task.')).toBe(true);
    expect(isLocalPageInEnglish('Vietnam\'s digital economy grew fast in 2024, led by Hanoi.')).toBe(false);
  });
  it('gives its figures no national series', () => {
    const ms = read('Carrying out its resolution on digital transformation, Thai Binh has upgraded its data centre.', 'About 3,100 digital signatures have been issued to officials, and 64% of procedures are offered fully online.');
    expect(metric(ms, '3,100').indicator).toBeUndefined();
    expect(metric(ms, '64%').indicator).toBeUndefined();
  });
  it('unless the figure\'s clause speaks for the nation or a ministry', () => {
    expect(namesNationInEnglish('the ministry wants every village covered by 5G')).toBe(true);
    expect(namesNationInEnglish('the province has 12 data centres')).toBe(false);
    expect(namesNationInEnglish('most communes in the district have 12 kiosks')).toBe(false);
  });
});

describe('bars, digit counts and pointers back on an English page', () => {
  it('a bar that defines a class of firms is no figure', () => {
    const ms = read('The country aims to have 15 tech companies with yearly sales of more than US$2 billion by 2030.');
    expect(ms.map((m) => m.text)).not.toContain('2 billion');
    expect(metric(ms, '15').status).toBe('target');
  });
  it('a count of digits is no figure', () => {
    expect(read('Each citizen has a 12-digit personal identification number.').map((m) => m.text)).not.toContain('12');
  });
  it('"this category" before the number points back to the series named before', () => {
    const ms = read('Shipments abroad of computers and electronics reached US$61 billion in 2024. This category made up 15.2% of all goods exports.');
    expect(metric(ms, '15.2%').indicator).toBe('electronics-exports-share');
  });
});

describe('quarters, halves and comparisons on an English page', () => {
  it('reads "the first quarter of 2025" and "the second half of 2023"', () => {
    expect(englishDates('in the first quarter of 2025 and the second half of 2023').map((d) => [d.iso, d.precision])).toEqual([['2025-01', 'quarter'], ['2023-07', 'half']]);
    expect(englishDates('in the third quarter of this year', 2024).map((d) => d.iso)).toEqual(['2024-07']);
  });
  it('a change from an earlier quarter\'s value: the value is the baseline, the earlier quarter dates only it', () => {
    const ms = read('Online fraud cost users $2.4 billion in the third quarter of 2024, a 40 per cent increase from Q3/2023’s $1.7 billion. One scheme alone took $0.9 billion.');
    expect(metric(ms, '2.4 billion').period?.iso).toBe('2024-07');
    expect(metric(ms, '1.7 billion').status).toBe('baseline');
    expect(metric(ms, '1.7 billion').period?.iso).toBe('2023-07');
    expect(metric(ms, '0.9 billion').period?.iso).not.toBe('2023-07');
  });
});
