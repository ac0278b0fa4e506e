import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';
import { changeDirection, comparisonDirection, continuesChange, continuesItem, shortfallDirection } from '../../../scripts/ingest/direction';

const w = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

describe('changeDirection', () => {
  it.each([
    ['tăng', 'up'], ['tăng trưởng', 'up'], ['tăng thêm khoảng', 'up'], ['tăng lần lượt', 'up'], ['nhích', 'up'],
    ['giảm', 'down'], ['giảm lần lượt', 'down'], ['sụt', 'down'], ['tụt', 'down'], ['sụt giảm mạnh', 'down'],
    ['tăng trưởng âm', 'down'], ['doanh thu giảm gần', 'down'],
  ])('%j → %s', (before, dir) => expect(changeDirection(w(before))).toBe(dir));
  it.each(['giảm còn', 'tăng lên', 'giảm từ', 'tăng đến', 'đạt', 'tăng cường', 'cắt giảm', 'tinh giảm', 'giảm thiểu', 'tăng gấp', ''])(
    '%j → none (a level, or no change verb)', (before) => expect(changeDirection(w(before))).toBeUndefined(),
  );
  it('rank steps read "lên"/"xuống" as a move', () => {
    expect(changeDirection(w('vươn lên'), true)).toBe('up');
    expect(changeDirection(w('tụt xuống'), true)).toBe('down');
    expect(changeDirection(w('thăng'), true)).toBe('up');
  });
});

describe('comparisonDirection / continuesChange', () => {
  it('reads "cao hơn / thấp hơn … so với" as a difference', () => {
    expect(comparisonDirection('tỷ lệ cao hơn ', ' so với năm trước')).toBe('up');
    expect(comparisonDirection('chậm hơn khoảng ', ' so với kế hoạch')).toBe('down');
    expect(comparisonDirection('cao hơn ', ' dân số')).toBeUndefined();
  });
  it('a number right after "và" or "," continues the change before it', () => {
    expect(continuesChange(' và ')).toBe(true);
    expect(continuesChange(', ')).toBe(true);
    expect(continuesChange(' so với ')).toBe(false);
  });
  it('the number before may be followed by the aspect it measures ("về số lượng") before "và"', () => {
    for (const b of [' về số lượng và ', ' về số lượng giao dịch và ', ' về giá trị, ', ' về số lượng, và ']) expect(continuesChange(b), b).toBe(true);
    for (const b of [' về số lượng, trong khi ', ' về giá trị so với năm trước và ', ' doanh thu và ']) expect(continuesChange(b), b).toBe(false);
  });
  it('a qualifier may stand before the number that continues the change (round 15)', () => {
    for (const b of [' về số lượng và hơn ', ' và gần ', ', khoảng ', ' về giá trị và trên ']) expect(continuesChange(b), b).toBe(true);
    for (const b of [' và đạt hơn ', ' và tăng hơn ', ' hơn ']) expect(continuesChange(b), b).toBe(false);
  });
});

describe('cuts and their items', () => {
  it.each([
    [' thời gian xử lý hồ sơ; ', ' chi phí đi lại.'],
    [' số giấy tờ phải nộp; ', ' thời gian chờ; '],
  ])('%j then %j continues the change', (between, after) => expect(continuesItem(between, after)).toBe(true));
  it.each([
    [' thời gian xử lý; ', ' người dân hài lòng với dịch vụ công trực tuyến của tỉnh trong năm qua.'],
    [' doanh thu; số doanh nghiệp tăng ', ' so với năm trước.'],
    [' thời gian xử lý, ', ' chi phí.'],
  ])('%j then %j does not', (between, after) => expect(continuesItem(between, after)).toBe(false));
  it('a cut of a share is a fall; a cut of a count is what was cut', () => {
    const v = (s: string) => findNumbers(s).map((m) => m.value);
    expect(v('Sở đã cắt giảm 40% thời gian xử lý hồ sơ; 25,5% chi phí đi lại.')).toEqual([-40, -25.5]);
    expect(v('Tỉnh tinh giảm khoảng 12% đầu mối.')).toEqual([-12]);
    expect(v('Bộ cắt giảm 120 thủ tục.')).toEqual([120]);
    expect(v('Doanh thu tăng 12% ; 30% doanh nghiệp có website.')).toEqual([12, 30]);
  });
});

describe('round 29a: a superlative fall with no link word, and "thụt"', () => {
  const values = (s: string) => findNumbers(s).map((m) => m.value);
  it.each([
    ['Xã A giảm sâu nhất gần 5 điểm so với kỳ trước.', [-5]],
    ['Trong khối, trường B thụt sâu nhất là 21 bậc.', [-21]],
    ['Tỉnh B thụt 3 bậc so với năm trước.', [-3]],
    ['Doanh thu giảm mạnh nhất khoảng 12%.', [-12]],
  ])('%j', (s, want) => expect(values(s)).toEqual(want));
});

describe('round 31f: a change named as a noun, the months named together, then their values in turn', () => {
  const read = (s: string) => findNumbers(s).map((m) => [m.value, m.kind]);
  it('"mức sụt giảm … tháng 5 và 6 tương ứng là" makes both values falls', () =>
    expect(read('Sản lượng bán ra giảm, với mức sụt giảm lớn nhất trong tháng 5 và 6 tương ứng là 14,5% và 12,1%.'))
      .toEqual([[-14.5, 'growth'], [-12.1, 'growth']]));
  it('quarters with "lần lượt"', () =>
    expect(read('Mức giảm sâu nhất ở quý 1, quý 2 lần lượt là 5,1% và 4%.')).toEqual([[-5.1, 'growth'], [-4, 'growth']]));
  it('or rises, with no "là"', () =>
    expect(read('Lượng khách tăng, mức tăng cao nhất vào tháng 7 và tháng 8 tương ứng 12% và 15%.')).toEqual([[12, 'growth'], [15, 'growth']]));
  it('months named together with no change noun keep their shares', () =>
    expect(read('Tỷ lệ trong tháng 3 và 4 tương ứng là 22,8% và 22,4%.')).toEqual([[22.8, 'share'], [22.4, 'share']]));
});

describe('round 31f: rank steps after "đến", and "vọt"', () => {
  it.each([
    ['tụt đến', 'down'], ['giảm đến', 'down'], ['tăng đến', 'up'], ['nhảy vọt', 'up'],
  ])('%j + bậc → %s', (before, dir) => expect(changeDirection(w(before), true)).toBe(dir));
  it('a percentage after "giảm đến" is still a level reached', () => expect(changeDirection(w('giảm đến'))).toBeUndefined());
  it('in a sentence', () =>
    expect(findNumbers('Thành phố xếp thứ 30 (tụt đến 6 bậc so với năm trước).').map((m) => [m.value, m.unit])).toEqual([[30, 'rank'], [-6, 'rank']]));
  it('"tăng vọt" is a rise', () => expect(changeDirection(w('tăng vọt'))).toBe('up'));
});

describe('round 39: a gap behind another ("kém")', () => {
  it('shortfallDirection reads "kém" and what is ahead before a difference', () => {
    expect(shortfallDirection('đà nẵng kém bình dương ', '2,3 điểm')).toBe('down');
    expect(shortfallDirection('tỉnh kém khoảng ', '4%')).toBe('down');
    expect(shortfallDirection('đà nẵng kém bình dương ', '2 doanh nghiệp')).toBeUndefined();
    expect(shortfallDirection('chất lượng còn yếu ', '2,3 điểm')).toBeUndefined();
  });
  it('findNumbers gives the gap its sign', () => {
    expect(findNumbers('Chỉ số của Đà Nẵng kém Bình Dương 2,3 điểm.').map((n) => n.direction)).toEqual(['down']);
  });
});
