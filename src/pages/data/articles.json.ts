import { coreFileRoute } from './_input';

export const GET = coreFileRoute('articles.json');
