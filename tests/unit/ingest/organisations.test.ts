import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../scripts/ingest/organisations';

describe('findOrganisations', () => {
  it('findOrganisations lists known bodies in first-seen order, deduplicated', () => {
    expect(
      findOrganisations([
        'Ủy ban Quốc gia về chuyển đổi số họp với Bộ Công an và Bộ Thông tin và Truyền thông.',
        'Bộ Công an và Ngân hàng Nhà nước phối hợp; Liên hợp quốc đánh giá cao.',
      ]),
    ).toEqual(['Ủy ban Quốc gia về chuyển đổi số', 'Bộ Công an', 'Bộ Thông tin và Truyền thông', 'Ngân hàng Nhà nước', 'Liên hợp quốc']);
  });

  it('findOrganisations folds spellings and abbreviations to one name', () => {
    expect(findOrganisations(['Ủy ban quốc gia về CĐS và Ủy ban Quốc gia về chuyển đổi số.'])).toEqual(['Ủy ban Quốc gia về chuyển đổi số']);
    expect(findOrganisations(['Liên minh Viễn thông Quốc tế (ITU) công bố; ITU đánh giá.'])).toEqual(['Liên minh Viễn thông Quốc tế']);
    expect(findOrganisations(['Bộ TT&TT chủ trì.'])).toEqual(['Bộ Thông tin và Truyền thông']);
  });

  it('findOrganisations knows ministries with lowercase words and commas', () => {
    expect(
      findOrganisations(['Bộ Y tế, Bộ Tài chính, Bộ Giáo dục và Đào tạo, Bộ Văn hóa, Thể thao và Du lịch và Bộ Nông nghiệp và Phát triển nông thôn.']),
    ).toEqual(['Bộ Y tế', 'Bộ Tài chính', 'Bộ Giáo dục và Đào tạo', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Nông nghiệp và Phát triển nông thôn']);
  });

  it('findOrganisations reads local authorities with a province and acronyms after a head', () => {
    expect(findOrganisations(['UBND tỉnh Lào Cai giao Sở TT-TT triển khai; Tập đoàn FPT đã tham gia.'])).toEqual([
      'UBND tỉnh Lào Cai', 'Sở TT-TT', 'FPT',
    ]);
  });

  it('findOrganisations keeps an unknown head + capitalised name only when it ends cleanly', () => {
    expect(findOrganisations(['Tập đoàn Sao Mai đã đầu tư.'])).toEqual(['Tập đoàn Sao Mai']);
    expect(findOrganisations(['Trung tâm Dữ liệu quốc gia vận hành.'])).toEqual([]);
  });

  it('findOrganisations does not list bare heads, the Government or lowercase mentions', () => {
    expect(findOrganisations(['Chính phủ và Trung ương chỉ đạo các bộ, ngành; bộ công an là lực lượng nòng cốt; UBND tỉnh họp.'])).toEqual([]);
    expect(findOrganisations([])).toEqual([]);
  });

  it('findOrganisations lists well-known companies and international bodies', () => {
    expect(findOrganisations(['Theo Google và Ngân hàng Thế giới (WB), NVIDIA đầu tư tại Việt Nam; ASEAN tăng trưởng.'])).toEqual([
      'Google', 'Ngân hàng Thế giới', 'NVIDIA', 'ASEAN',
    ]);
  });
});
