import { describe, expect, it } from 'vitest';
import { matchingText, numberOffset, ownedByOtherNumber, prepare, previousSentence, type IndicatorQuery } from '../../../scripts/ingest/indicator-context';
import { indicatorOf, metricOf } from '../../support/metrics-of';
import { findPhrase, phraseWords } from '../../../scripts/ingest/folded-text';

/** A query whose window is `clause` inside `sentence`, for the number written `n`. */
function q(sentence: string, clause: string, n: string, previous?: string): IndicatorQuery {
  const c = clause.toLowerCase();
  return { clause: c, sentence: sentence.toLowerCase(), at: c.indexOf(n), unit: 'percent', kind: 'share', ...(previous ? { previous } : {}) };
}

describe('matchingText', () => {
  it('reads the whole ;-clause around the window, not the next one', () => {
    const s = 'Kinh tế số tăng 22,4%, chiếm 18,3% GDP; doanh thu đạt 5 tỷ USD';
    const m = matchingText(q(s, 'chiếm 18,3% GDP', '18,3%'));
    expect(m.text).toBe('kinh tế số tăng 22,4%, chiếm 18,3% gdp');
    expect(m.text.slice(m.at, m.at + 5)).toBe('18,3%');
  });
  it('adds the lead-in before ":" to a later item of a ;-list', () => {
    const s = 'Tỷ trọng kinh tế số trong GDP lần lượt là: năm 2020 là 12,66%; 2021 là 12,87%';
    const m = matchingText(q(s, '2021 là 12,87%', '12,87%'));
    expect(m.text.startsWith('tỷ trọng kinh tế số trong gdp lần lượt là: ')).toBe(true);
    expect(m.text.slice(m.at, m.at + 6)).toBe('12,87%');
  });
  it('reads the sentence before only when the clause points back to it', () => {
    const previous = 'tỷ lệ hồ sơ trực tuyến chưa đạt mục tiêu.';
    expect(matchingText(q('Tỷ lệ này đạt 45,8%.', 'tỷ lệ này đạt 45,8%.', '45,8%', previous)).anaphor).toBe(previous.length + 1);
    expect(matchingText(q('Doanh thu đạt 45,8%.', 'doanh thu đạt 45,8%.', '45,8%', previous)).anaphor).toBe(0);
    expect(matchingText(q('Doanh thu lĩnh vực CNTT ước đạt trên 45,8%.', 'doanh thu lĩnh vực cntt ước đạt trên 45,8%.', '45,8%', previous)).anaphor).toBe(0);
    expect(matchingText(q('Nhóm hàng công nghệ này đạt 45,8%.', 'nhóm hàng công nghệ này đạt 45,8%.', '45,8%', previous)).anaphor).toBe(previous.length + 1);
  });
});

describe('ownedByOtherNumber', () => {
  it('gives the words after a number to that number, not to the next one', () => {
    const s = 'Phấn đấu đạt 80% hồ sơ trực tuyến, 40% người dùng';
    const m = prepare(q(s, '40% người dùng', '40%'));
    const hit = findPhrase(m.tokens, phraseWords('ho so truc tuyen'))[0]!;
    expect(ownedByOtherNumber(m, hit)).toBe(true);
    const own = prepare(q(s, 'phấn đấu đạt 80% hồ sơ trực tuyến', '80%'));
    expect(ownedByOtherNumber(own, findPhrase(own.tokens, phraseWords('ho so truc tuyen'))[0]!)).toBe(false);
  });
  it('keeps the words after a rank\'s field ("out of 63 …", "among 193 …") the rank\'s own, as after "tổng số"', () => {
    for (const s of ['The city ranked 4th out of 63 provinces with a rise in its digital economy', 'The country ranked 40th among 193 members with a rise in its digital economy']) {
      const m = prepare({ ...q(s, s, s.includes('4th') ? '4th' : '40th'), unit: 'rank', kind: 'rank' });
      expect(ownedByOtherNumber(m, findPhrase(m.tokens, phraseWords('digital economy'))[0]!, false)).toBe(false);
    }
    const m = prepare({ ...q('The city ranked 4th, with 63 firms in its digital economy', 'the city ranked 4th, with 63 firms in its digital economy', '4th'), unit: 'rank', kind: 'rank' });
    expect(ownedByOtherNumber(m, findPhrase(m.tokens, phraseWords('digital economy'))[0]!, false)).toBe(true);
  });
});

describe('previousSentence', () => {
  it('is the sentence before in the paragraph, if any', () => {
    expect(previousSentence('Câu một. Câu hai đạt 5%.', 'Câu hai đạt 5%.')).toBe('Câu một.');
    expect(previousSentence('Câu hai đạt 5%.', 'Câu hai đạt 5%.')).toBeUndefined();
  });
});

describe('round 39: a whole and its parts after "; trong đó" with no colon', () => {
  it('the parts read the lead\'s measure, not the whole\'s things', () => {
    const s = 'Hết tháng 8, nhập khẩu ô tô, xe máy, phụ tùng đạt 9,1 tỷ USD; trong đó, ô tô nguyên chiếc và linh kiện đạt 6,4 tỷ USD; xe máy là 1,2 tỷ USD';
    const m = matchingText(q(s, 'xe máy là 1,2 tỷ USD', '1,2'));
    expect(m.text.startsWith('hết tháng 8, nhập khẩu; ')).toBe(true);
    expect(m.text.includes('phụ tùng')).toBe(false);
  });
  it('a part with no name of its own keeps the whole lead', () => {
    const s = 'Hết tháng 8, nhập khẩu ô tô đạt 9,1 tỷ USD; trong đó, tháng 8 đạt 1,1 tỷ USD';
    expect(matchingText(q(s, 'tháng 8 đạt 1,1 tỷ USD', '1,1')).text.startsWith('hết tháng 8, nhập khẩu ô tô đạt 9,1 tỷ usd; ')).toBe(true);
  });
  it('the catalogue names each part\'s series', () => {
    const s = 'Lũy kế đến cuối tháng 5, xuất khẩu hàng điện tử, điện thoại ước đạt 40,2 tỷ USD; trong đó, nhóm máy tính, điện tử và linh kiện đạt 22,8 tỷ USD; nhóm điện thoại và linh kiện là 17,4 tỷ USD.';
    expect(indicatorOf(s, '22,8 tỷ USD')).toBe('ict-exports');
    expect(indicatorOf(s, '17,4 tỷ USD')).toBe('phone-exports');
  });
});

describe('round 45: the subject of a later number is that number\'s, not one before it (ownedByOtherNumber)', () => {
  const s = 'Trong năm 2024, tỉnh có 48,2% TTHC cung cấp DVCTT toàn trình, 20,5% TTHC cung cấp DVCTT một phần, còn lại 31,3%, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 71,4%.';
  it('the parts listed before take no series from the rate after them', () => {
    expect(metricOf(s, '20,5%', 2024).indicator).toBeUndefined();
    expect(metricOf(s, '31,3%', 2024).indicator).toBeUndefined();
  });
  it('the rate keeps its own', () => expect(metricOf(s, '71,4%', 2024).indicator).toBe('province-online-dossier-share'));
});

describe('round 45: "…, với tỷ lệ …" rates what the piece before counts', () => {
  it('the rate reads the noun of the count before it', () =>
    expect(metricOf('Trong 6 tháng đầu năm 2024, tỉnh Hà Nam đã tiếp nhận tổng cộng 120.400 hồ sơ, với tỷ lệ tiếp nhận trực tuyến đạt 88,5%.', '88,5%', 2024).indicator).toBe('province-online-dossier-share'));
  it('without "với tỷ lệ" the noun stays the count\'s', () =>
    expect(metricOf('Trong 6 tháng đầu năm 2024, tỉnh Hà Nam đã tiếp nhận tổng cộng 120.400 hồ sơ, tăng 8,5%.', '8,5%', 2024).indicator).not.toBe('province-online-dossier-share'));
});

describe('numberOffset: where the number stands in its sentence', () => {
  const sentence = 'theo ncs, trong năm 2024 có 6.200 vụ, 120 sự cố và 30 vụ tấn công đã được xử lý';
  it('read from its own item, a shared predicate left out', () => {
    expect(numberOffset({ sentence, clause: ' 120 sự cố … đã được xử lý', at: 1 })).toBe(sentence.indexOf('120'));
    expect(numberOffset({ sentence, clause: 'trong năm 2024 có 6.200 vụ', at: 18 })).toBe(sentence.indexOf('6.200'));
  });
  it('undefined when the item is not in the sentence', () => expect(numberOffset({ sentence, clause: 'khác', at: 0 })).toBeUndefined());
});
