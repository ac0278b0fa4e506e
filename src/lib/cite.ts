import type { Article } from '../schemas/article';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

type Citable = Pick<Article, 'title' | 'date' | 'outlet' | 'author' | 'slug'>;

function parts(a: Citable): { y: string; m?: number; d?: number } {
  const [y, m, d] = (a.date.iso || '').split('-');
  return { y: y || 'n.d.', ...(m && a.date.precision !== 'year' && a.date.precision !== 'half' && a.date.precision !== 'quarter' ? { m: Number(m) } : {}), ...(d && a.date.precision === 'day' ? { d: Number(d) } : {}) };
}

/** APA 7 reference for the report, pointing to its page here. */
export function citeApa(a: Citable, permalink: string): string {
  const { y, m, d } = parts(a);
  const date = m ? `${y}, ${MONTHS_EN[m - 1]}${d ? ` ${d}` : ''}` : y;
  const who = a.author ?? a.outlet.name;
  return `${who}. (${date}). ${a.title}. ${a.outlet.name}. ${permalink}`;
}

/** MLA 9 reference. */
export function citeMla(a: Citable, permalink: string): string {
  const { y, m, d } = parts(a);
  const date = m ? `${d ? `${d} ` : ''}${MONTHS_MLA[m - 1]} ${y}` : y;
  return `${a.author ? `${a.author}. ` : ''}“${a.title}.” ${a.outlet.name}, ${date}. cds-vn, ${permalink}.`;
}

/** BibTeX entry; braces and backslashes in fields are escaped. */
export function citeBibtex(a: Citable, permalink: string): string {
  const { y, m } = parts(a);
  const esc = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`);
  const fields = [
    `  title = {${esc(a.title)}}`,
    ...(a.author ? [`  author = {${esc(a.author)}}`] : []),
    `  howpublished = {${esc(a.outlet.name)}}`,
    `  year = {${y}}`,
    ...(m ? [`  month = {${m}}`] : []),
    `  url = {${permalink}}`,
    `  note = {Số liệu trích bởi cds-vn}`,
  ];
  return `@misc{cdsvn-${a.slug},\n${fields.join(',\n')}\n}`;
}
