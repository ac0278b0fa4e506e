/**
 * Round 59 (session 40): the share of (online) dossiers settled on time, early or late ("tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn")
 * is no online-dossier share: the catalogue's `without` words "đúng hạn", "trước hạn", "quá hạn", "trễ hạn".
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../../support/metrics-of';

describe('an on-time share is not the online share', () => {
  it.each([
    ['Trong quý I/2024, tỷ lệ hồ sơ trực tuyến của tỉnh được giải quyết đúng hạn đạt 98,2%.', '98,2%'],
    ['Tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh đạt 62% và tỷ lệ giải quyết đúng hạn đạt 99%.', '99%'],
    ['Cả nước có 0,8% hồ sơ trực tuyến bị giải quyết quá hạn.', '0,8%'],
  ])('%s → %s has no series', (text, n) => expect(indicatorOf(text, n)).toBe('none'));

  it.each([
    ['Tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh đạt 62% và tỷ lệ giải quyết đúng hạn đạt 99%.', '62%', 'province-online-dossier-share'],
    ['Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 62%, trong đó 99% hồ sơ được giải quyết đúng hạn.', '62%', 'province-online-dossier-share'],
  ])('%s → %s keeps %s', (text, n, want) => expect(indicatorOf(text, n)).toBe(want));
});
