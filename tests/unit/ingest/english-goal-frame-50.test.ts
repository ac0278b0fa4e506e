import { describe, expect, it } from 'vitest';
import { englishMetrics } from '../../support/metrics-of';
import { endsEnglishGoalFrame, englishGoalFrame } from '../../../scripts/ingest/english-goal-frame';
import { parseDateline } from '../../../scripts/ingest/dates';
import { englishDates } from '../../../scripts/ingest/english-dates';

/** Status and period start of the figure written `n` on an English page of `year`. */
function statusOf(paragraphs: string[], n: string, year?: number): [string, string | null] {
  const m = englishMetrics(paragraphs, year).find((x) => x.text === n || x.text.startsWith(n));
  if (!m) throw new Error(`no ${n}`);
  return [m.status, m.period?.iso ?? null];
}

describe('an English plan\'s goals (round 50)', () => {
  it('a `;`-list after "sets the target of" holds goals to its end, a participle before the goals notwithstanding', () => {
    const p = ['The plan of the committee in 2023, issued in early April, sets the target of 100% of ministries to issue a list of databases; 100% results of administrative procedures are digitized; 50% of records are done online remotely.'];
    expect(statusOf(p, '50%', 2023)).toEqual(['target', '2023']);
    expect(statusOf(p, '100%', 2023)[0]).toBe('target');
  });
  it('the frame runs on into the sentences and paragraphs after it, until one reports what was done', () => {
    const p = ['Accordingly, by 2025, the province aims for the digital economy to reach 5% of GRDP.', 'Over 60% of farmers know how to apply IoT. 100% of OCOP products are on e-commerce platforms.', 'In 2024, the province reached 3.2% of GRDP.'];
    expect(statusOf(p, '60%', 2024)).toEqual(['target', '2025']);
    expect(statusOf(p, '100%', 2024)).toEqual(['target', '2025']);
    expect(statusOf(p, '3.2%', 2024)[0]).toBe('actual');
  });
  it('opens on a plan\'s goals, not on results or forecasts, and ends on a result, a past year or a forecast', () => {
    expect(englishGoalFrame('According to the plan, specific goals in 2025, deploy the services nationwide.', 2025)?.horizon?.iso).toBe('2025');
    expect(englishGoalFrame('The province reached its targets for 2023 ahead of time.', 2024)).toBeUndefined();
    expect(englishGoalFrame('Under the normal scenario, the economy could reach 10.5 per cent by 2025.', 2024)).toBeUndefined();
    const frame = { horizon: { iso: '2025', precision: 'year' as const, text: '2025' } };
    expect(endsEnglishGoalFrame('After a 15.1 per cent decline in 2023, exports rebounded to $132 billion.', undefined, frame)).toBe(true);
    expect(endsEnglishGoalFrame('In Hanoi, the health department reported that 32 out of 42 hospitals use EMR.', 2025, frame)).toBe(true);
    expect(endsEnglishGoalFrame('The percentage of households with fibre access is over 85%.', 2025, frame)).toBe(false);
  });
});

describe('English ranks and scenarios (round 50)', () => {
  it('a top named as a position, the next top of its list, and an ordinal in a region', () => {
    const p = ['Vinh Phuc province will strive to secure a top 20 position in digital transformation in Vietnam in 2022 and top 10 by 2025.'];
    expect(englishMetrics(p, 2022).map((m) => [m.text, m.unit, m.status, m.period?.iso])).toEqual([['20', 'rank', 'target', '2022'], ['10', 'rank', 'target', '2025']]);
    expect(englishMetrics(['Its startup ecosystem ranks 55th globally and 5th in ASEAN.'], 2025).map((m) => m.text)).toEqual(['55th', '5th']);
    expect(englishMetrics(['The top 20 firms earned $3 billion.'], 2025).map((m) => m.text)).not.toContain('20');
    expect(englishMetrics(['Its human resources and security indexes ranked as high as 3 and 4, respectively.'], 2022).map((m) => [m.text, m.unit])).toEqual([['3', 'rank'], ['4', 'rank']]);
  });
  it('a scenario\'s figure is an estimate, charted in no series', () => {
    const p = ['With a breakthrough scenario, the digital economy could account for 26.2 per cent of GDP in 2025.'];
    expect(statusOf(p, '26.2', 2024)[0]).toBe('estimate');
    expect(englishMetrics(p, 2024)[0]?.indicator).toBeUndefined();
    expect(statusOf(['The digital economy accounted for 18.3 per cent of GDP in 2024.'], '18.3', 2025)[0]).toBe('actual');
  });
});

describe('an English portal\'s stamp (round 50)', () => {
  it('reads a date written month first beside a 12-hour clock, only where day first is no date', () => {
    expect(parseDateline('2:20:02 PM | 11/15/2022')).toMatchObject({ iso: '2022-11-15', text: '11/15/2022' });
    expect(parseDateline('2:20 PM | 05/11/2022')?.iso).toBe('2022-11-05'); // both readings are dates: day first, as elsewhere
    expect(parseDateline('Friday, 09/20/2024')).toBeNull(); // no clock: no way to tell the convention
  });
});

describe('an English day written without its year (round 50)', () => {
  it('is a day counted at ("As of August 23"), its year the page\'s or that of the same day written in full', () => {
    expect(englishDates('As of August 23, the police received 88,765 applications.', 2024).map((d) => [d.text, d.iso, !!d.yearMissing])).toEqual([['August 23', '2024-08-23', true]]);
    const p = ['The peak period runs from July 29, 2024 to September 4, 2024.', 'As of August 23, the Provincial Police have received a total of 88,765 applications.'];
    expect(statusOf(p, '88,765')).toEqual(['actual', '2024-08-23']);
    const again = ['In 2025, the city issued 3 million certificates.', 'As of November 21, more than 12.4 million certificates had been issued.', 'By November 21, 2024, 12.44 million digital signature certificates had been issued.'];
    expect(statusOf(again, '12.4 million')[1]).toBe('2024-11-21');
    expect(englishDates('It may grow 5.2% in May 2024.').map((d) => d.text)).toEqual(['May 2024']); // "May" a month with its year, not a day
  });
});

describe('English words around plain numbers (round 50)', () => {
  const texts = (s: string) => englishMetrics([s], 2024).map((m) => m.text);
  it('an age that bounds a group is no figure', () => {
    expect(texts('Of these, 35,094 applications were for children from 6 to 14 years old and 100% of citizens aged 14 and over have ID cards.')).toEqual(['35,094', '100%']);
  });
  it('the end of a span of days ("from July 1 to 23") is no figure', () => {
    expect(texts('From July 1 to 23, the city received 47,816 records.')).toEqual(['47,816']);
    expect(englishDates('from July 1 to 23, the city', 2025).map((d) => [d.iso, d.isoEnd])).toEqual([['2025-07-01', '2025-07-23']]);
  });
  it('the next ordinals of a list of places are ranks', () => {
    expect(englishMetrics(['The province ranked 12th in digital government, 22nd in digital economy and 14th in digital society.'], 2023).map((m) => [m.text, m.unit])).toEqual([['12th', 'rank'], ['22nd', 'rank'], ['14th', 'rank']]);
  });
});

describe('an English rate per day is charted in no series (round 50)', () => {
  it('"averaging 40 billion USD per day"', () => {
    const m = englishMetrics(['Cashless transactions are averaging 40 billion USD per day.'], 2023)[0]!;
    expect(m.indicator).toBeUndefined();
  });
});

describe('more English plans and scopes (round 50, set FD)', () => {
  it('"the … goals 2024 are …", "The goal is that by 2025", "It expects that by 2025" open a frame; a passive pair stays in it', () => {
    const p = ['According to the vice-chairman, the digital transformation goals 2024 are in terms of the digital government and economy.', 'Regarding the digital government, 90% of data are shared and utilized on the platform; 100% of formalities are provided online.'];
    expect(statusOf(p, '90%', 2024)).toEqual(['target', '2024']);
    expect(statusOf(p, '100%', 2024)).toEqual(['target', '2024']);
    expect(englishGoalFrame('The goal is that by 2025, digital government will be implemented with 80% of services online.', 2022)?.horizon?.iso).toBe('2025');
    expect(englishGoalFrame('It expects that by 2025, at least 90 percent of the residents will have accounts.', 2023)?.horizon?.iso).toBe('2025');
    expect(englishGoalFrame('The bank expects growth of 7% next year.', 2023)).toBeUndefined();
  });
  it('every unit of a place and a name\'s number are no figures', () => {
    const texts = (s: string) => englishMetrics([s], 2023).map((m) => m.text);
    expect(texts('Coverage reached 95.8% (with all 151 communes, wards and townships having stations).')).toEqual(['95.8%']);
    expect(texts('The Big 4 platforms earned VND135 trillion.')).toEqual(['135 trillion']);
  });
});
