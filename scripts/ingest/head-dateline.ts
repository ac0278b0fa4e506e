/**
 * The publication labels and date lines at a page's head (`segment.ts`): a label opening the date line under the headline (round 37,
 * "Ngày đăng: 18/03/2023 22:32"), a label alone on its line over its date (round 57, "Cập nhật ngày:" over "24 | 03 | 2022"), and of two
 * date lines one under the other, the earlier (round 57: the later is a site's clock, which never shows a time before the page was
 * published). Pure.
 */
import { parseDateline } from './dates-find';
import { PUBLICATION_LABEL } from './dateline-meta';

/** A publication label opening a line ("Ngày đăng: 18/03/2023 22:32"). */
export const PUBLISHED_LABEL = new RegExp(String.raw`^\s*${PUBLICATION_LABEL}\s*:?`, 'iu');

/** A publication label alone on its line ("Cập nhật ngày:", "Ngày đăng:"). */
const LONE_LABEL = new RegExp(String.raw`^\s*${PUBLICATION_LABEL}(?:\s+(?:ngày|lúc))?\s*:?\s*$`, 'iu');

/** True when `line` is a publication label alone, its date on the next line. */
export function isLoneLabel(line: string): boolean {
  return LONE_LABEL.test(line);
}

/** True when date line `line` states an earlier day than date line `than` (both read by `parseDateline`). */
export function isEarlierDateline(line: string, than: string): boolean {
  const [a, b] = [parseDateline(line), parseDateline(than)];
  return !!a && !!b && a.iso < b.iso;
}
