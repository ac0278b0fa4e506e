/** Round 69 (session 50): goals an English page sets for a span of years ("specific digital transformation goals for the period 2025 - 2030
 *  such as: …; …; …", "The goals for the period 2021-2025 include …") are goals toward the span's last year, every item of the list; a few
 *  words between the adjective and "goals" no longer hide them. Results stay results. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const rows = (text: string, year?: number) => englishMetrics(text.split(' // '), year).map((m) => `${m.text} ${m.status} ${m.period?.iso ?? 'none'}`);

describe('goals for a span', () => {
  it.each([
    ['The communes have identified specific digital transformation goals for the period 2025 - 2030 such as: over 80% of procedures are provided online; at least 80% of dossiers are processed entirely online; the share of people with payment accounts reaches over 80%.', 2024,
      ['80% target 2030', '80% target 2030', '80% target 2030']],
    ['The goals for the period 2021-2025 include 70% of firms using e-invoices.', 2022, ['70% target 2025']],
    ['The province set key digital economy targets for the 2021–2025 stage: the digital economy makes up 20% of GRDP; 50% of firms use cloud services.', 2022, ['20% target 2025', '50% target 2025']],
  ])('%s', (text, year, want) => expect(rows(text, year)).toEqual(want));
});

describe('not goals', () => {
  it.each([
    ['In the period 2021-2023, the province reached 80% of procedures online; 60% of dossiers were processed online.', 2024],
    ['The specific digital transformation goals for the period 2021-2023 were met: 90% of dossiers were processed online.', 2024],
  ])('%s', (text, year) => expect(rows(text, year).every((r) => r.includes(' actual '))).toBe(true));
});
