import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../scripts/ingest/metrics';
import { sharesOfUsersDoingElse } from '../../../scripts/ingest/population-share';
import { loadIndicators, loadTopics } from '../../../src/lib/lexicon';
import { segments } from './metrics-support';

const ROOT = new URL('../../../', import.meta.url).pathname;
const lex = { indicators: loadIndicators(ROOT), topics: loadTopics(ROOT) };
const byId = (id: string) => lex.indicators.find((x) => x.id === id)!;
const after = (s: string, n: string) => s.slice(s.indexOf(n) + n.length);

describe('round 32: a share of users doing something else', () => {
  it.each([
    ['Khảo sát cho thấy 91% người dùng điện thoại thông minh tại Việt Nam sử dụng ví điện tử.', '91%', 'smartphone-users'],
    ['Có 76% người sử dụng internet ở nông thôn dùng mạng xã hội để bán hàng.', '76%', 'internet-users'],
    ['Khoảng 64% người dùng smartphone chọn ứng dụng ngân hàng để chuyển tiền.', '64%', 'smartphone-users'],
  ])('%j: %s is no share of %s', (s, n, id) => {
    expect(sharesOfUsersDoingElse(byId(id), after(s, n))).toBe(true);
    const m = extractMetrics(segments([s]), { ...lex, fallbackTopic: 'xa-hoi-so' }).find((x) => x.text === n);
    expect(m?.indicator).not.toBe(id);
  });
  it.each([
    ['Tỷ lệ người dân sử dụng điện thoại thông minh đạt 84%.', '84%', 'smartphone-users'],
    ['Đã có 79% người dùng internet sử dụng dịch vụ công trực tuyến.', '79%', 'online-service-users'],
    ['Khoảng 73% người dùng smartphone, tăng 5 điểm so với năm trước.', '73%', 'smartphone-users'],
  ])('%j: %s may still be %s', (s, n, id) => expect(sharesOfUsersDoingElse(byId(id), after(s, n))).toBe(false));
});
