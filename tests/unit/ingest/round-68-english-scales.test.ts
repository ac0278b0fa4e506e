/** Round 68 (session 49): scale words as headlines and wires write them — capitalised ("$413 Million", "US$5.2 Billion") and a dollar
 *  amount's glued "m" ("$783m") — scale the figure; a glued "m" with no currency (metres) does not. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const values = (text: string) => englishMetrics([text], 2023).map((m) => `${m.text} ${m.value} ${m.unit}`);

describe('scale words', () => {
  it.each([
    ['Vietnamese Start-ups Secure $413 Million in Funding', ['413 Million 413000000 USD']],
    ['The market grew to US$5.2 Billion in 2023.', ['5.2 Billion 5200000000 USD']],
    ['Shopee sales reached $783m, while Lazada was at $549m.', ['783m 783000000 USD', '549m 549000000 USD']],
    ['It has 50M digital wallets.', ['50M 50000000 count']],
  ])('%s', (text, want) => expect(values(text)).toEqual(want));
  it('no scale without a currency: "5m high"', () => {
    expect(values('The tower is 5m high and the site 20m long.').filter((r) => r.includes('000000'))).toEqual([]);
  });
});
