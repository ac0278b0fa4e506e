/** Round 62, fourth wave (session 43, after the sets' first reads took two floors under): the base of a rate per head is no figure and
 *  keeps the rate off a count series; a group's band in English defines the group; areas and power are no figures of ours; parts a whole
 *  is divided into are its structure; an order of finishing is no ranking's place; express items are not the postal volume. Sentences
 *  written for this test. */
import { describe, expect, it } from 'vitest';
import { englishMetrics, metricOf } from '../../support/metrics-of';

const english = (text: string) => englishMetrics([text], 2024).map((m) => m.text);

describe('English', () => {
  it('the base of a rate per head is no figure, and the rate is no count of firms', () => {
    const text = 'Da Nang has 2.1 digital technology enterprises per 1,000 people, above the national average of 0.5 digital technology enterprises /1000 people.';
    expect(english(text)).not.toContain('1000');
    expect(englishMetrics([text], 2024).filter((m) => m.indicator === 'digital-tech-enterprises')).toEqual([]);
  });
  it('a count of firms keeps its series', () =>
    expect(englishMetrics(['Vietnam had 74,000 digital technology enterprises in 2024.'], 2024)[0]?.indicator).toBe('digital-tech-enterprises'));
  it('a group\'s band is no value', () => {
    const texts = english('The results are divided into 2 groups. Group A, achieving an Index result of 90% or more, includes 13 provinces. Group B, achieving an Index result of 80% to less than 90%, includes 50 provinces.');
    expect(texts).toEqual(['13', '50']);
  });
  it('a share reached "or more" with no group named stays a figure', () =>
    expect(english('Coverage reached 90% or more in 2024.')).toContain('90%'));
  it.each(['nearly 4 hectares', '23,000 square metres', 'a 12,400-square-metre hall', '140 MW'])('"%s" is no figure', (phrase) =>
    expect(english(`The data centre covers ${phrase} in the park.`)).toEqual([]));
});

describe('Vietnamese', () => {
  it('an order of finishing is no ranking\'s place', () =>
    expect(metricOf('Hà Tĩnh trở thành địa phương thứ 2 của cả nước hoàn thành việc thu nhận hồ sơ cấp căn cước công dân gắn chip.', '2', 2023).indicator).toBeUndefined());
  it('a rank in the digital transformation ranking keeps its series', () =>
    expect(metricOf('Năm 2023, Hà Tĩnh xếp thứ 20 về chuyển đổi số.', '20', 2023).indicator).toBe('dti-province-rank'));
  it('express items to the Party\'s offices are not the postal volume', () =>
    expect(metricOf('Bưu điện Việt Nam đã giao 162 bưu gửi hỏa tốc tới các cơ quan của Đảng và Nhà nước.', '162', 2023).indicator).toBeUndefined());
  it('the postal volume keeps its series', () =>
    expect(metricOf('Năm 2023, Bưu điện Việt Nam chấp nhận và phát 1,2 tỷ bưu gửi.', '1,2 tỷ', 2023).indicator).toBe('postal-items'));
});
