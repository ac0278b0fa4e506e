/** Round 23 labels: a nation's average as its value, series named the short way. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { isProvincialBodyLead } from '../../../scripts/ingest/provincial-body';
import { indicatorOf } from '../../support/metrics-of';


describe('the whole country\'s average of a share is the nation\'s value', () => {
  it.each([
    ['Theo kết quả đo lường sự hài lòng của người dân năm 2024, chỉ số trung bình cả nước là 83,1%.', '83,1%'],
    ['Mức độ hài lòng của người dân, doanh nghiệp bình quân toàn quốc đạt 84%.', '84%'],
  ])('%s (%s)', (text, n) => expect(indicatorOf(text, n)).toBe('service-satisfaction'));

  it('an average over years stays no level', () =>
    expect(indicatorOf('Tỷ lệ hài lòng của người dân trung bình giai đoạn 2021-2025 đạt 82%.', '82%')).toBe('none'));
});

describe('community technology teams named without "số"', () => {
  it('"Tổ công nghệ cộng đồng"', () =>
    expect(indicatorOf('Cả nước đã thành lập hơn 80.000 Tổ công nghệ cộng đồng.', '80.000')).toBe('community-digital-teams'));
});

describe('a province as one bridge of a national online meeting', () => {
  it.each([
    'Tại điểm cầu tỉnh Quảng Bình, đồng chí Nguyễn Văn A – Giám đốc Sở Khoa học và Công nghệ chủ trì',
    'Tại điểm cầu thành phố Cần Thơ, tham dự có lãnh đạo Sở Nội vụ và các sở, ngành',
  ])('%s', (s) => expect(isProvincialBodyLead(s)).toBe(false));
  it('the province\'s own department still makes its page', () =>
    expect(isProvincialBodyLead('Sở Khoa học và Công nghệ tổ chức hội nghị, kết nối đến điểm cầu các huyện')).toBe(true));
});
