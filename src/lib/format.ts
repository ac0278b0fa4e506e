import type { Lang } from '../i18n/lang';
import type { ArticlePrecision, Metric, Period } from '../schemas/metric';

const SCALES_VI: [number, string][] = [[1e15, 'triệu tỷ'], [1e12, 'nghìn tỷ'], [1e9, 'tỷ'], [1e6, 'triệu']];
const SCALES_EN: [number, string][] = [[1e15, 'quadrillion'], [1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A plain number in the language's notation: vi "84,7" / "4.422"; en "84.7" / "4,422". */
export function formatPlain(value: number, lang: Lang, maxDigits = 2): string {
  return numberFormat(lang, maxDigits).format(value);
}

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per language and digit count (creating them is the costly part). */
function numberFormat(lang: Lang, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: maxDigits });
    formats.set(key, f);
  }
  return f;
}

/** A count with a scale word from a million up: vi "84,7 triệu", en "84.7 million"; below, grouped digits. */
export function formatScaled(value: number, lang: Lang): string {
  const scales = lang === 'vi' ? SCALES_VI : SCALES_EN;
  for (const [size, word] of scales) {
    if (Math.abs(value) >= size) return `${formatPlain(value / size, lang)} ${word}`;
  }
  return formatPlain(value, lang);
}

/** English ordinal: 1st, 2nd, 3rd, 86th. */
export function ordinal(n: number): string {
  const j = n % 10;
  const k = n % 100;
  if (j === 1 && k !== 11) return `${n}st`;
  if (j === 2 && k !== 12) return `${n}nd`;
  if (j === 3 && k !== 13) return `${n}rd`;
  return `${n}th`;
}

/** One value with its unit, without range or total. */
function formatValue(value: number, m: Pick<Metric, 'unit'>, lang: Lang): string {
  switch (m.unit) {
    case 'percent': return `${formatPlain(value, lang)}%`;
    case 'VND': return lang === 'vi' ? `${formatScaled(value, lang)} đồng` : `VND ${formatScaled(value, lang)}`;
    case 'USD': return lang === 'vi' ? `${formatScaled(value, lang)} USD` : `USD ${formatScaled(value, lang)}`;
    case 'times': return lang === 'vi' ? `${formatPlain(value, lang)} lần` : `${formatPlain(value, lang)}×`;
    case 'rank': return lang === 'vi' ? `hạng ${formatPlain(value, lang)}` : ordinal(value);
    case 'index': return formatPlain(value, lang, 3);
    default: return formatScaled(value, lang);
  }
}

/** A metric as a reader should see it, in `lang`: "68,8%", "8–10%", "4.422/6.423", "hạng 86/193" / "86th of 193";
 * a change of rank ("tăng 5 bậc") reads "5 bậc" / "5 places". */
export function formatMetric(m: Pick<Metric, 'value' | 'valueMax' | 'total' | 'unit'> & { kind?: Metric['kind'] }, lang: Lang): string {
  if (m.unit === 'rank' && m.kind === 'growth') return lang === 'vi' ? `${formatPlain(m.value, lang)} bậc` : `${formatPlain(m.value, lang)} ${m.value === 1 ? 'place' : 'places'}`;
  if (m.valueMax !== undefined) {
    const lo = m.unit === 'percent' ? formatPlain(m.value, lang) : formatValue(m.value, m, lang);
    return `${lo}–${formatValue(m.valueMax, m, lang)}`;
  }
  if (m.total !== undefined) {
    if (m.unit === 'rank') return lang === 'vi' ? `hạng ${formatPlain(m.value, lang)}/${formatPlain(m.total, lang)}` : `${ordinal(m.value)} of ${formatPlain(m.total, lang)}`;
    return `${formatPlain(m.value, lang)}/${formatPlain(m.total, lang)}`;
  }
  return formatValue(m.value, m, lang);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** A date or period at its precision (a report's publication date reads through `publicationDateText`): day "19/7/2024" / "19 July 2024"; quarter "Quý I/2022" / "Q1 2022"; half "6 tháng đầu năm 2024" / "first half of 2024". Empty for an undated text (precision "unknown", no iso): see lib/dates.ts. */
export function formatDate(d: { iso: string; precision: ArticlePrecision; isoEnd?: string }, lang: Lang): string {
  if (d.precision === 'unknown' || !d.iso) return '';
  const [y, mo, da] = d.iso.split('-').map(Number) as [number, number?, number?];
  const end = d.isoEnd && d.isoEnd.slice(0, 4) !== String(y) ? d.isoEnd.slice(0, 4) : undefined;
  switch (d.precision) {
    case 'day': return lang === 'vi' ? `${da}/${mo}/${y}` : `${da} ${MONTHS_EN[(mo ?? 1) - 1]} ${y}`;
    case 'month': return lang === 'vi' ? `tháng ${mo}/${y}` : `${MONTHS_EN[(mo ?? 1) - 1]} ${y}`;
    case 'quarter': {
      const q = Math.floor(((mo ?? 1) - 1) / 3);
      return lang === 'vi' ? `Quý ${ROMAN[q]}/${y}` : `Q${q + 1} ${y}`;
    }
    case 'half': {
      const first = (mo ?? 1) <= 6;
      return lang === 'vi' ? `6 tháng ${first ? 'đầu' : 'cuối'} năm ${y}` : `${first ? 'first' : 'second'} half of ${y}`;
    }
    default: return end ? `${y}–${end}` : `${y}`;
  }
}

/** A period label for a metric, if it has one. */
export function formatPeriod(p: Period | undefined, lang: Lang): string {
  return p ? formatDate(p, lang) : '';
}

/** Sortable key for a date at any precision (its first day). */
export function dateKey(iso: string): string {
  return (iso + '-01-01').slice(0, 10);
}
