import { subsetRoute } from '../_input';

export const { getStaticPaths, GET } = subsetRoute('indicator', 'json');
