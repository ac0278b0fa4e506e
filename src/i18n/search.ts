import type { Lang } from './lang';

/** Strings the search script shows, passed to it as JSON in a data attribute. `{n}` and `{q}` are
 * filled in by the script. */
export interface SearchClientStrings {
  loading: string;
  /** No query yet. */
  idle: string;
  none: string;
  one: string;
  many: string;
  /** Shown with the count when filters are on. */
  filtered: string;
  more: string;
  /** Summary of the collapsed filters, with none on and with `{n}` on. */
  filter: string;
  filterOn: string;
  /** Legends of the filter groups. */
  filters: { kind: string; topic: string; year: string };
  clear: string;
  /** Before the link to the section of a page that holds the match. */
  section: string;
  /** In place of an excerpt that a result above already shows (a page quoting the same sentence). */
  repeat: string;
  /** Search could not start (a browser that refuses scripts or WebAssembly from files). */
  unavailable: string;
  /** The offline copy opened without its search data. */
  offlineMissing: string;
}

/** Strings of the search page and header search box. */
export interface SearchStrings {
  /** Accessible name of the header's search form (the search page has its own). */
  headerForm: string;
  pageForm: string;
  hint: string;
  client: SearchClientStrings;
}

/** Search strings in both languages. */
export const searchStrings: Record<Lang, SearchStrings> = {
  vi: {
    headerForm: 'Tìm nhanh',
    pageForm: 'Tìm kiếm trên trang',
    hint: 'Gõ có dấu hoặc không dấu (ví dụ “dinh danh dien tu”). Cụm từ đúng nguyên văn được xếp trước.',
    client: {
      loading: 'Đang tìm…',
      idle: 'Nhập từ cần tìm.',
      none: 'Không tìm thấy kết quả cho “{q}”.',
      one: '1 kết quả cho “{q}”.',
      many: '{n} kết quả cho “{q}”.',
      filtered: 'Đang lọc.',
      more: 'Xem thêm kết quả',
      filter: 'Lọc',
      filterOn: 'Lọc ({n} đang chọn)',
      filters: { kind: 'Loại trang', topic: 'Chủ đề', year: 'Năm' },
      clear: 'Bỏ lọc',
      section: 'Trong mục:',
      repeat: 'Trích cùng đoạn với một kết quả ở trên.',
      unavailable: 'Trình duyệt này không chạy được tìm kiếm trong bản tải về. Hãy mở bằng Chrome, Edge hoặc Firefox, hoặc duyệt theo dòng thời gian, chủ đề và chỉ số.',
      offlineMissing: 'Bản tải về này thiếu dữ liệu tìm kiếm. Bạn vẫn có thể duyệt theo dòng thời gian, chủ đề và chỉ số.',
    },
  },
  en: {
    headerForm: 'Quick search',
    pageForm: 'Search this site',
    hint: 'Type Vietnamese with or without diacritics (e.g. “dinh danh dien tu”). Exact phrases come first.',
    client: {
      loading: 'Searching…',
      idle: 'Type what you are looking for.',
      none: 'No results for “{q}”.',
      one: '1 result for “{q}”.',
      many: '{n} results for “{q}”.',
      filtered: 'Filters are on.',
      more: 'Show more results',
      filter: 'Filter',
      filterOn: 'Filter ({n} on)',
      filters: { kind: 'Kind of page', topic: 'Topic', year: 'Year' },
      clear: 'Clear filters',
      section: 'In:',
      repeat: 'Quotes the same passage as a result above.',
      unavailable: 'This browser cannot run search in the offline copy. Open it in Chrome, Edge or Firefox, or browse the timeline, topics and indicators.',
      offlineMissing: 'This offline copy has no search data. You can still browse the timeline, topics and indicators.',
    },
  },
};
