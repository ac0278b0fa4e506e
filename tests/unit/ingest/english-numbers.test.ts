/** Round 35: numbers on an English page (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { sentenceNumbers } from '../../../scripts/ingest/english-numbers';

const read = (s: string) => sentenceNumbers(s, true).map((n) => ({ text: n.text, value: n.value, unit: n.unit, kind: n.kind, ...(n.total ? { total: n.total } : {}) }));
const one = (s: string, w: string) => sentenceNumbers(s, true).find((n) => n.start === s.indexOf(w));

describe('sentenceNumbers on an English page', () => {
  it('reads "per cent", "percent", "pct" and "%" as a percentage, with a decimal point', () => {
    for (const s of ['The share reached 61.4 per cent last year.', 'The share reached 61.4 percent last year.', 'The share reached 61.4 pct last year.', 'The share reached 61.4% last year.'])
      expect(one(s, '61.4')).toMatchObject({ value: 61.4, unit: 'percent', kind: 'share' });
  });
  it('reads a thousands comma as grouping', () => {
    expect(one('The agency logged 7,215 incidents.', '7,215')).toMatchObject({ value: 7215, unit: 'count' });
    expect(one('Some 1,204,330 accounts were opened.', '1,204,330')).toMatchObject({ value: 1204330, unit: 'count' });
  });
  it('reads scale words and currencies, spaced or glued', () => {
    expect(one('Sales hit VND 12,300 billion in the year.', '12,300')).toMatchObject({ value: 12.3e12, unit: 'VND', kind: 'money' });
    expect(one('Sales hit VND7.2 trillion in the year.', '7.2')).toMatchObject({ value: 7.2e12, unit: 'VND' });
    expect(one('Sales hit US$315 million in the year.', '315')).toMatchObject({ value: 315e6, unit: 'USD' });
    expect(one('It paid ($4.5 million) in tax.', '4.5')).toMatchObject({ value: 4.5e6, unit: 'USD' });
    expect(one('Sales hit 80 million USD in the year.', '80')).toMatchObject({ value: 80e6, unit: 'USD' });
    expect(one('The country has 64.2 million social media users.', '64.2')).toMatchObject({ value: 64.2e6, unit: 'count' });
  });
  it('reads a range with a dash, its scale and unit shared, and a falling range from its larger end', () => {
    expect(one('Fees may rise 20-25% next year.', '20')).toMatchObject({ text: '20-25%', value: 20, valueMax: 25, unit: 'percent' });
    expect(one('Deals worth 2–4 billion USD were signed.', '2')).toMatchObject({ value: 2e9, valueMax: 4e9, unit: 'USD' });
    expect(one('Cash use fell 3-5 per cent.', '3')).toMatchObject({ value: -5, valueMax: -3, unit: 'percent' });
    expect(read('Between 2019-2021 the plan ran.')).toEqual([]);
  });
  it('reads an ordinal after a rank word as a position, and "out of N" as its field', () => {
    expect(read('The city ranked 4th out of 63 localities.')).toEqual([{ text: '4th', value: 4, unit: 'rank', kind: 'rank', total: 63 }]);
    expect(read('The country ranked 58th among 193 member states.')).toEqual([{ text: '58th', value: 58, unit: 'rank', kind: 'rank', total: 193 }]);
    expect(one('Its e-government pillar was placed 12th nationwide.', '12th')).toMatchObject({ value: 12, unit: 'rank' });
    expect(one('The country is now ranked 71/193 in the survey.', '71')).toMatchObject({ value: 71, unit: 'rank', total: 193 });
    expect(read('It was the 3rd meeting of the board.')).toEqual([]);
  });
  it('reads "up/down N places" as a signed rank move', () => {
    expect(one('The index rose to 60th, up 7 places from the last edition.', '7')).toMatchObject({ value: 7, unit: 'rank', kind: 'rank-change' });
    expect(one('The province slipped, down 3 positions on the year.', '3')).toMatchObject({ value: -3, unit: 'rank', kind: 'rank-change' });
  });
  it('makes a fall negative, whatever its words, and keeps a rise positive', () => {
    for (const s of ['Fraud cases were down 21% on the year.', 'Fraud cases decreased by 21 percent.', 'Fraud cases fell by 21 percent.', 'Fraud cases saw a decline of 21 per cent.', 'Fraud cases were 21 percent lower than a year earlier.', 'There was a drop of 21 percent in fraud cases.'])
      expect(one(s, '21')).toMatchObject({ value: -21, unit: 'percent', kind: 'growth' });
    for (const s of ['Card payments were up 9% on the year.', 'Card payments increased by 9 percent.', 'Card payments saw a rise of 9 per cent.'])
      expect(one(s, '9')).toMatchObject({ value: 9, unit: 'percent', kind: 'growth' });
  });
  it('reads "N points" as a score, a change of one as a growth, and "points of sale" as no score', () => {
    expect(one('The province scored 71.3 points in the index.', '71.3')).toMatchObject({ value: 71.3, unit: 'points', kind: 'index' });
    expect(one('Its score rose 2.4 points on the year.', '2.4')).toMatchObject({ value: 2.4, unit: 'points', kind: 'growth' });
    expect(one('Banks run 12,000 points of sale in the city.', '12,000')).toMatchObject({ unit: 'count' });
  });
  it('reads a growth rate stated as a growth ("GDP growth reached 6.9%")', () => {
    for (const s of ['GDP growth reached 6.9% last year.', 'The growth rate was 6.9% last year.', 'Export growth stood at 6.9% last year.'])
      expect(one(s, '6.9')).toMatchObject({ value: 6.9, unit: 'percent', kind: 'growth' });
    expect(one('The growth plan covers 6.9% of firms.', '6.9')).toMatchObject({ kind: 'share' });
  });
  it('reads the "up" of a part\'s verb as no rise ("made up", "makes up", "taking up")', () => {
    for (const s of ['Online sales made up 7.5% of retail.', 'Online sales make up 7.5% of retail.', 'Online sales are taking up 7.5% of retail.'])
      expect(one(s, '7.5')).toMatchObject({ value: 7.5, unit: 'percent', kind: 'share' });
  });
  it('carries a fall on through a list of values', () => {
    const s = 'Cheque payments declined by 14.2 per cent in volume and 9.6 per cent in value.';
    expect(one(s, '9.6')).toMatchObject({ value: -9.6 });
  });
  it('reads "N times" as a multiplier and gives the qualifier', () => {
    expect(one('Traffic was 3.5 times higher than before.', '3.5')).toMatchObject({ value: 3.5, unit: 'times', kind: 'multiplier' });
    expect(one('The centre blocked nearly 2,100 attacks.', '2,100')).toMatchObject({ value: 2100, qualifier: 'nearly' });
    expect(one('The centre blocked about 2,100 attacks.', '2,100')).toMatchObject({ qualifier: 'approx' });
  });
  it('reads labels, spans of time, a survey\'s sample, a rate base and a day of a month as no figure', () => {
    expect(read('Under Decree 13, the level 3 services of version 2 were merged.')).toEqual([]);
    expect(read('In the first 7 months, there were 31 subscribers per 100 people.')).toEqual([{ text: '31', value: 31, unit: 'count', kind: 'count' }]);
    expect(read('The report was released on March 14 by the ministry.')).toEqual([]);
    expect(read('The poll had 2,450 respondents; 900 firms surveyed replied.')).toEqual([]);
  });
  it('leaves a Vietnamese sentence to the Vietnamese reader off an English page', () => {
    const s = 'Doanh thu đạt 4,639 tỷ đồng, tăng 15%.';
    expect(sentenceNumbers(s, false)[0]!.value).toBeCloseTo(4.639e9);
  });
});

describe('round 45: fractions, ordinals and lists of positions in English', () => {
  it('a fraction with English thousands groups reads both ends as whole numbers', () => {
    expect(read('Online, 45,230/51,008 records were handled.')).toEqual([{ text: '45,230/51,008', value: 45230, unit: 'count', kind: 'count', total: 51008 }]);
    expect(read('The share reached 8.4% (1,204/14,332 households).').map((n) => n.value)).toEqual([8.4, 1204]);
  });
  it('a fraction\'s denominator before "points" is no figure of its own', () => {
    expect(read('Its average score was 68.5/100 points, the highest at 88.25/100 points.').map((n) => n.text)).toEqual(['68.5/100', '88.25/100']);
  });
  it('an ordinal "out of" a field, or before "place", is a position whatever verb comes before it', () => {
    expect(read('The country climbed to 46th out of 193 economies.')).toEqual([{ text: '46th', value: 46, unit: 'rank', kind: 'rank', total: 193 }]);
    expect(read('The city is now in 7th place nationwide.')).toEqual([{ text: '7th', value: 7, unit: 'rank', kind: 'rank' }]);
    expect(read('The 5th conference was held in May.')).toEqual([]);
  });
  it('fractions listed after a position of the same field are positions too', () => {
    expect(read('The province ranks 12/63 in digital government, 20/63 in digital economy and 9/63 in digital society.').map((n) => n.kind)).toEqual(['rank', 'rank', 'rank']);
    expect(read('The province ranks 12/63 overall; 40/63 communes have fibre.').map((n) => n.kind)).toEqual(['rank', 'count']);
  });
});

describe('round 45: dong written "VNĐ", quadrillions, counts above their plan', () => {
  it('"VNĐ" makes an amount in dong, "quadrillion" scales by 10^15', () => {
    expect(read('Revenue is estimated at VNĐ3.75 quadrillion (US$150.2 billion).').map((n) => [n.value, n.unit])).toEqual([[3.75e15, 'VND'], [1.502e11, 'USD']]);
    expect(read('Contributions reached about VNĐ98.6 trillion.').map((n) => [n.value, n.unit])).toEqual([[9.86e13, 'VND']]);
  });
  it('a count above its plan, both written with thousands groups', () => {
    expect(read('The province received 412,006/300,518 records, reaching 137.1%.')).toEqual([
      { text: '412,006/300,518', value: 412006, unit: 'count', kind: 'count', total: 300518 },
      { text: '137.1%', value: 137.1, unit: 'percent', kind: 'share' },
    ]);
  });
});
