/** Round 61 (session 42): an English plan reported issued with its horizon ("The restructuring plan for VNPT Group until 2025 was
 *  approved") hands on no period: a later "in July" keeps the year reported before. Pages written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';

const page = (plan: string) => ['The committee met on July 10, 2024.', plan, 'The rate of fully online applications reached 47% in July.'];
/** The period of the 47% on an undated page. */
const periodOf47 = (plan: string) => englishMetrics(page(plan)).find((m) => m.text === '47%')?.period?.iso;

describe('a plan issued with its horizon', () => {
  it.each([
    'The restructuring plan for the group until 2025 was approved.',
    'The national strategy on data to 2030 was issued.',
    'The digital infrastructure scheme by 2026 has been adopted.',
  ])('%s', (plan) => expect(periodOf47(plan)).toBe('2024-07'));
  it('a year reported (no plan) still dates what follows', () =>
    expect(periodOf47('The results of 2025 were reviewed.')).toBe('2025-07'));
});

describe('review mends: a sentence pointing back to the horizon takes it', () => {
  const periodOf80 = (paragraphs: string[]) => englishMetrics(paragraphs).find((m) => m.text === '80%')?.period?.iso;
  it.each([
    'The plan to 2025 was approved. By then, the rate of online dossiers will reach 80%.',
    'The action plan was issued to implement the strategy to 2025. By the end of the period, the share of online dossiers will reach 80%.',
    'The scheme until 2025 was adopted. In that year, the city aims to handle 80% of dossiers online.',
  ])('%s', (text) => expect(periodOf80(['The committee met on July 10, 2024.', text])).toBe('2025'));
});

describe('second review: what points back to no horizon', () => {
  it('"compared to 2019" is no horizon', () =>
    expect(englishMetrics(['Revenue in 2023 doubled compared to 2019. In that year, the digital economy accounted for 16.5 percent of GDP.'], 2024).find((m) => m.text === '16.5 percent')?.period?.iso).toBe('2023'));
  it('a vision is no horizon', () =>
    expect(englishMetrics(['The committee met on July 10, 2024.', 'The programme to 2025, with a vision to 2030, was approved. By then, the share of online dossiers will reach 80%.']).find((m) => m.text === '80%')?.period?.iso).toBe('2025'));
});
