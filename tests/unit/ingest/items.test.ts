import { describe, expect, it } from 'vitest';
import { blankExclusions, bracketListField, clauseSpan, contextWindow, listItems, parenAround, sharedPredicate } from '../../../scripts/ingest/items';
import { indicatorOf } from '../../support/metrics-of';
import { findNumbers } from '../../../scripts/ingest/numbers';

/** The item texts of every number of `s`. */
const items = (s: string) => listItems(s, findNumbers(s)).map((i) => s.slice(i.start, i.end).trim());
/** The context window of the number written `text` in `s`. */
function windowOf(s: string, text: string): string {
  const nums = findNumbers(s);
  const i = nums.findIndex((n) => n.text === text);
  const w = contextWindow(s, nums, i);
  expect(w.text.slice(w.at, w.at + text.length)).toBe(text.toLowerCase());
  return w.text;
}

describe('clauseSpan / parenAround', () => {
  it('clauseSpan returns the ;-clause around a position', () => {
    const s = 'a 1; b 2; c';
    expect(clauseSpan(s, 6)).toEqual({ start: 4, end: 8 });
    expect(clauseSpan(s, 0)).toEqual({ start: 0, end: 3 });
  });

  it('parenAround finds the open parenthesis around a position, or nothing', () => {
    const s = 'tăng (2021 đạt 5%, 2022 đạt 7%), gấp 2 lần';
    expect(parenAround(s, s.indexOf('5%'))).toEqual({ start: 5, end: s.indexOf(')') });
    expect(parenAround(s, s.indexOf('2 lần'))).toBeUndefined();
  });
});

describe('listItems', () => {
  it('listItems gives every number of a comma list its own item', () => {
    expect(items('phấn đấu đạt 90% dịch vụ toàn trình, 60% người dùng, 100% hồ sơ số hóa')).toEqual([
      'phấn đấu đạt 90% dịch vụ toàn trình', '60% người dùng', '100% hồ sơ số hóa',
    ]);
  });

  it('listItems splits "A và B" lists and keeps a "từ X lên Y" pair in one item', () => {
    expect(items('18/20 sở và 150/160 xã đã kết nối')).toEqual(['18/20 sở', '150/160 xã đã kết nối']);
    expect(items('tăng từ 40% lên 65% (gấp 1,5 lần)')).toEqual(['tăng từ 40% lên 65%', 'tăng từ 40% lên 65%', 'gấp 1,5 lần)']);
  });

  it('listItems does not split at the commas of a number\'s own noun phrase', () => {
    const s = 'có 5/20 sở, ngành, huyện có tỷ lệ phê duyệt dưới 30%';
    expect(items(s)).toEqual([s, s]);
  });

  it('listItems keeps items of different ;-clauses apart', () => {
    expect(items('đạt 5 tỷ USD; tăng 12%')).toEqual(['đạt 5 tỷ USD', 'tăng 12%']);
  });
});

describe('contextWindow', () => {
  it('contextWindow reads each number of a list with its own words', () => {
    const s = 'đạt 90% dịch vụ công trực tuyến toàn trình, 60% dân số trưởng thành sử dụng dịch vụ công trực tuyến';
    expect(windowOf(s, '60%').trim()).toBe('60% dân số trưởng thành sử dụng dịch vụ công trực tuyến');
  });

  it('contextWindow lends an elliptical item the item before it', () => {
    expect(windowOf('doanh thu phần mềm đạt 20 tỷ USD, tăng 15%', '15%')).toBe('doanh thu phần mềm đạt 20 tỷ usd, tăng 15%');
    expect(windowOf('Indonesia xếp thứ 4, Philippines 8', '8')).toContain('indonesia');
  });

  it('contextWindow adds the predicate an "A và B đã …" list shares', () => {
    expect(windowOf('18/20 sở, ngành và 150/160 xã đã kết nối với hệ thống EMC', '18/20')).toBe('18/20 sở, ngành … đã kết nối với hệ thống emc');
    expect(windowOf('30/40 nhiệm vụ của Đề án và 10/15 nhiệm vụ khác chưa hoàn thành', '30/40')).toContain('chưa hoàn thành');
  });

  it('contextWindow adds the place an "A và B" list stands in after its last item (session 24)', () => {
    expect(windowOf('Sau một năm vận hành, có 9,4 triệu tài khoản và 31 triệu hồ sơ gửi trên Cổng dịch vụ công quốc gia', '9,4 triệu')).toContain('tài khoản … trên cổng dịch vụ công quốc gia');
    expect(windowOf('Sau một năm vận hành, có 9,4 triệu tài khoản và 31 triệu hồ sơ gửi tới Cổng dịch vụ công quốc gia', '9,4 triệu')).not.toContain('cổng');
  });

  it('sharedPredicate needs a "và" in the chain: a plain comma list shares nothing', () => {
    const s = '90% hồ sơ, 60% người dùng được gắn định danh';
    const nums = findNumbers(s);
    expect(sharedPredicate(s, nums, listItems(s, nums), 0)).toBeUndefined();
  });
});

describe('bracketListField', () => {
  const field = (s: string, n: string) => {
    const numbers = findNumbers(s);
    return bracketListField(s, numbers, numbers.findIndex((x) => x.text === n));
  };

  it('values in brackets after names read what the run says after its last bracket, from its "về"', () => {
    const s = 'Tính đến tháng 10, Cần Thơ (71%) cùng các tỉnh Huế (68,2%), Bến Tre (66%) là 3 địa phương dẫn đầu về tỷ lệ thanh toán trực tuyến (tính trên tổng số hồ sơ).';
    for (const n of ['71%', '68,2%', '66%']) expect(field(s, n), n).toBe('về tỷ lệ thanh toán trực tuyến');
  });

  it('without "về", the words after the run up to a bracket; nothing for other numbers', () => {
    expect(field('An Giang (40%) và Cà Mau (38%) là những tỉnh xếp cuối (theo Bộ).', '38%')).toBe('là những tỉnh xếp cuối');
    expect(field('Tỉnh đạt 40% (tăng 5%) so với năm trước.', '40%')).toBeUndefined();
    expect(field('Hà Nam (68%); Nam Định (52%).', '68%')).toBeUndefined();
  });

  it('contextWindow appends the field to each value of the run', () => {
    const s = 'Sơn La (12%), Lai Châu (10%) đứng cuối về tỷ lệ hồ sơ trực tuyến.';
    const numbers = findNumbers(s);
    expect(contextWindow(s, numbers, 0).text).toContain(' … về tỷ lệ hồ sơ trực tuyến');
  });
});

describe('blankExclusions: what a figure leaves out (round 38)', () => {
  it('blanks "(chưa bao gồm …)", "(không tính …)", "(trừ …)" and keeps the length', () => {
    const s = 'tỷ trọng kinh tế số là 16% (chưa bao gồm thương mại điện tử) và 9% (trừ viễn thông)';
    const b = blankExclusions(s);
    expect(b.length).toBe(s.length);
    expect(b).not.toMatch(/thương mại|viễn thông/u);
    expect(b).toContain('16%');
  });
  it('keeps other brackets', () => {
    const s = 'doanh thu 5 tỷ đồng (tăng 12%) (bao gồm thuế)';
    expect(blankExclusions(s)).toBe(s);
  });
  it('a share that leaves e-commerce out keeps the digital economy series', () => {
    expect(indicatorOf('Năm 2022, tỉnh lần đầu tính được phần đóng góp của kinh tế số vào GRDP, ở mức 11,2% (chưa bao gồm thương mại điện tử).', '11,2%', 2022)).toBe('digital-economy-grdp-share');
  });
});
