import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, isExecutableFile } from '../../e2e/support/browser';

let tmp: string;
let binA: string;
let binB: string;

function makeExe(dir: string, name: string, mode = 0o755): string {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, mode);
  return file;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'find-chromium-'));
  binA = path.join(tmp, 'a');
  binB = path.join(tmp, 'b');
  mkdirSync(binA);
  mkdirSync(binB);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const noDefaults = { defaultPaths: [] as string[] };

describe('findChromium', () => {
  it('prefers CHROME_PATH when it is executable', () => {
    const exe = makeExe(tmp, 'my-chrome');
    makeExe(binA, 'chromium');
    expect(findChromium({ CHROME_PATH: exe, PATH: binA }, noDefaults)).toBe(exe);
  });

  it('throws when CHROME_PATH points at nothing usable', () => {
    expect(() => findChromium({ CHROME_PATH: path.join(tmp, 'nope'), PATH: binA }, noDefaults)).toThrow(/CHROME_PATH.*not an executable/);
    const notExec = makeExe(tmp, 'not-exec', 0o644);
    expect(() => findChromium({ CHROME_PATH: notExec }, noDefaults)).toThrow(/CHROME_PATH/);
  });

  it('uses the default path (/usr/bin/chromium) before PATH', () => {
    const def = makeExe(tmp, 'default-chromium');
    makeExe(binA, 'chromium');
    expect(findChromium({ PATH: binA }, { defaultPaths: [def] })).toBe(def);
    // A missing default falls through to PATH.
    expect(findChromium({ PATH: binA }, { defaultPaths: [path.join(tmp, 'missing')] })).toBe(path.join(binA, 'chromium'));
  });

  it('searches PATH for chromium, chromium-browser, then google-chrome', () => {
    const only = mkdtempSync(path.join(tmp, 'p-'));
    const chrome = makeExe(only, 'google-chrome');
    expect(findChromium({ PATH: only }, noDefaults)).toBe(chrome);
    const cb = makeExe(only, 'chromium-browser');
    expect(findChromium({ PATH: only }, noDefaults)).toBe(cb);
    // Name order wins over PATH order: chromium in a later dir beats google-chrome earlier.
    const later = mkdtempSync(path.join(tmp, 'q-'));
    const c = makeExe(later, 'chromium');
    expect(findChromium({ PATH: [only, later].join(path.delimiter) }, noDefaults)).toBe(c);
  });

  it('takes the first PATH directory holding the same name and skips directories', () => {
    const d1 = mkdtempSync(path.join(tmp, 'd1-'));
    const d2 = mkdtempSync(path.join(tmp, 'd2-'));
    mkdirSync(path.join(d1, 'chromium')); // a directory, not an executable
    const inD2 = makeExe(d2, 'chromium');
    expect(findChromium({ PATH: `${d1}${path.delimiter}${d2}` }, noDefaults)).toBe(inD2);
  });

  it('throws with install instructions when nothing is found', () => {
    const empty = mkdtempSync(path.join(tmp, 'empty-'));
    for (const env of [{ PATH: empty }, {}]) {
      expect(() => findChromium(env, noDefaults)).toThrow(/apt-get install -y chromium/);
      expect(() => findChromium(env, noDefaults)).toThrow(/CHROME_PATH/);
    }
  });

  it('accepts an injected executable check', () => {
    const seen: string[] = [];
    const found = findChromium({ PATH: '/x:/y' }, {
      isExecutable: (f) => {
        seen.push(f);
        return f === '/y/chromium-browser';
      },
    });
    expect(found).toBe('/y/chromium-browser');
    expect(seen.slice(0, 3)).toEqual(['/usr/bin/chromium', '/x/chromium', '/y/chromium']);
  });

  it('isExecutableFile is false for missing files and directories', () => {
    expect(isExecutableFile(path.join(tmp, 'missing'))).toBe(false);
    expect(isExecutableFile(tmp)).toBe(false);
    expect(isExecutableFile(makeExe(tmp, 'exe'))).toBe(true);
  });
});
