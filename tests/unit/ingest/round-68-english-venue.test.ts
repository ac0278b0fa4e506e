/** Round 68 (session 49): a capital named as the venue of a national body's event ("the Ministry … held a conference … in Hanoi") does not
 *  make an English page one city's report; a city or province speaking for itself still does. Openings written for this test. */
import { describe, expect, it } from 'vitest';
import { isLocalPageInEnglish } from '../../../scripts/ingest/english-subject';

describe('a capital as a venue', () => {
  it.each([
    'This morning, the Ministry of Information and Communications held a conference to review the work in 2022 in Hanoi.',
    'The Prime Minister chaired the meeting held at HCM City on Saturday.',
  ])('national: %s', (opening) => expect(isLocalPageInEnglish(opening)).toBe(false));
  it.each([
    "Hanoi's People's Committee held a conference in Hanoi to review the city's digital transformation.",
    'Lao Cai province worked with the Ministry of Information and Communications in Hanoi.',
    'The HCM City Department of Information and Communications reported the city’s results.',
    "The People's Committee held a conference in Hanoi on the capital's digital economy.",
    'The Ministry of Finance said revenue in Hanoi rose 10%.',
    'The Ministry of Public Security launched the VNeID app in Ho Chi Minh City, where 5 million residents have accounts.',
    'The Ministry of Information and Communications launched 5G in Hanoi last year.',
  ])('local: %s', (opening) => expect(isLocalPageInEnglish(opening)).toBe(true));
});
