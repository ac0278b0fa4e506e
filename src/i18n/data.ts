import type { MetricColumn } from '../lib/dataset';
import type { Lang } from './lang';

/** Interface strings of the open data page, in both languages. `{x}` marks a value filled in. */
export const dataText: Record<Lang, {
  lede: string;
  filesHeading: string;
  filesCaption: string;
  colFile: string;
  colContents: string;
  colFormat: string;
  colSize: string;
  colRows: string;
  files: Record<string, string>;
  subsetsHeading: string;
  subsetsNote: string;
  byIndicator: string;
  byTopic: string;
  colIndicator: string;
  colTopic: string;
  offlineHeading: string;
  offlineBody: string;
  offlineLink: string;
  dictHeading: string;
  dictIntro: string;
  dictCaption: string;
  colColumn: string;
  colType: string;
  colRequired: string;
  colAllowed: string;
  colDescription: string;
  yes: string;
  no: string;
  pattern: string;
  minimum: string;
  minLength: string;
  uri: string;
  licenceHeading: string;
  licence: string;
  quotes: string;
  sourcesCaption: string;
  colOutlet: string;
  colReport: string;
  colOriginal: string;
  noUrl: string;
  citeHeading: string;
  citeNote: string;
  datasetTitle: string;
}> = {
  vi: {
    lede: 'Toàn bộ số liệu của trang, tải về tự do. Mỗi con số đi kèm câu gốc, bài báo nguồn và đường dẫn tới đúng câu đó.',
    filesHeading: 'Các tệp',
    filesCaption: 'Các tệp của bộ dữ liệu, phiên bản {version}',
    colFile: 'Tệp',
    colContents: 'Nội dung',
    colFormat: 'Định dạng',
    colSize: 'Kích thước',
    colRows: 'Số dòng',
    files: {
      'metrics.csv': 'Một dòng cho mỗi con số: giá trị, đơn vị, loại, thời kỳ, chỉ số, chủ đề, câu gốc và bài báo nguồn.',
      'metrics.json': 'Cùng các dòng như metrics.csv, dạng JSON (ô trống là null).',
      'articles.json': 'Mỗi bài báo một bản ghi: tiêu đề, ngày, nguồn, tác giả, tóm tắt, nhân vật, chủ đề (không kèm toàn văn).',
      'indicators.json': 'Các chỉ số chuẩn: mã, tên và định nghĩa tiếng Việt và tiếng Anh, chủ đề, đối tượng, đơn vị và các khái niệm nhận diện.',
      'topics.json': 'Các chủ đề: mã, tên tiếng Việt và tiếng Anh, từ khóa nhận diện.',
      'datapackage.json': 'Mô tả máy đọc được của bộ dữ liệu (chuẩn Frictionless Data Package): giấy phép, nguồn, và từng trường của từng tệp.',
    },
    subsetsHeading: 'Tệp theo chỉ số và theo chủ đề',
    subsetsNote: 'Các phần của metrics.csv, cùng các cột, chỉ gồm các con số của một chỉ số hoặc một chủ đề.',
    byIndicator: 'Các tệp theo chỉ số',
    byTopic: 'Các tệp theo chủ đề',
    colIndicator: 'Chỉ số',
    colTopic: 'Chủ đề',
    offlineHeading: 'Bản ngoại tuyến',
    offlineBody: 'Toàn bộ trang web, kể cả bộ dữ liệu, trong một tệp ZIP: giải nén rồi mở index.html để đọc và tìm kiếm mà không cần mạng.',
    offlineLink: 'Tải bản ngoại tuyến (ZIP)',
    dictHeading: 'Từ điển dữ liệu',
    dictIntro: 'Các cột của metrics.csv (cũng là các trường của metrics.json và của các tệp theo chỉ số, theo chủ đề). Từ điển được sinh từ lược đồ dữ liệu của chương trình, nên luôn khớp với các tệp; datapackage.json chứa cùng nội dung ở dạng máy đọc được, cho mọi tệp. Cột “bắt buộc” luôn có giá trị; các cột khác có thể để trống.',
    dictCaption: 'Các cột của metrics.csv',
    colColumn: 'Cột',
    colType: 'Kiểu',
    colRequired: 'Bắt buộc',
    colAllowed: 'Giá trị cho phép',
    colDescription: 'Mô tả',
    yes: 'có',
    no: 'không',
    pattern: 'mẫu',
    minimum: 'nhỏ nhất',
    minLength: 'độ dài nhỏ nhất',
    uri: 'địa chỉ URL',
    licenceHeading: 'Giấy phép và ghi công',
    licence: 'Bộ dữ liệu do cds-vn biên soạn, phát hành theo giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): bạn được sao chép, chia sẻ và chỉnh sửa, kể cả cho mục đích thương mại, miễn là ghi công cds-vn và dẫn liên kết tới trang này.',
    quotes: 'Các câu trích (cột quote, text và subject; tiêu đề và tóm tắt trong articles.json) là những đoạn ngắn trích nguyên văn từ các bài báo dưới đây, để người đọc đối chiếu; quyền đối với văn bản thuộc về các cơ quan báo chí đã đăng bài.',
    sourcesCaption: 'Các bài báo nguồn',
    colOutlet: 'Cơ quan báo chí',
    colReport: 'Bài báo',
    colOriginal: 'Địa chỉ bài gốc',
    noUrl: 'văn bản nguồn không ghi địa chỉ',
    citeHeading: 'Trích dẫn bộ dữ liệu',
    citeNote: 'Phiên bản là ngày của bài báo mới nhất trong bộ dữ liệu ({version}); cùng các bài báo thì luôn cùng phiên bản.',
    datasetTitle: 'Chuyển đổi số Việt Nam qua các con số: bộ dữ liệu mở cds-vn',
  },
  en: {
    lede: 'All the figures on this site, free to download. Each number comes with its original sentence, its source report and a link to that very sentence.',
    filesHeading: 'Files',
    filesCaption: 'Files of the dataset, version {version}',
    colFile: 'File',
    colContents: 'Contents',
    colFormat: 'Format',
    colSize: 'Size',
    colRows: 'Rows',
    files: {
      'metrics.csv': 'One row per number: value, unit, kind, period, indicator, topic, original sentence and source report.',
      'metrics.json': 'The same rows as metrics.csv, as JSON (empty cells are null).',
      'articles.json': 'One record per report: headline, date, outlet, author, summary, people, topics (without the full text).',
      'indicators.json': 'The standard indicators: id, Vietnamese and English names and definitions, topic, subject, units and the concepts that recognise them.',
      'topics.json': 'The topics: id, Vietnamese and English names, the terms that recognise them.',
      'datapackage.json': 'Machine-readable description of the dataset (Frictionless Data Package): licence, sources and every field of every file.',
    },
    subsetsHeading: 'Files by indicator and by topic',
    subsetsNote: 'Parts of metrics.csv, with the same columns, holding only the numbers of one indicator or one topic.',
    byIndicator: 'Files by indicator',
    byTopic: 'Files by topic',
    colIndicator: 'Indicator',
    colTopic: 'Topic',
    offlineHeading: 'Offline copy',
    offlineBody: 'The whole site, dataset included, in one ZIP file: unzip it and open index.html to read and search without a network.',
    offlineLink: 'Download the offline copy (ZIP)',
    dictHeading: 'Data dictionary',
    dictIntro: 'The columns of metrics.csv (also the fields of metrics.json and of the files by indicator and by topic). The dictionary is generated from the program\'s data schema, so it always matches the files; datapackage.json holds the same in machine-readable form, for every file. A required column always has a value; the others may be empty.',
    dictCaption: 'Columns of metrics.csv',
    colColumn: 'Column',
    colType: 'Type',
    colRequired: 'Required',
    colAllowed: 'Allowed values',
    colDescription: 'Description',
    yes: 'yes',
    no: 'no',
    pattern: 'pattern',
    minimum: 'minimum',
    minLength: 'minimum length',
    uri: 'URL',
    licenceHeading: 'Licence and attribution',
    licence: 'The dataset is compiled by cds-vn and published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may copy, share and adapt it, also commercially, provided you credit cds-vn and link to this page.',
    quotes: 'The quotations (the quote, text and subject columns; headlines and summaries in articles.json) are short verbatim excerpts of the reports below, given so readers can check each number; the rights to the text remain with the outlets that published it.',
    sourcesCaption: 'Source reports',
    colOutlet: 'Outlet',
    colReport: 'Report',
    colOriginal: 'Original address',
    noUrl: 'no address in the source text',
    citeHeading: 'How to cite the dataset',
    citeNote: 'The version is the date of the latest report in the dataset ({version}); the same reports always give the same version.',
    datasetTitle: 'Viet Nam digital transformation in numbers: the cds-vn open dataset',
  },
};

/** Vietnamese descriptions of the metrics.csv columns (the English ones come from the schema). */
export const columnDescriptionsVi: Record<MetricColumn, string> = {
  article: 'Mã bài báo: chữ Latinh không dấu lấy từ tiêu đề (đ → d), ổn định; trang của bài là /articles/<mã>/.',
  metric_id: 'Mã ổn định của con số trong bài: "m-" và 8 chữ số hex băm từ câu, con số và lần xuất hiện của nó (m-3f2a9c01); "-2", "-3" khi trùng.',
  source_file: 'Tên tệp văn bản nguồn (seeds/<tệp>).',
  date: 'Ngày của bài báo: YYYY, YYYY-MM hoặc YYYY-MM-DD, chính xác đến mức bài báo (hoặc biên tập viên) cho phép; để trống khi không rõ ngày.',
  date_precision: 'Độ chính xác của ngày bài báo: day (ngày), month (tháng), quarter (quý), half (nửa năm), year (năm) hoặc unknown (không rõ ngày).',
  indicator: 'Mã chỉ số chuẩn (indicators.json) mà con số đo, khi câu khớp với từ khóa của chỉ số.',
  topic: 'Mã chủ đề (topics.json) của câu.',
  subject: 'Đối tượng được đếm, theo lời của bài báo (cụm từ quanh con số, tiếng Việt); có thể để trống.',
  value: 'Giá trị theo đơn vị gốc: "84,7 triệu" → 84700000, "68,8%" → 68.8; với thứ hạng là vị trí ("86/193" → 86); với khoảng là đầu dưới. Dấu chấm là dấu thập phân.',
  value_max: 'Đầu trên của khoảng ("8 - 10%" → 10); để trống với một số đơn lẻ.',
  total: 'Tổng mà giá trị là một phần ("4.422/6.423" → 6423), hoặc số nước được xếp hạng ("86/193" → 193).',
  unit: 'Đơn vị: percent (%), count (số lượng), VND (đồng), USD, index (chỉ số), times (lần), rank (thứ hạng) hoặc points ("điểm": điểm số hoặc điểm phần trăm).',
  kind: 'Loại số liệu: share (tỷ lệ trên tổng), count (số lượng), money (tiền), growth (tăng trưởng), rank (thứ hạng), rank-change (số bậc tăng hoặc giảm), index (chỉ số) hoặc multiplier (bội số).',
  direction: 'Chiều thay đổi: up (tăng) hoặc down (giảm, "giảm", "sụt"; khi đó giá trị là số âm); để trống khi bài không nêu chiều.',
  qualifier: 'Từ ước lượng trước con số: approx ("khoảng"), nearly ("gần"), over ("trên", "hơn"), under ("dưới"), at-least ("ít nhất"), at-most ("tối đa").',
  status: 'actual: kết quả được báo cáo; target: mục tiêu cần đạt ("mục tiêu", "phấn đấu", "đến năm 2030"); baseline: giá trị để so sánh ("(cùng kỳ năm trước là 25%)"); estimate: số ước tính hoặc dự báo ("ước", "dự kiến").',
  baseline_for: 'Với giá trị so sánh (baseline): mã con số (metric_id, cùng bài) mà nó là mốc so sánh.',
  period: 'Thời kỳ con số nói đến (lúc bắt đầu): YYYY, YYYY-MM hoặc YYYY-MM-DD; quý và nửa năm tính từ tháng đầu ("Quý I/2022" → 2022-01). Khoảng nhiều năm ghi đầu/cuối (2022/2024).',
  period_precision: 'Độ chính xác của thời kỳ: day, month, quarter, half (nửa năm) hoặc year.',
  text: 'Con số như được viết trong bài ("84,7 triệu", "4.422/6.423").',
  quote: 'Câu chứa con số, nguyên văn từ văn bản nguồn đã giải mã (UTF-8, NFC, xuống dòng LF).',
  offset: 'Vị trí của con số (cột text) trong văn bản nguồn đã giải mã, tính bằng đơn vị mã UTF-16, từ 0.',
  confidence: 'Độ tin cậy của việc trích xuất: high (cao) hoặc low (thấp, xem reasons). Chỉ số liệu tin cậy cao hoặc đã được biên tập viên kiểm tra mới lên biểu đồ.',
  reasons: 'Lý do độ tin cậy thấp, dạng mã máy (weak-indicator-match, indicator-tie, no-period, ambiguous-status …), nối bằng "|"; để trống khi cao.',
  review: 'Kiểm tra của biên tập viên: auto (như trích xuất), confirmed (xác nhận), corrected (đã sửa) hoặc rejected (bác bỏ) trong seeds/editorial.yaml.',
  review_reason: 'Lý do của biên tập viên khi xác nhận, sửa hoặc bác bỏ con số.',
  url: 'Địa chỉ của con số trên trang: trang bài báo, neo tới đúng con số (…/#m-3f2a9c01).',
};
