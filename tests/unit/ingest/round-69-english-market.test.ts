/** Round 69 (session 50): "the market" opening an English sentence points back to the market the sentence before named ("Vietnam's
 *  e-commerce market has grown fast. The market expanded from $16.4 billion …"), as "the sector" and "the industry" already did; a
 *  market named in its own sentence, or another market, does not take the series. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf } from '../../support/metrics-of';

describe('"the market" points back', () => {
  it.each([
    ["Vietnam's e-commerce market has seen rapid growth in recent years. The market expanded from $16.4 billion in 2022 to $20.5 billion in 2023.", '20.5 billion', 'ecommerce-revenue'],
    ['Online retail keeps growing in Vietnam. This market reached US$25 billion in 2024.', '25 billion', 'ecommerce-revenue'],
  ])('%s', (text, n, want) => expect(englishIndicatorOf(text, n)).toBe(want));
  it.each([
    ["Vietnam's e-commerce market has seen rapid growth in recent years. The stock market reached a value of US$200 billion in 2023.", '200 billion'],
    ['The company opened its first shop in 2010. The market value of the company reached US$2 billion in 2023.', '2 billion'],
  ])('not: %s', (text, n) => expect(englishIndicatorOf(text, n)).toBe('none'));
});
