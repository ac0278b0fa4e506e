/**
 * Session 54: the not-claim tests that read a figure's context are asked of a quantity spelled in words as of one in digits
 * (`context-no-claim.ts`). Sentences written for the test; each pair says the same thing in digits and in words.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../scripts/ingest/numbers';

const texts = (s: string): string[] => findNumbers(s).map((m) => m.text);

describe('a spelled quantity meets the not-claim tests its digits meet', () => {
  it.each([
    // a count sorted by a threshold: the 7 is the claim, the threshold none
    ['Việt Nam có 7 ứng dụng có số lượng người dùng trên 1 triệu.', 'Việt Nam có 7 ứng dụng có số lượng người dùng trên một triệu.', ['7']],
    // a milestone passed, the exact figure after it
    ['Tài khoản ví điện tử đã vượt mốc 1 triệu, đạt 1,2 triệu tài khoản.', 'Tài khoản ví điện tử đã vượt mốc một triệu, đạt 1,2 triệu tài khoản.', ['1,2 triệu']],
    // groups of goods that each grew past a bar
    ['Có 10 nhóm hàng xuất khẩu tăng trên 1 tỷ USD.', 'Có 10 nhóm hàng xuất khẩu tăng trên một tỷ USD.', ['10']],
    // a condition's bar
    ['Nếu đạt tối thiểu 20 nghìn trạm, doanh nghiệp được giảm phí.', 'Nếu đạt tối thiểu hai mươi nghìn trạm, doanh nghiệp được giảm phí.', []],
    // the bar a streak is counted by
    ['Năm thứ 3 liên tiếp tỉnh đạt trên 90% hồ sơ trực tuyến.', 'Năm thứ 3 liên tiếp tỉnh đạt trên chín mươi phần trăm hồ sơ trực tuyến.', []],
    // a programme's quoted name (`isNoClaim`)
    ['Tỉnh phát động chương trình “1 triệu sáng kiến” trong năm 2024.', 'Tỉnh phát động chương trình “Một triệu sáng kiến” trong năm 2024.', []],
    // a rule's bound (round 73 asked this one alone of spelled money)
    ['Khách hàng chỉ có thể chốt đơn với giá trị tối thiểu 2 triệu đồng và không quá 10 triệu đồng.', 'Khách hàng chỉ có thể chốt đơn với giá trị tối thiểu hai triệu đồng và không quá mười triệu đồng.', []],
  ])('%s', (digits, words, kept) => {
    expect(texts(digits)).toEqual(kept);
    expect(texts(words)).toEqual(kept);
  });

  it.each([
    ['Giá trị giao dịch đạt hai triệu tỷ đồng.', ['hai triệu tỷ đồng']],
    ['Toàn tỉnh có mười lăm xã đạt chuẩn nông thôn mới kiểu mẫu.', ['mười lăm']],
    ['Tài khoản ví điện tử đã vượt mốc một triệu vào năm 2023.', ['một triệu']], // a milestone stated alone stays a claim
    ['Hơn hai triệu tài khoản định danh điện tử được kích hoạt.', ['hai triệu']],
  ])('keeps the spelled claim: %s', (s, kept) => expect(texts(s)).toEqual(kept));
});
