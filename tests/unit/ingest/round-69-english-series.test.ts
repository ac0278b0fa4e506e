/** Round 69 (session 50): English series the held-out sets LY–MA showed — a growth forecast with its qualifier ("an economic growth forecast
 *  of around 6.5% in 2024") is GDP growth; an average growth over years ("the average annual growth of the digital economy at about 20 per
 *  cent") is no value of a yearly series; a chip industry's revenue is not the information and communications sector's. Sentences written
 *  for this test. */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf } from '../../support/metrics-of';

describe('English series', () => {
  it.each([
    ['With an economic growth forecast of around 6.5% in 2024, Vietnam attracts investors.', '6.5%', 'gdp-growth'],
    ["Vietnam's economic growth is forecast at around 6.5% in 2024.", '6.5%', 'gdp-growth'],
    ["Vietnam's economic growth reached 7.1% in 2024.", '7.1%', 'gdp-growth'],
    ['To achieve this goal, it was necessary to maintain the average annual growth of the digital economy at about 20 per cent.', '20 per cent', 'none'],
    ['During the 2021–2025 period, the average annual growth rates of cashless payment transactions reached nearly 59 percent in volume.', '59 percent', 'none'],
    ['The digital economy grew by 20 per cent in 2024.', '20 per cent', 'digital-economy-growth'],
    ["Vietnam's semiconductor industry revenue is projected to hit $18.23 billion in 2024, stated Minister of Information and Communications Nguyen Manh Hung.", '18.23 billion', 'none'],
  ])('%s', (text, n, want) => expect(englishIndicatorOf(text, n)).toBe(want));
});
