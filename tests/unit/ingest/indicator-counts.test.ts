/** indicator-counts.ts (session 43): what a count's noun, or the people its clause counts, lets an indicator count. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { countsAllow } from '../../../scripts/ingest/indicator-counts';
import { loadIndicators } from '../../../src/lib/lexicon';

const ROOT = new URL('../../../', import.meta.url).pathname;
const indicator = (id: string) => loadIndicators(ROOT).find((i) => i.id === id)!;
const query = (clause: string, n: string, noun = '') => ({ clause, sentence: clause, at: clause.indexOf(n), unit: 'count' as const, kind: 'count' as const, noun });

describe('countsAllow', () => {
  it('bodies are no transactions', () => expect(countsAllow(indicator('cashless-payments'), query('34 địa phương đã triển khai', '34', ' địa phương đã triển khai'))).toBe(false));
  it('people counted before a figure with no noun are no transactions', () =>
    expect(countsAllow(indicator('cashless-payments'), query('số đối tượng đã có tài khoản là hơn 2,37 triệu', '2,37'))).toBe(false));
  it('transactions counted after the people are', () =>
    expect(countsAllow(indicator('cashless-payments'), query('số người dân tăng, tổng số giao dịch là 800 triệu', '800'))).toBe(true));
  it('holders of cards may be counted as people', () =>
    expect(countsAllow(indicator('chip-id-cards'), query('số người dân được cấp căn cước là 1,2 triệu', '1,2'))).toBe(true));
});
