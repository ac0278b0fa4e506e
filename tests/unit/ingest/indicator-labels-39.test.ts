/**
 * Round 39 (sets AZ, BF and BG read once): the whole country's exports after paragraphs on one group of goods are no value of that
 * group's series nor is a tariff on it, a tax collected on e-commerce is no e-commerce revenue (content/indicators.yaml `without`), and a
 * steering committee cited as a source counts no committees set up (its series needs "thành lập" or "kiện toàn"), and bank
 * customers checked against the chip ID are no cards issued. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf, metricOf } from '../../support/metrics-of';

describe('the country\'s total exports are no series of one group of goods', () => {
  it('"tổng kim ngạch xuất khẩu cả nước" after electronics takes no electronics series', () => {
    const text = 'Xuất khẩu máy tính, điện tử và linh kiện 5 tháng đạt 24,1 tỷ USD. // Tính chung 5 tháng, tổng kim ngạch xuất khẩu cả nước đạt 151 tỷ USD, tăng 15%.';
    expect(indicatorOf(text, '24,1 tỷ USD', 2024)).toBe('ict-exports');
    expect(indicatorOf(text, '151 tỷ USD', 2024)).toBe('none');
    expect(indicatorOf(text, '15%', 2024)).toBe('none');
  });
  it('a phone group\'s own exports keep their series', () => {
    expect(indicatorOf('Xuất khẩu điện thoại và linh kiện 5 tháng đạt 20,7 tỷ USD.', '20,7 tỷ USD', 2024)).toBe('phone-exports');
  });
});

describe('a tax on e-commerce is no e-commerce revenue', () => {
  it('"thu thuế từ hoạt động thương mại điện tử" takes no series; the market\'s revenue keeps it', () => {
    expect(indicatorOf('Năm 2024, thu thuế từ hoạt động thương mại điện tử đạt 116 nghìn tỷ đồng.', '116 nghìn tỷ đồng', 2024)).toBe('none');
    expect(indicatorOf('Năm 2024, doanh thu thương mại điện tử bán lẻ đạt 25 tỷ USD.', '25 tỷ USD', 2024)).toBe('ecommerce-revenue');
  });
});

describe('a steering committee as the source is no count of committees set up', () => {
  it('"Theo Ban Chỉ đạo …, 30 địa phương đạt …" takes no series; "… đã thành lập Ban Chỉ đạo" keeps it', () => {
    expect(indicatorOf('Theo Ban Chỉ đạo Trung ương, 30 địa phương đạt mức "Xanh" trên hệ thống giám sát.', '30', 2025)).toBe('none');
    expect(indicatorOf('Năm 2022, 60 tỉnh đã kiện toàn Ban Chỉ đạo chuyển đổi số.', '60', 2022)).toBe('steering-committees');
  });
});

describe('a tariff on a group of goods is no share of exports', () => {
  it('"bị áp thuế 8,5%" takes no export series (an undated page); the group\'s share of exports keeps it', () => {
    expect(metricOf('Nhóm hàng máy vi tính, linh kiện do Việt Nam làm ra bị áp thuế 8,5% trong khi thuế bình quân các nước chịu khi xuất khẩu vào Mỹ là 9,7%.', '8,5%').indicator).toBeUndefined();
    expect(indicatorOf('Năm 2025, máy vi tính, sản phẩm điện tử và linh kiện chiếm 21% tổng kim ngạch xuất khẩu.', '21%', 2025)).toBe('electronics-exports-share');
  });
});

describe('bank customers checked against the chip ID are no chip ID cards issued', () => {
  it('"hồ sơ khách hàng … được đối chiếu sinh trắc học qua CCCD gắn chip" takes no series; cards issued keep it', () => {
    expect(indicatorOf('Đến cuối tháng 6, ngân hàng đã có 88 triệu hồ sơ khách hàng được đối chiếu sinh trắc học qua CCCD gắn chip.', '88 triệu', 2025)).toBe('none');
    expect(indicatorOf('Đến cuối tháng 6, Bộ Công an đã cấp 88 triệu thẻ căn cước công dân gắn chip.', '88 triệu', 2025)).toBe('chip-id-cards');
  });
});
