import { cpSync, rmSync, mkdirSync } from 'node:fs';
import { buildPairIndex } from './scripts/build/search-pairs';
import { createLogger } from './scripts/lib/logger';
const dir = process.argv[2]!; const prev = process.argv[3];
const t = performance.now();
await buildPairIndex(dir, createLogger('x'), prev);
console.log('pairs', ((performance.now() - t) / 1000).toFixed(2));
