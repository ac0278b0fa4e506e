import { coreFileRoute } from './_input';

export const GET = coreFileRoute('topics.json');
