import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASTRO_BIN, BUILD_ENV, BUILD_NODE_FLAGS, STAGE_LINE } from '../../../scripts/bench/builds';

describe('measured builds', () => {
  it('`npm run build` sets the environment the bench measures its builds with', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const prefix = Object.entries(BUILD_ENV).map(([k, v]) => `${k}=${v}`);
    const words = pkg.scripts.build!.split(/\s+/);
    expect(words.slice(0, prefix.length)).toEqual(prefix);
    expect(words.slice(prefix.length)).toEqual(['node', ...BUILD_NODE_FLAGS, ASTRO_BIN, 'build']);
  });

  it('reads the stage lines the integration prints', () => {
    expect(STAGE_LINE.test('[build] astro: 12.34 s')).toBe(true);
    expect(STAGE_LINE.test('[build] astro: done')).toBe(false);
  });
});
