import { readFileSync } from 'node:fs';
import { isLocalArticle } from './scripts/ingest/other-subject';
const ps: string[] = JSON.parse(readFileSync('/tmp/ps.json', 'utf8'));
const skip = (process.env.SKIP ?? '').split(',').filter(Boolean).map(Number);
console.log(isLocalArticle(ps.filter((_, i) => !skip.includes(i))));
