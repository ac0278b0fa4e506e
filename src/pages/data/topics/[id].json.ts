import { subsetRoute } from '../_input';

export const { getStaticPaths, GET } = subsetRoute('topic', 'json');
