import type { Lang } from '../../../i18n/lang';
import Drop from './Drop.astro';
import Keep from './Keep.astro';
import Period from './Period.astro';
import Step from './Step.astro';
import Value from './Value.astro';

/** The components of a story file's MDX body, for a page in `lang`. */
export function storyComponents(lang: Lang): Record<string, unknown> {
  return { Step, Value, Period, Chart: Drop, Hook: Drop, Vi: lang === 'vi' ? Keep : Drop, En: lang === 'en' ? Keep : Drop };
}
