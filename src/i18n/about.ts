import type { Lang } from './lang';

/** The about page's text: sections of paragraphs, in both languages. */
export const about: Record<Lang, { heading: string; paragraphs: string[] }[]> = {
  vi: [
    { heading: 'Trang này là gì', paragraphs: [
      'cds-vn tập hợp các bài báo về chuyển đổi số quốc gia của Việt Nam (Đề án 06, VNeID, dịch vụ công trực tuyến, kinh tế số) giai đoạn 2022–2025 và biến chúng thành một dòng thời gian có nguồn, các câu chuyện dữ liệu và một bộ dữ liệu mở.',
    ] },
    { heading: 'Phương pháp', paragraphs: [
      'Mỗi bài báo là một tệp văn bản thuần. Một chương trình đọc tệp, tách tiêu đề, ngày, đoạn văn và chú thích ảnh, rồi tìm mọi con số: số theo cách viết Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân), đơn vị (nghìn, triệu, tỷ, đồng, USD, %), khoảng giá trị, tỷ lệ “phần/tổng”, thứ hạng và bội số.',
      'Mỗi con số được phân loại (tỷ lệ, số lượng, tiền, tăng trưởng, thứ hạng, chỉ số, bội số), đánh dấu là kết quả hay mục tiêu, gắn với thời kỳ mà câu nói đến và với một chỉ số chuẩn khi từ vựng trong câu khớp. Câu gốc được giữ nguyên văn, nên mỗi con số trên trang đều dẫn về đúng câu chứa nó.',
      'Năm, ngày tháng, số hiệu văn bản (ví dụ Nghị quyết số 57-NQ/TW), số điện thoại và “4.0” không được tính là số liệu.',
    ] },
    { heading: 'Biểu đồ', paragraphs: [
      'Biểu đồ được vẽ sẵn khi dựng trang, nên vẫn đọc được khi tắt JavaScript, khi in và khi mở bản tải về; mỗi biểu đồ có bảng số liệu, tệp CSV và nguồn ngay bên dưới. JavaScript chỉ thêm phần chú thích khi chạm hoặc di chuột vào một điểm, và nút tải ảnh SVG/PNG.',
      'Một đường chỉ nối các giá trị cùng chỉ số, cùng phạm vi (cả nước, khu vực, địa phương), cùng đơn vị và cùng độ dài kỳ; giá trị nửa năm hay một quý có điểm và nhãn riêng. Tốc độ tăng trưởng và giá trị tuyệt đối không chung một trục. Thứ hạng chỉ được đặt trên thang khi biết tổng số nước được xếp hạng; nếu không, thứ hạng được ghi bằng số kèm thay đổi. Chỉ số chỉ có một giá trị được hiển thị dưới dạng một con số lớn kèm kỳ và nguồn. Mỗi giá trị nằm ở giữa kỳ của nó. Kết quả tô đặc, mục tiêu viền nét đứt, ước tính gạch chéo.',
    ] },
    { heading: 'Biên tập', paragraphs: [
      'Những gì bài báo không nêu, như năm của “sáng 19/7” hay tiêu đề của một bài bắt đầu giữa chừng, được biên tập viên bổ sung trong một tệp riêng, kèm lý do, và hiển thị với nhãn “biên tập”. Tóm tắt tiếng Anh là bản dịch của biên tập viên.',
    ] },
    { heading: 'Câu chuyện dữ liệu', paragraphs: [
      'Mỗi câu chuyện dữ liệu là một chuỗi bước; mỗi con số trong câu chuyện lấy từ bộ dữ liệu và dẫn về câu gốc. Trên máy tính, biểu đồ đứng yên bên cạnh và đổi theo bước bạn đang đọc; trên điện thoại, biểu đồ nằm ở phần trên màn hình và các bước lướt qua bên dưới. Các vạch và điểm của cùng một số liệu được giữ lại và di chuyển từ bước này sang bước khác (không có chuyển động nếu bạn đã chọn giảm chuyển động).',
      'Khi tắt JavaScript, khi in, và với trình đọc màn hình, mỗi bước có biểu đồ riêng, được vẽ sẵn khi dựng trang; bản tải về để xem ngoại tuyến cũng hoạt động như vậy.',
    ] },
    { heading: 'Giới hạn', paragraphs: [
      'Việc trích xuất là tự động và có thể sai. Nếu bạn thấy một con số bị hiểu sai, hãy đối chiếu với câu gốc được trích kèm và báo cho chúng tôi.',
    ] },
  ],
  en: [
    { heading: 'What this is', paragraphs: [
      "cds-vn gathers news reports on Viet Nam's national digital transformation (Project 06, VNeID, online public services, the digital economy) from 2022 to 2025 and turns them into a sourced timeline, data stories and an open dataset.",
    ] },
    { heading: 'Method', paragraphs: [
      'Each report is a plain-text file. A program reads it, separates title, date, paragraphs and photo captions, and finds every number: Vietnamese notation (a dot groups thousands, a comma is the decimal mark), scale words and units (nghìn, triệu, tỷ, đồng, USD, %), ranges, part-of-total figures, ranks and multipliers.',
      'Each number is classified (share, count, money, growth, rank, index, multiplier), marked as a result or a target, tied to the period its sentence names, and to a standard indicator when the sentence matches its vocabulary. The sentence is kept verbatim, so every number on the site links to the sentence it came from.',
      'Years, dates, document numbers (such as Resolution 57-NQ/TW), phone numbers and “4.0” are not counted as figures.',
    ] },
    { heading: 'Charts', paragraphs: [
      'Charts are drawn when the site is built, so they can be read with JavaScript off, in print and in the offline copy; each has its data table, a CSV file and its sources right below it. JavaScript only adds the tooltip when you tap, hover or focus a point, and the SVG/PNG download buttons.',
      'A line joins only values of the same indicator, scope (national, regional, provincial), unit and period length; a half-year or quarterly value gets its own point and label. Growth rates never share an axis with levels. A rank is drawn on a scale only when the number of ranked countries is known; otherwise it is written as a number with its change. An indicator with one value is shown as one large number with its period and source. Each value sits at the middle of its period. Results are solid, targets have a dashed outline, estimates are hatched.',
    ] },
    { heading: 'Editorial input', paragraphs: [
      'What a report does not say, such as the year of “sáng 19/7” or the headline of a text that starts mid-report, is supplied by the editors in a separate file, with a reason, and shown with an “editorial” label. English summaries are the editors’ translations.',
    ] },
    { heading: 'Data stories', paragraphs: [
      'Each data story is a sequence of steps; every number in it comes from the dataset and links to its source sentence. On a computer the chart stays beside the text and changes with the step you are reading; on a phone it sits at the top of the screen while the steps pass below. Bars and dots of the same figure stay and move from one step to the next (without motion if you have asked for reduced motion).',
      'With JavaScript off, in print and with a screen reader, each step has its own chart, drawn when the site is built; the offline copy works the same way.',
    ] },
    { heading: 'Limits', paragraphs: [
      'Extraction is automatic and can be wrong. If a number looks misread, compare it with the quoted sentence beside it and tell us.',
    ] },
  ],
};
