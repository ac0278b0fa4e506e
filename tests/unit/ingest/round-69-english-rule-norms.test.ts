/** Round 69 (session 50): more of what a rule sets on an English page, from held-out set LY — a tax to pay named after its rate ("need to
 *  pay 1% value-added tax and 0.5% personal income tax"), a PIT rate, a late-payment penalty's daily rate ("a penalty of 0.03% a day") and
 *  a fine a breach could bring ("Delays could result in a fine of VND15 million"). Collections, growths and fines imposed stay figures.
 *  Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('rule norms', () => {
  it.each([
    'Online vendors typically need to pay 1% value-added tax and 0.5% personal income tax.',
    'Any delay in payment could entail a penalty of 0.03% a day, he said.',
    'Delays could result in a fine of VND15 million, he warned.',
    'Individuals selling goods online are subject to a PIT rate of 0.5% and a VAT rate of 1%.',
  ])('%s', (text) => expect(texts(text)).toEqual([]));
  it.each([
    ['The province collected 12% more value-added tax than last year.', ['12%']],
    ['Tax revenue from e-commerce rose 5% in 2024.', ['5%']],
    ['The seller was fined VND15 million in March.', ['15 million']],
    ['Delays resulted in fines of VND15 million being imposed on 20 sellers.', ['15 million', '20']],
    ['Interest on deposits rose 0.5% a day after the decision.', ['0.5%']],
  ])('still figures: %s', (text, want) => expect(texts(text)).toEqual(want));
});
