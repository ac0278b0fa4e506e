import { describe, expect, it } from 'vitest';
import { isLocalPageInEnglish } from '../../../scripts/ingest/english-subject';
import { englishMetrics } from '../../support/metrics-of';

describe("a town's English page (round 48)", () => {
  it('is one place\'s report', () => {
    expect(isLocalPageInEnglish("Bim Son town's community teams go to each household to install the VNeID application.")).toBe(true);
    expect(isLocalPageInEnglish('Vietnam has issued 80 million chip-based ID cards nationwide.')).toBe(false);
  });
  it("gives the town's shares no national series", () => {
    const ms = englishMetrics(["Bim Son town's community teams go to each household to support the installation of VNeID.", 'To date, 90% of people have bank accounts and 75.2% of people make non-cash payments.'], 2024);
    expect(ms.filter((m) => m.unit === 'percent').map((m) => m.indicator ?? 'none')).toEqual(['none', 'none']);
  });
});
