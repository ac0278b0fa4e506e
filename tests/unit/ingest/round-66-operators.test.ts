/** Round 66 (session 47, from wave 3's first read, mended after its second review): a firm's own figure — a telecom operator named as the
 *  subject (Viettel, VNPT, MobiFone), a group or corporation by its capitalised name, a consolidated figure — is no national series
 *  (`other-subject.ts` `isCompanyFigure`, which read only Vietnamese company words before); a sector's figure that names firms in an aside
 *  ("including …", "dominated by …", "trong đó …") or the whole sector keeps it. Sentences written for this test and by the reviewer. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricsOf } from '../../support/metrics-of';

const english = (text: string) => englishMetrics([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);
const vietnamese = (text: string) => metricsOf([text], 2024).map((m) => `${m.text} ${m.indicator ?? 'none'}`);

describe('an operator is not the sector', () => {
  it.each([
    ['Viettel said its consolidated revenue reached VND 172.5 trillion in 2023.', ['172.5 trillion none']],
    ['VNPT, a major telecom group, had revenue of VND 26.32 trillion in the first half.', ['26.32 trillion none']],
    ['MobiFone, another major player in the telecoms industry, saw revenue estimated at VND 13.5 trillion.', ['13.5 trillion none']],
    ['The Military Industry and Telecoms Group (Viettel) recorded a record year, with consolidated revenue reaching VND 220.4 trillion.', ['220.4 trillion none']],
    ['Telecom revenue in 2023 reached VND 156,556 billion.', ['156,556 billion telecom-revenue']],
    ['The revenue of the telecom sector, including Viettel, VNPT and MobiFone, reached VND 156,556 billion.', ['156,556 billion telecom-revenue']],
    ['Telecommunications revenue, dominated by Viettel Group, reached VND 156,556 billion in 2023.', ['156,556 billion telecom-revenue']],
    ['According to Viettel, telecom revenue in 2023 reached VND 156,556 billion.', ['156,556 billion telecom-revenue']],
    ['Postal revenue, led by Viettel Post and Vietnam Post, reached VND 56,000 billion in 2023.', ['56,000 billion postal-revenue']],
  ])('%s', (text, want) => expect(english(text)).toEqual(want));
  it.each([
    ['Năm 2023, doanh thu viễn thông toàn ngành đạt 147.000 tỷ đồng; riêng Viettel đạt 172.000 tỷ đồng doanh thu hợp nhất.', ['147.000 tỷ đồng telecom-revenue', '172.000 tỷ đồng none']],
    ['Doanh thu dịch vụ viễn thông của các doanh nghiệp, trong đó Viettel chiếm phần lớn, năm 2023 đạt 150.000 tỷ đồng.', ['150.000 tỷ đồng telecom-revenue']],
    ['Doanh thu bưu chính năm 2023 đạt 56.000 tỷ đồng.', ['56.000 tỷ đồng postal-revenue']],
  ])('%s', (text, want) => expect(vietnamese(text)).toEqual(want));
});
