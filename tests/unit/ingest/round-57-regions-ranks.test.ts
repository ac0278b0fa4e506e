/**
 * Round 57 (session 38, sets HW–IC): ranks among a region's members are no world ranking's place — on English pages for the AI
 * readiness and ICT development indexes ("6th among 10 ASEAN countries", "5th in ASEAN"), as already for the GII, EGDI and GCI.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { englishIndicatorOf } from '../../support/metrics-of';

describe('English regional ranks of world indexes', () => {
  it.each([
    ['In 2023, Vietnam ranked 59th globally in the Government AI Readiness Index and 5th among 10 ASEAN countries.', '5th'],
    ['Vietnam stood 6th in the ASEAN region in the Government AI Readiness Index 2024.', '6th'],
    ['Vietnam ranked 4th in Southeast Asia in the ITU ICT Development Index (IDI).', '4th'],
  ])('%s → no world series for %s', (text, n) => {
    expect(englishIndicatorOf(text, n)).toBe('none');
  });
  it('keeps the world place', () => {
    expect(englishIndicatorOf('In 2023, Vietnam ranked 59th globally in the Government AI Readiness Index and 5th among 10 ASEAN countries.', '59th')).toBe('ai-readiness-rank');
  });
});
