import { describe, expect, it } from 'vitest';
import { claimOf, type Claim } from '../../support/metrics-of';

/**
 * Round 31b (direction: falls and rises): phrasings written for this round in the style of provincial portals, national papers
 * and ministry reports, several forms per class; the expected claim follows docs/real-corpus.md's gold conventions.
 * Each row: the text (paragraphs split at " // "), the number as written, the claim, the article's year (default 2025;
 * null: an undated page) and whether the first paragraph is a headline.
 */
type Row = [text: string, n: string, want: Partial<Claim>, year?: number | null, headline?: boolean];
const c = (value: number, unit: string, status?: string, period?: string | null): Partial<Claim> =>
  ({ value, unit, ...(status ? { status } : {}), ...(period !== undefined ? { period } : {}) });
const check = ([text, n, want, year = 2025, headline = false]: Row) => expect(claimOf(text, n, year ?? undefined, headline), text).toMatchObject(want);

describe('falls by verb (giảm, sụt, tụt, lao dốc, thu hẹp, đi xuống, kéo giảm, âm, thấp hơn … so với)', () => {
  it.each([
    ['Năm 2024, số vụ tấn công mạng giảm 4,5% so với năm 2023.', '4,5%', c(-4.5, 'percent', 'actual', '2024')],
    ['Năm 2024, số vụ lừa đảo trực tuyến sụt 12% so với năm trước.', '12%', c(-12, 'percent', 'actual', '2024')],
    ['Năm 2024, giá trị giao dịch tiền mặt qua ATM sụt giảm 8,2% so với năm 2023.', '8,2%', c(-8.2, 'percent', 'actual', '2024')],
    ['Năm 2024, kim ngạch xuất khẩu điện thoại tụt 3% so với cùng kỳ.', '3%', c(-3, 'percent', 'actual', '2024')],
    ['Năm 2024, lượng giao dịch bằng séc đi xuống 15% so với năm 2023.', '15%', c(-15, 'percent', 'actual', '2024')],
    ['Năm 2024, dịch vụ công trực tuyến giúp kéo giảm 30% chi phí đi lại của người dân.', '30%', c(-30, 'percent', 'actual', '2024')],
    ['Năm 2024, số cuộc gọi lừa đảo giảm mạnh 20% so với năm 2023.', '20%', c(-20, 'percent', 'actual', '2024')],
    ['Năm 2024, số giao dịch tại quầy giảm tới 25% so với năm 2023.', '25%', c(-25, 'percent', 'actual', '2024')],
    ['Năm 2024, tăng trưởng giao dịch tiền mặt âm 2% so với năm 2023.', '2%', c(-2, 'percent', 'actual', '2024')],
    ['Năm 2024, số vụ lừa đảo trực tuyến giảm nhẹ 0,5% so với năm 2023.', '0,5%', c(-0.5, 'percent', 'actual', '2024')],
    ['Năm 2024, số giao dịch tiền mặt giảm hơn 10% so với năm 2023.', '10%', c(-10, 'percent', 'actual', '2024')],
    ['Năm 2024, thiệt hại do lừa đảo trực tuyến giảm gần 1.000 tỷ đồng so với năm 2023.', '1.000', c(-1e12, 'VND', 'actual', '2024')],
    ['Năm 2024, số thuê bao cố định sụt mạnh 15% so với năm trước.', '15%', c(-15, 'percent', 'actual', '2024')],
    ['Năm 2024, kim ngạch xuất khẩu điện thoại giảm 2,1 tỷ USD so với năm 2023.', '2,1', c(-2.1e9, 'USD', 'actual', '2024')],
    ['Năm 2024, chỉ số của tỉnh thấp hơn 5,5% so với năm 2023.', '5,5%', c(-5.5, 'percent', 'actual', '2024')],
    ['Năm 2024, chỉ số của tỉnh giảm 1,2 điểm so với năm 2023.', '1,2', c(-1.2, 'points', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ trực tuyến giảm 0,3 điểm phần trăm so với năm 2023.', '0,3', c(-0.3, 'points', 'actual', '2024')],
    ['Năm 2024, số vụ tấn công mạng là 1.200 vụ, giảm 300 vụ so với năm 2023.', '300', c(-300, 'count', 'actual', '2024')],
    ['Năm 2024, số lượng thẻ ATM giảm còn 1,2 triệu thẻ, tức giảm 15%.', '15%', c(-15, 'percent', 'actual', '2024')],
    ['Năm 2024, chỉ số của tỉnh bị kéo giảm 2,5 điểm do trụ cột hạ tầng.', '2,5', c(-2.5, 'points', 'actual', '2024')],
    ['Năm 2024, số giao dịch tiền mặt lao dốc 30% so với năm 2023.', '30%', c(-30, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh số bán thẻ cào sụt tới 40% so với năm 2023.', '40%', c(-40, 'percent', 'actual', '2024')],
    ['Năm 2024, lượng cuộc gọi thoại giảm sâu 12% so với năm 2023.', '12%', c(-12, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh thu truyền hình trả tiền tụt dốc 20% so với năm 2023.', '20%', c(-20, 'percent', 'actual', '2024')],
    ['Năm 2024, thị phần của doanh nghiệp thu hẹp 15% so với năm 2023.', '15%', c(-15, 'percent', 'actual', '2024')],
    ['Năm 2024, số thuê bao băng rộng di động là 1,85 triệu, giảm 0,6 triệu so với năm 2023.', '0,6', c(-6e5, 'count', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('rank falls (giảm, tụt, tuột, lùi, thụt lùi, rơi, bị hạ, mất, xuống hạng N bậc)', () => {
  it.each([
    ['Năm 2024, chỉ số DTI của tỉnh giảm 3 bậc so với năm 2023.', '3', c(-3, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tụt 4 bậc trên bảng xếp hạng chỉ số chuyển đổi số.', '4', c(-4, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh lùi 5 bậc trên bảng xếp hạng DTI.', '5', c(-5, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh bị tụt 6 bậc so với năm 2023 về chỉ số chuyển đổi số.', '6', c(-6, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh xuống hạng 7 bậc trên bảng xếp hạng DTI.', '7', c(-7, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh thụt lùi 2 bậc trên bảng xếp hạng chỉ số chuyển đổi số.', '2', c(-2, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tụt hạng 3 bậc trên bảng xếp hạng DTI.', '3', c(-3, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tụt 2 hạng trên bảng xếp hạng DTI.', '2', c(-2, 'rank', 'actual', '2024')],
    ['Năm 2024, chỉ số của tỉnh sụt 6 bậc so với năm 2023.', '6', c(-6, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh xếp thứ 20, giảm 4 bậc so với năm 2023.', '4', c(-4, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh xếp thứ 20 (giảm 4 bậc) trên bảng xếp hạng DTI.', '4', c(-4, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh xếp thứ 20 (tụt 4 bậc), trụ cột xã hội số xếp thứ 30 (tụt 7 bậc).', '7', c(-7, 'rank', 'actual', '2024')],
    ['Năm 2024, thứ hạng của tỉnh đi xuống 3 bậc.', '3', c(-3, 'rank', 'actual', '2024')],
    ['Năm 2024, chỉ số DTI của tỉnh tụt xuống 5 bậc so với năm 2023.', '5', c(-5, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh đi lùi 3 bậc trên bảng xếp hạng DTI.', '3', c(-3, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh mất 4 bậc trên bảng xếp hạng DTI.', '4', c(-4, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh rơi 5 bậc trên bảng xếp hạng DTI.', '5', c(-5, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tuột 3 bậc trên bảng xếp hạng DTI.', '3', c(-3, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh bị hạ 2 bậc trên bảng xếp hạng DTI.', '2', c(-2, 'rank', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('rises (tăng, tăng vọt, cải thiện, nhảy, bứt phá, vượt lên, vươn lên, thăng, thăng hạng)', () => {
  it.each([
    ['Năm 2024, tỉnh tăng 5 bậc trên bảng xếp hạng DTI.', '5', c(5, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh cải thiện 4 bậc so với năm 2023 về chỉ số chuyển đổi số.', '4', c(4, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh nhảy 10 bậc trên bảng xếp hạng chỉ số chuyển đổi số.', '10', c(10, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh vượt lên 8 bậc trên bảng xếp hạng DTI.', '8', c(8, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh thăng 3 bậc trên bảng xếp hạng DTI.', '3', c(3, 'rank', 'actual', '2024')],
    ['Năm 2024, số thuê bao di động tăng 6% so với năm 2023.', '6%', c(6, 'percent', 'actual', '2024')],
    ['Năm 2024, tỉnh thăng hạng 5 bậc trên bảng xếp hạng DTI.', '5', c(5, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tăng thêm 3 bậc trên bảng xếp hạng DTI.', '3', c(3, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tăng 2 hạng trên bảng xếp hạng DTI.', '2', c(2, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tăng vọt 20 bậc trên bảng xếp hạng DTI.', '20', c(20, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh bứt phá 12 bậc trên bảng xếp hạng DTI.', '12', c(12, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh thăng tiến 6 bậc trên bảng xếp hạng DTI.', '6', c(6, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh vươn lên 9 bậc trên bảng xếp hạng DTI.', '9', c(9, 'rank', 'actual', '2024')],
    ['Năm 2024, doanh thu tăng vọt 45% so với năm 2023.', '45%', c(45, 'percent', 'actual', '2024')],
    ['Năm 2024, tỉnh có 1.250 tổ công nghệ số cộng đồng (tăng 150 tổ so với năm 2023).', '150', c(150, 'count', 'actual', '2024')],
    ['Năm 2024, tỉnh có 1.250 tổ công nghệ số cộng đồng – tăng 150 tổ so với năm 2023.', '150', c(150, 'count', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('a level reached is no change', () => {
  it.each([
    ['Năm 2024, tỷ lệ hồ sơ giấy giảm xuống còn 20%.', '20%', c(20, 'percent', 'actual', '2024')],
    ['Năm 2024, tỷ lệ hồ sơ giấy giảm từ 30% xuống 20%.', '20%', c(20, 'percent', 'actual', '2024')],
    ['Năm 2024, tỉnh giảm 3 bậc, xuống vị trí 45 trên bảng xếp hạng DTI.', '45', c(45, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh rơi xuống vị trí thứ 40 trên bảng xếp hạng DTI.', '40', c(40, 'rank', 'actual', '2024')],
    ['Năm 2024, doanh thu dịch vụ truyền hình trả tiền đi xuống, chỉ còn 1.100 tỷ đồng.', '1.100', c(1.1e12, 'VND', 'actual', '2024')],
    ['Năm 2024, tỉnh lùi xuống vị trí 40 trên bảng xếp hạng DTI.', '40', c(40, 'rank', 'actual', '2024')],
    ['Năm 2024, tỉnh tụt xuống thứ 45 trên bảng xếp hạng DTI.', '45', c(45, 'rank', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

describe('the sign of a fall carried through a list (lần lượt, tương ứng, a bracket)', () => {
  it.each([
    ['Năm 2024, số thuê bao 2G giảm lần lượt 10% và 12% ở khu vực thành thị và nông thôn.', '12%', c(-12, 'percent', 'actual', '2024')],
    ['Năm 2024, xuất khẩu và nhập khẩu linh kiện lần lượt giảm 3,1%; 4,2%.', '4,2%', c(-4.2, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh thu và lợi nhuận giảm tương ứng 5% và 7%.', '7%', c(-7, 'percent', 'actual', '2024')],
    ['Năm 2024, số thuê bao 2G, 3G và cố định lần lượt giảm 2%, 3% và 4%.', '3%', c(-3, 'percent', 'actual', '2024')],
    ['Năm 2024, số thuê bao 2G và 3G giảm lần lượt là 2% và 3%.', '3%', c(-3, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh thu và chi phí lần lượt tăng 5% và giảm 3%.', '3%', c(-3, 'percent', 'actual', '2024')],
    ['Năm 2024, lượng rút tiền mặt tại ATM (-5,3%) tiếp tục giảm.', '5,3%', c(-5.3, 'percent', 'actual', '2024')],
    ['Năm 2024, doanh thu của hai doanh nghiệp lần lượt giảm 4% và tăng 6%.', '6%', c(6, 'percent', 'actual', '2024')],
    ['Năm 2024, xuất khẩu sang Mỹ, EU, Nhật Bản giảm lần lượt 2,1%, 3,4%, 5,6%.', '5,6%', c(-5.6, 'percent', 'actual', '2024')],
    ['Năm 2024, số giao dịch ATM và POS giảm tương ứng là 8% và 9%.', '9%', c(-9, 'percent', 'actual', '2024')],
    ['Năm 2024, số vụ lừa đảo qua mạng giảm, chỉ còn 320 vụ (giảm 25%).', '25%', c(-25, 'percent', 'actual', '2024')],
    ['Năm 2024, số vụ lừa đảo qua mạng là 320 vụ, tức giảm 25% so với năm 2023.', '25%', c(-25, 'percent', 'actual', '2024')],
  ] as Row[])('%s', (...row) => check(row as Row));
});

