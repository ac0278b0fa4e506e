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
    ['In the 2023-2024 rankings, the university rose 3 places.', ['3 places']],
    ['Japan recorded 3,846 fraud cases, with losses totaling 45.5 billion yen (325 million USD).', ['3,846', '325 million USD']],
    ['Korea lost 2 trillion won.', []],
    ['The firm paid 30 million euros for the platform.', []],
    ['Banks made massive investments in biometric checks, especially for transactions exceeding VND 10 million.', []],
    ['Biometric authentication is required for transfers of over VND 20 million.', []],
    ['The summit was attended by over 1,000 guests representing organisations.', []],
    ['The forum attracted 300 business leaders.', []],
    ['A 1% increase in cloud adoption contributes to a 0.07% growth in GDP on average.', ['0.07%']],
    ['In Vietnam, this corresponds to an average $6 million increase in cloud consumption costs contributing an additional $134 million to GDP.', ['134 million']],
    ['Each 1% rise in cloud adoption adds 0.2% to GDP.', ['0.2%']],
    ['Samsung has invested 2 trillion won in Viet Nam, and KRW 500 billion more in 2024.', []],
    ['The deal was worth €200 million and 100 billion Japanese yen.', []],
    ['More than 2,000 delegates attended the forum.', []],
    ['The expo attracted over 5,000 visitors and 200 exhibitors.', ['200']],
    ['Korea lost 2 trillion won in 2023; a meal costs 3,000 yen per person.', []],
    ['China lost 10 million yuan, Thailand 5 billion baht, Malaysia 2 billion ringgit and India 9 billion rupees.', []],
    ['Transactions valued over VND 10 million accounted for 8.35% of the total.', ['8.35%']],
    ['The rule applies to transfers exceeding US$10,000.', []],
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
    // review of round 70
    ['All 173 Yen Bai communes and 120 Yen Phong firms now have fibre broadband.', ['173', '120']],
    ['Viet Nam attracted 1,500 foreign experts to work in its semiconductor industry in 2024.', ['1,500']],
    ['Da Nang welcomed over 800,000 guests during the holiday, up 12 percent.', ['800,000', '12 percent']],
    ['The QR payment pilot recorded transactions worth over VND 700 million in its first month.', ['700 million']],
    ['E-wallet transactions of over VND 900 million were recorded by MoMo in the pilot.', ['900 million']],
    ['A 40% rise in cyberattacks this year raises concerns for businesses.', ['40%']],
    ['An 18% growth in digital economy revenue in 2024 adds momentum to the sector.', ['18%']],
    ['A 30% increase in cashless payments would be reached by 2025, the plan says.', ['30%']],
    ['A 50% reduction in processing time can be achieved through online public services.', ['50%']],
    ['The firm reported a 15% growth in digital revenue contributing 18% of GDP.', ['15%', '18%']],
    ['The training was attended by 20,000 officials and experts.', ['20,000']],
    ['The rule applies to payments of over US$1 million, the bank said.', ['1 million']],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));
});
