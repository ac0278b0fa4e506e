/**
 * Dates in plain words. A report has two different dates: when it was published (`article.date`)
 * and the period its figures describe (`reportedPeriod`). One function writes each, for every page
 * and for the search index, so the same report reads the same everywhere.
 */
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import type { Article, ArticleDate } from '../schemas/article';
import type { Period, Precision } from '../schemas/metric';
import { formatDate } from './format';

/** The precision an undated text gets (contracts.md: `date.precision: 'unknown'`, no `iso`). */
const UNKNOWN = 'unknown';

/** An article date as this module reads it: the schema's, or an undated one. */
type AnyDate = Omit<ArticleDate, 'precision' | 'iso'> & { iso?: string; precision: Precision | typeof UNKNOWN };

/** True when the report's publication year at least is known. */
export function isKnownDate(d: AnyDate): d is ArticleDate {
  return d.precision !== UNKNOWN && !!d.iso && /^\d{4}/.test(d.iso);
}

/** The label of the publication date ("Ngày đăng" / "Published") and of the reported period ("Số liệu của" / "Figures for"). */
export function dateFieldLabel(field: 'published' | 'period', lang: Lang): string {
  return t(lang, field === 'published' ? 'date.published' : 'date.period');
}

/**
 * The publication date in plain words: a day as a day ("19/7/2024" / "19 July 2024"); a month as a
 * month with the day unknown; anything coarser as the year only, saying where it comes from
 * ("không rõ — năm 2024 theo nội dung bài"), since "6 tháng cuối năm 2024" would read as the
 * period reported; an undated text as "không rõ" / "unknown".
 */
export function publicationDateText(date: AnyDate, lang: Lang): string {
  if (!isKnownDate(date)) return t(lang, 'date.unknown');
  if (date.precision === 'day') return formatDate(date, lang);
  const coarse = date.precision === 'month' ? formatDate(date, lang) : t(lang, 'date.year', { y: date.iso.slice(0, 4) });
  return `${t(lang, 'date.unknown')} — ${coarse} ${t(lang, date.source === 'editorial' ? 'date.byEditors' : 'date.byText')}`;
}

/** Words before a date that make it a deadline or a span of a plan, not the period reported. */
const NOT_REPORTED = /(?:đến|tới|trước|tầm nhìn|giai đoạn|định hướng|nhiệm vụ|kế hoạch|mục tiêu)\s*(?:năm\s*)?$/u;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Period forms a headline or lead uses for what it reviews, each → a period (start month, precision). */
const FORMS: { re: RegExp; period: (m: RegExpExecArray) => Period | undefined }[] = [
  { re: /(?:6 tháng|sáu tháng|nửa) (đầu|cuối) năm (\d{4})/giu, period: (m) => ({ iso: `${m[2]}-${m[1]!.toLowerCase() === 'đầu' ? '01' : '07'}`, precision: 'half' }) },
  { re: /quý (iv|iii|ii|i|[1-4])(?:\s*\/\s*|\s+năm\s+)(\d{4})/giu, period: (m) => {
    const q = ROMAN[m[1]!.toLowerCase()]!;
    return { iso: `${m[2]}-${String(q * 3 - 2).padStart(2, '0')}`, precision: 'quarter' };
  } },
  { re: /(?<![\d/])tháng (\d{1,2})\s*\/\s*(\d{4})/giu, period: (m) => {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? { iso: `${m[2]}-${String(mo).padStart(2, '0')}`, precision: 'month' } : undefined;
  } },
  { re: /(?<!tháng (?:đầu|cuối) )năm (\d{4})(?!\s*[-–]\s*\d)/giu, period: (m) => ({ iso: m[1]!, precision: 'year' }) },
];

/** The first period a text names for what it reviews ("kết quả 6 tháng đầu năm 2024", "tổng kết năm
 * 2024"), skipping deadlines and plan spans ("đến năm 2030", "giai đoạn 2022-2025"). Pure. */
export function periodInText(text: string): Period | undefined {
  const found: { at: number; end: number; period: Period }[] = [];
  for (const { re, period } of FORMS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const at = m.index ?? 0;
      if (NOT_REPORTED.test(text.slice(Math.max(0, at - 25), at).toLowerCase())) continue;
      if (found.some((f) => at < f.end && at + m[0].length > f.at)) continue;
      const p = period(m as RegExpExecArray);
      if (p) found.push({ at, end: at + m[0].length, period: { ...p, text: m[0] } });
    }
  }
  return found.sort((a, b) => a.at - b.at)[0]?.period;
}

/** Sortable first day of a period or date. */
const start = (iso: string) => (iso + '-01-01').slice(0, 10);

/**
 * The period a report's figures describe: named in its headline, else in its lead (the summary, read from the lead paragraph), else
 * the period most of its reported results share. Never after the publication date. Undefined
 * when nothing says.
 */
export function reportedPeriod(article: Pick<Article, 'title' | 'summary' | 'metrics'> & { date: AnyDate }): Period | undefined {
  const published = isKnownDate(article.date) ? start(article.date.iso) : '9999';
  const notLater = (p: Period | undefined) => (p && start(p.iso) <= published ? p : undefined);
  const named = notLater(periodInText(article.title)) ?? notLater(periodInText(article.summary));
  if (named) return named;
  const counts = new Map<string, { n: number; period: Period }>();
  for (const m of article.metrics) {
    if (m.status !== 'actual' || !m.period || m.period.isoEnd || !notLater(m.period)) continue;
    const key = `${m.period.iso}|${m.period.precision}`;
    const c = counts.get(key) ?? { n: 0, period: { iso: m.period.iso, precision: m.period.precision } };
    c.n += 1;
    counts.set(key, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || start(b.period.iso).localeCompare(start(a.period.iso)))[0];
  return best && best.n >= 2 ? best.period : undefined;
}

/** The reported period in plain words ("6 tháng đầu năm 2024" / "first half of 2024"), or ''. */
export function reportedPeriodText(article: Parameters<typeof reportedPeriod>[0], lang: Lang): string {
  const p = reportedPeriod(article);
  return p ? formatDate(p, lang) : '';
}

/** The words a date was read from, split from the inference the ingest appends to them ("sáng 19/7
 * (năm từ: giai đoạn 2022 - 2024)"): `quote` is verbatim Vietnamese, `yearFrom` the words the year
 * was taken from, if any. Editorial dates carry the editors' reason instead: nothing to quote. */
export function dateEvidence(date: Pick<ArticleDate, 'evidence' | 'source'>): { quote: string; yearFrom?: string } | undefined {
  if (date.source === 'editorial' || !date.evidence.trim()) return undefined;
  const m = /^(.*?)\s*\(năm từ(?: dòng ngày)?:\s*(.+)\)\s*$/su.exec(date.evidence);
  return m ? { quote: m[1]!, yearFrom: m[2]!.replace(/^sau /u, '') } : { quote: date.evidence };
}
