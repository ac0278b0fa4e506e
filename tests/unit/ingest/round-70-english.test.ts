/** Round 70 (session 51): what held-out sets MF and MG (English) showed to be no claims — a year naming an index's edition before
 *  "rankings" ("the EBI 2023 rankings"), money in a currency the schema has no unit for ("45.5 billion yen (325 million USD)"), a bar on one
 *  payment's value ("for transactions exceeding VND 10 million"), an event's attendance ("attended by over 1,000 guests") and the assumed
 *  change a model states an effect for ("a 1% increase in cloud adoption contributes to a 0.07% growth in GDP"). Each beside sentences
 *  that must stay figures. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const texts = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('no claims', () => {
  it.each([
    ['Hanoi ranks 2nd in the Vietnam E-Business Index (EBI) 2023 rankings, following Ho Chi Minh City.', ['2nd']],
    ['Japan recorded 3,846 fraud cases, with losses totaling 45.5 billion yen (325 million USD).', ['3,846', '325 million USD']],
    ['Korea lost 2 trillion won.', []],
    ['The firm paid 30 million euros for the platform.', []],
    ['Banks made massive investments in biometric checks, especially for transactions exceeding VND 10 million.', []],
    ['Biometric authentication is required for transfers of over VND 20 million.', []],
    ['The summit was attended by over 1,000 guests representing organisations.', []],
    ['The forum attracted 300 business leaders.', []],
    ['A 1% increase in cloud adoption contributes to a 0.07% growth in GDP on average.', ['0.07%']],
    ['In Vietnam, this corresponds to an average $6 million increase in cloud consumption costs contributing an additional $134 million to GDP.', ['134 million']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});

describe('still figures', () => {
  it.each([
    ['The country rose 3 rankings in 2023.', ['3 rankings']],
    ['Transactions of over VND 9 quadrillion were made through NAPAS in 2023.', ['9 quadrillion']],
    ['Payments exceeding VND 2 billion a day were made through the portal.', ['2 billion']],
    ['The online course attracted 52,000 participants.', ['52,000']],
    ['The training was attended by 20,000 officials.', ['20,000']],
    ['Revenue saw a 10% increase in 2023, contributing to growth.', ['10%']],
    ['A 5% increase in sales was recorded.', ['5%']],
    ['Fibre reached more than 1.21 million km and cargo totaled 6 million tons.', ['1.21 million', '6 million']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});
