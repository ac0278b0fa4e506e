import { describe, expect, it } from 'vitest';
import {
  CLOCK, CLOCK_OR_H, DATELINE_TIME, DATELINE_ZONE, ENGLISH_TIME, SPOKEN_HOUR, SPOKEN_TIME, ZONE, ZONE_NAME,
  timeAfterDate, timeBeforeDate,
} from '../../../scripts/ingest/time-of-day';

/** True when pattern source `source` matches the whole of `s` (the callers' flags: `i` where they read "PM", "H"). */
const whole = (source: string, s: string, flags = 'iu') => new RegExp(`^(?:${source})$`, flags).test(s);

describe('CLOCK: the shared core, an hour and a two-digit minute', () => {
  it.each(['06:40', '6:40', '23:59'])('reads %j', (s) => expect(whole(CLOCK, s)).toBe(true));
  it.each(['6:4', '6h40', '1:500', '2031:', '106:40', '6:40:12'])('refuses %j', (s) => expect(whole(CLOCK, s)).toBe(false));
  it('is found inside a header line, and fenced off digits it is no scale ("1:500")', () => {
    const fenced = new RegExp(String.raw`(?<!\d)${CLOCK}(?!\d)`, 'u');
    expect(fenced.test('Đăng lúc 14:25 | Lượt xem: 77')).toBe(true);
    expect(fenced.test('bản đồ tỷ lệ 1:500')).toBe(false);
  });
});

describe('CLOCK_OR_H: a colon or the Vietnamese "h", by a dateline\'s date', () => {
  it.each(['19:41', '7h45', '7 h 45', '07:45:09'])('reads %j', (s) => expect(whole(CLOCK_OR_H, s, 'u')).toBe(true));
  it.each(['7h4', '7:4', '7H45', '2031:'])('refuses %j', (s) => expect(whole(CLOCK_OR_H, s, 'u')).toBe(false));
});

describe('DATELINE_TIME: a time on a line that is only a date and a time', () => {
  it.each(['21:3', '21 : 03', '9h05', '9 h05', '06:40:12', '11:20 PM', '10:05 SA', '4:15CH'])('reads %j', (s) => expect(whole(DATELINE_TIME, s)).toBe(true));
  it.each(['9h5', '21:', 'h05', '121:03'])('refuses %j', (s) => expect(whole(DATELINE_TIME, s)).toBe(false));
});

describe('zones', () => {
  it.each(['GMT+8', 'utc - 3', 'UTC+10'])('ZONE reads %j', (s) => expect(whole(ZONE, s)).toBe(true));
  it.each(['(GMT+8)', 'GMT +8', 'GMT+8'])('DATELINE_ZONE reads %j', (s) => expect(whole(DATELINE_ZONE, s)).toBe(true));
  it.each(['UTC+8', 'GMT  +8'])('DATELINE_ZONE refuses %j', (s) => expect(whole(DATELINE_ZONE, s)).toBe(false));
  it('ZONE_NAME is GMT or UTC', () => {
    expect(whole(ZONE_NAME, 'UTC', 'u')).toBe(true);
    expect(whole(ZONE_NAME, 'EST', 'u')).toBe(false);
  });
});

describe('ENGLISH_TIME: an English dateline\'s time, meridiem and zone', () => {
  it.each(['6:45 pm GMT+8', '11:20:05 AM', '04:05 UTC - 3', '18:30'])('reads %j', (s) => expect(whole(ENGLISH_TIME, s)).toBe(true));
  it.each(['4:5 pm', '18h30', '3:1'])('refuses %j', (s) => expect(whole(ENGLISH_TIME, s)).toBe(false));
});

describe('timeBeforeDate and timeAfterDate: a time glued to a numeric date, in the caller\'s groups', () => {
  const before = new RegExp(`^${timeBeforeDate('hh', 'mm')}$`, 'iu');
  const after = new RegExp(`^${timeAfterDate('hh', 'mm')}$`, 'iu');
  it('before a date: a colon or an "h", a one-digit minute read', () => {
    expect(before.exec('21:3')?.groups).toEqual({ hh: '21', mm: '3' });
    expect(before.exec('6h45')?.groups).toEqual({ hh: '6', mm: '45' });
    expect(before.test('6 h45')).toBe(false);
    expect(before.test('6:450')).toBe(false);
  });
  it('after a date: a colon and a two-digit minute only', () => {
    expect(after.exec('18:22')?.groups).toEqual({ hh: '18', mm: '22' });
    expect(after.test('18:2')).toBe(false);
    expect(after.test('18h22')).toBe(false);
  });
});

describe('SPOKEN_HOUR and SPOKEN_TIME: a time said with "giờ" or "h"', () => {
  it.each(['6 giờ', '11h', '11 H'])('SPOKEN_HOUR reads %j', (s) => expect(whole(SPOKEN_HOUR, s)).toBe(true));
  it.each(['6 giờ 45 phút', '5h15', '10 giờ 5', '6 giờ'])('SPOKEN_TIME reads %j', (s) => expect(whole(SPOKEN_TIME, s)).toBe(true));
  it.each(['giờ 45', '6 phút', '123 giờ'])('SPOKEN_TIME refuses %j', (s) => expect(whole(SPOKEN_TIME, s)).toBe(false));
});
