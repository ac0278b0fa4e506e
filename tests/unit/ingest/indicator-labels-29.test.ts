/** Round 29b labels: whose series a figure is (parts after a total, a sub-sector's share, profit beside revenue, a province's figures). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { followsUnseriedFirstItem, isBreakdownItem, isGrowthOfOtherFigure, isPartOfFigureBefore } from '../../../scripts/ingest/part-of-whole';
import { isInProvince } from '../../../scripts/ingest/plan-scope';
import { indicatorOf } from '../../support/metrics-of';

const at = (s: string, n: string) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length, unit: 'count' });

describe('a part of the figure before: "Trong đó," after a total of the same series', () => {
  it('is a part when the sentence before holds a figure of the same unit and series', () => {
    for (const s of ['Trong đó, tấn công cài mã độc nhiều nhất, với 700 sự cố.', 'Trong số đó, 300 vụ là tấn công lừa đảo.', 'Trong đó có 120 doanh nghiệp FDI.']) {
      expect(isPartOfFigureBefore(s, { unit: 'count' }, [{ unit: 'count', indicator: 'cyberattacks' }], 'cyberattacks'), s).toBe(true);
    }
  });
  it('not another series, another unit, or a sentence that does not open on it', () => {
    const s = 'Trong đó, tấn công cài mã độc nhiều nhất, với 700 sự cố.';
    expect(isPartOfFigureBefore(s, { unit: 'count' }, [{ unit: 'count', indicator: 'digital-tech-enterprises' }], 'cyberattacks')).toBe(false);
    expect(isPartOfFigureBefore(s, { unit: 'count' }, [{ unit: 'percent', indicator: 'cyberattacks' }], 'cyberattacks')).toBe(false);
    expect(isPartOfFigureBefore('Tháng 3 có 700 sự cố, trong đó …', { unit: 'count' }, [{ unit: 'count', indicator: 'cyberattacks' }], 'cyberattacks')).toBe(false);
  });
  it('through the metric stage: a kind of attack after the month\'s total takes no series', () => {
    const text = 'Trong tháng 3, Cục đã ghi nhận 1.500 cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam. Trong đó, tấn công cài mã độc nhiều nhất, với 800 sự cố.';
    expect(indicatorOf(text, '1.500')).toBe('cyberattacks');
    expect(indicatorOf(text, '800')).toBe('none');
  });
});

describe('", với N" right after a total\'s noun: its largest part', () => {
  it('is a breakdown item of the total of the same series', () => {
    const s = 'Quý 1 có tổng cộng 2.500 sự cố, với 1.800 cuộc tấn công cài mã độc.';
    expect(isBreakdownItem(s, at(s, '1.800'), [{ ...at(s, '2.500'), indicator: 'cyberattacks' }], 'cyberattacks')).toBe(true);
    const t = 'Toàn ngành có 900 doanh nghiệp, với hơn 600 doanh nghiệp phần mềm.';
    expect(isBreakdownItem(t, at(t, '600'), [{ ...at(t, '900'), indicator: 'digital-tech-enterprises' }], 'digital-tech-enterprises')).toBe(true);
  });
  it('not "so với", nor a figure with a word between the comma and "với" that is no list glue', () => {
    const s = 'Năm nay có 2.500 sự cố, giảm so với 2.900 sự cố năm trước.';
    expect(isBreakdownItem(s, at(s, '2.900'), [{ ...at(s, '2.500'), indicator: 'cyberattacks' }], 'cyberattacks')).toBe(false);
  });
});

describe('a later item of a list given in turn whose first item took no series', () => {
  const s = 'Số sự cố lừa đảo và tấn công giao diện trong tháng 3 lần lượt là 300 và 400 sự cố.';
  it('takes none either', () => {
    expect(followsUnseriedFirstItem(s, at(s, '400'), [at(s, '300')])).toBe(true);
  });
  it('not when the first item has a series, another unit, or outside a list in turn', () => {
    expect(followsUnseriedFirstItem(s, at(s, '400'), [{ ...at(s, '300'), indicator: 'cyberattacks' }])).toBe(false);
    expect(followsUnseriedFirstItem(s, at(s, '400'), [{ ...at(s, '300'), unit: 'percent' }])).toBe(false);
    const t = 'Tháng 3 có 300 sự cố lừa đảo và 400 sự cố khác.';
    expect(followsUnseriedFirstItem(t, at(t, '400'), [at(t, '300')])).toBe(false);
  });
  it('through the metric stage: both kinds of attack take no series', () => {
    const text = 'Trong tháng 3, Cục đã ghi nhận 1.500 cuộc tấn công mạng. Số sự cố tấn công lừa đảo (Phishing) và tấn công thay đổi giao diện (Deface) trong tháng 3 lần lượt là 300 và 400 sự cố.';
    expect([indicatorOf(text, '300'), indicatorOf(text, '400')]).toEqual(['none', 'none']);
  });
});

describe('the catalogue: what a series excludes', () => {
  it('profit or budget paid beside a sector\'s revenue is no revenue', () => {
    const s = 'Trong quý 3, doanh thu lĩnh vực an toàn thông tin đạt 700 tỷ đồng, lợi nhuận 70,5 tỷ đồng, nộp ngân sách 50,2 tỷ đồng.';
    expect([indicatorOf(s, '700'), indicatorOf(s, '70,5'), indicatorOf(s, '50,2')]).toEqual(['infosec-revenue', 'none', 'none']);
    const t = 'Năm 2024, doanh thu dịch vụ viễn thông đạt 140.000 tỷ đồng, lợi nhuận 40.000 tỷ đồng.';
    expect([indicatorOf(t, '140.000'), indicatorOf(t, '40.000')]).toEqual(['telecom-revenue', 'none']);
  });
  it('a kind of attack is no count of all attacks; the attacks are', () => {
    expect(indicatorOf('Trong tháng 5, có 420 sự cố tấn công lừa đảo vào các hệ thống thông tin tại Việt Nam.', '420')).toBe('none');
    expect(indicatorOf('Trong tháng 5, có 510 cuộc tấn công cài mã độc vào các hệ thống thông tin tại Việt Nam.', '510')).toBe('none');
    expect(indicatorOf('Trong tháng 5, có 1.210 cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam.', '1.210')).toBe('cyberattacks');
  });
  it('a sub-sector\'s share of GDP after the digitalised sectors\' is not theirs', () => {
    const text = 'Năm 2021, số hóa các ngành khác đóng góp 5% GDP. // Nhờ số hóa các ngành kinh tế, tỷ trọng giá trị gia tăng của khu vực dịch vụ trong GDP từ 5,49% năm 2018 lên 5,74% năm 2021.';
    expect(indicatorOf(text, '5%')).toBe('digitalised-sectors-gdp-share');
    expect([indicatorOf(text, '5,49%'), indicatorOf(text, '5,74%')]).toEqual(['none', 'none']);
  });
});

describe('"của tỉnh" places a paragraph in one province', () => {
  it.each([
    ['Mạng lưới viễn thông của tỉnh đã kết nối 3 cấp.', true],
    ['Hạ tầng số của tỉnh được đầu tư.', true],
    ['Nghị quyết của Tỉnh ủy về chuyển đổi số.', false],
    ['Kinh nghiệm của tỉnh bạn được chia sẻ.', false],
  ])('%s → %s', (before, want) => expect(isInProvince(before, '100% xã được phủ sóng di động')).toBe(want));
  it('a province\'s share of communes covered takes no national series', () =>
    expect(indicatorOf('Thời gian qua, mạng lưới viễn thông của tỉnh đã kết nối thông suốt. 100% xã, thị trấn được phủ sóng di động 4G.', '100%')).toBe('none'));
});

describe('a growth in a bracket right after a figure is that figure\'s own', () => {
  const g = (s: string, prior: string, priorSeries: string | undefined, ind: { id: string; kinds?: string[] }) =>
    isGrowthOfOtherFigure(s, { ...at(s, s.match(/\d+,\d+%|\d+%/u)![0]), kind: 'growth' }, [{ ...at(s, prior), indicator: priorSeries }], ind);
  const SECTOR = { id: 'ict-sector-revenue', kinds: ['money', 'growth'] };
  it('no series of an amount and its growth takes it when the figure has another series', () => {
    expect(g('Bộ Thông tin và Truyền thông cho biết an toàn thông tin có doanh thu 700 tỷ đồng (tăng 5,1% cùng kỳ).', '700', 'infosec-revenue', SECTOR)).toBe(true);
    expect(g('Thị trường có doanh thu 300 tỷ đồng (giảm khoảng 4%).', '300', undefined, SECTOR)).toBe(true);
  });
  it('the figure\'s own series, a series of growth alone, or a growth outside a bracket keep it', () => {
    expect(g('Toàn ngành có doanh thu 900 tỷ đồng (tăng 10%).', '900', 'ict-sector-revenue', SECTOR)).toBe(false);
    expect(g('Doanh thu bán lẻ trực tuyến đạt 25 tỷ USD (tăng 20%).', '25', 'ecommerce-revenue', { id: 'ecommerce-growth', kinds: ['growth'] })).toBe(false);
    expect(g('An toàn thông tin có doanh thu 700 tỷ đồng, tăng 5,1%.', '700', 'infosec-revenue', SECTOR)).toBe(false);
  });
});
