/** A round milestone passed, with the figure that passed it in the same sentence (round 27a; sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string) => findNumbers(s).map((m) => m.text);

describe('isPassedMilestone, through findNumbers', () => {
  it.each([
    ['Doanh thu phần mềm lần đầu vượt mốc 20 tỷ USD, đạt 21,3 tỷ USD.', ['21,3 tỷ USD']],
    ['Số thuê bao 5G đã vượt ngưỡng 1 triệu (khoảng 1,15 triệu thuê bao).', ['1,15 triệu']],
    ['Tỷ lệ hồ sơ trực tuyến chạm mốc 60%, cụ thể là 63,4%.', ['63,4%']],
  ])('%j keeps the exact figure only', (s, want) => expect(texts(s)).toEqual(want));
  it.each([
    ['Thị trường đã vượt mốc 25 tỷ USD vào năm 2024.', ['25 tỷ USD']],
    ['Xuất khẩu vượt mốc 10 tỷ USD, gấp đôi mức 5 tỷ USD năm trước.', ['10 tỷ USD', '5 tỷ USD']],
    ['Doanh thu vượt mốc 10 tỷ USD; lợi nhuận đạt 12 tỷ USD.', ['10 tỷ USD', '12 tỷ USD']],
  ])('%j: a milestone stated alone, or with no exact figure just above it, stays', (s, want) => expect(texts(s)).toEqual(want));
  it.each([
    ['Ví điện tử này vừa vượt mốc 20 triệu tài khoản và hướng tới mục tiêu 25 triệu tài khoản.', ['20 triệu', '25 triệu']],
    ['Số trạm đã chạm ngưỡng 8.000, kế hoạch cuối năm là 9.500 trạm.', ['8.000', '9.500']],
    ['Doanh thu cán mốc 40 tỷ USD, tập đoàn kỳ vọng năm tới đạt 45 tỷ USD.', ['40 tỷ USD', '45 tỷ USD']],
    ['Lượng khách dùng thẻ đã vượt ngưỡng 2 triệu người, định hướng đến năm sau là 2,5 triệu người.', ['2 triệu', '2,5 triệu']],
    ['Kim ngạch chạm mốc 30 tỷ USD, với tầm nhìn dài hạn ở mức 40 tỷ USD.', ['30 tỷ USD', '40 tỷ USD']],
  ])('%j: round 34, a goal after the mark (any of the lexicon\'s goal words, a plan, a hope) passes nothing: the mark stays a result', (s, want) => expect(texts(s)).toEqual(want));
});
