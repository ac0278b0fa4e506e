import type { Lang } from './lang';
import { fill } from './ui';

/** Interface strings of the data stories, their charts and embed pages. */
export const storyText: Record<Lang, {
  steps: string; stepOf: string; prev: string; next: string; permalink: string;
  data: string; dataIntro: string; table: string; label: string;
  value: string; period: string; status: string; actual: string; target: string; estimate: string; source: string; quote: string;
  reported: string; noData: string; rankAxis: string; embed: string; embedIntro: string;
  embedCode: string; openEmbed: string; copy: string; copied: string; cite: string; citeIntro: string; sources: string;
  stepCount: string; embedFrom: string; kindLabel: string;
}> = {
  vi: {
    steps: 'Các bước',
    stepOf: 'Bước {n}/{total}',
    prev: 'Bước trước',
    next: 'Bước tiếp',
    permalink: 'Liên kết tới bước này',
    data: 'Số liệu của câu chuyện',
    dataIntro: 'Mọi con số trong câu chuyện và biểu đồ lấy từ bộ dữ liệu; mỗi số dẫn về câu gốc trong bài báo.',
    table: 'Các con số được dùng trong câu chuyện',
    label: 'Nội dung',
    value: 'Giá trị',
    period: 'Thời kỳ',
    status: 'Loại',
    actual: 'kết quả',
    target: 'mục tiêu',
    estimate: 'ước tính',
    source: 'Nguồn',
    quote: 'Câu gốc',
    reported: 'báo cáo',
    noData: 'không có số liệu',
    rankAxis: 'Thứ hạng (1 là cao nhất)',
    embed: 'Nhúng biểu đồ',
    embedIntro: 'Dán đoạn mã này vào trang của bạn để nhúng biểu đồ (kèm nguồn).',
    embedCode: 'Mã nhúng',
    openEmbed: 'Mở trang nhúng',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép',
    cite: 'Trích dẫn',
    citeIntro: 'Trích dẫn câu chuyện này:',
    sources: 'Các bài báo nguồn',
    stepCount: '{n} bước',
    embedFrom: 'Biểu đồ từ câu chuyện dữ liệu',
    kindLabel: 'Câu chuyện',
  },
  en: {
    steps: 'Steps',
    stepOf: 'Step {n} of {total}',
    prev: 'Previous step',
    next: 'Next step',
    permalink: 'Link to this step',
    data: 'The story’s data',
    dataIntro: 'Every number in the story and its charts comes from the dataset; each one links to its source sentence.',
    table: 'Numbers used in the story',
    label: 'What',
    value: 'Value',
    period: 'Period',
    status: 'Type',
    actual: 'result',
    target: 'target',
    estimate: 'estimate',
    source: 'Source',
    quote: 'Source sentence (Vietnamese)',
    reported: 'reported',
    noData: 'no data',
    rankAxis: 'Rank (1 is best)',
    embed: 'Embed the chart',
    embedIntro: 'Paste this code into your page to embed the chart (with its sources).',
    embedCode: 'Embed code',
    openEmbed: 'Open the embed page',
    copy: 'Copy the code',
    copied: 'Copied',
    cite: 'Cite',
    citeIntro: 'Cite this story:',
    sources: 'Source reports',
    stepCount: '{n} steps',
    embedFrom: 'Chart from the data story',
    kindLabel: 'Story',
  },
};

/** A story interface string in `lang`, with `{name}` placeholders filled. */
export function st(lang: Lang, key: keyof (typeof storyText)['vi'], vars: Record<string, string | number> = {}): string {
  return fill(storyText[lang][key], vars);
}
