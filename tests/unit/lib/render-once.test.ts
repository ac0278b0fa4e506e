/** src/lib/render-once.ts: markup shared by the pages of one build that show it alike. */
import { describe, expect, it } from 'vitest';
import { RenderOnce, renderOnce } from '../../../src/lib/render-once';

describe('RenderOnce', () => {
  it('RenderOnce renders a key once for its uses, then forgets it', async () => {
    const once = new RenderOnce();
    let calls = 0;
    const render = async () => `<p>${++calls}</p>`;
    expect(await once.get('a', 2, render)).toBe('<p>1</p>');
    expect(once.size).toBe(1);
    expect(await once.get('a', 2, render)).toBe('<p>1</p>');
    expect(once.size).toBe(0);
    expect(await once.get('a', 2, render)).toBe('<p>2</p>');
    expect(await once.get('b', 1, render)).toBe('<p>3</p>');
    expect(once.size).toBe(1);
  });

  it('RenderOnce hands the same markup to uses that ask before the first render is done', async () => {
    const once = new RenderOnce();
    let calls = 0;
    const render = () => new Promise<string>((resolve) => setTimeout(() => resolve(`x${++calls}`), 5));
    expect(await Promise.all([once.get('k', 2, render), once.get('k', 2, render)])).toEqual(['x1', 'x1']);
  });

  it('renderOnce renders afresh outside a production build (the dev server and tests)', async () => {
    let calls = 0;
    const render = async () => String(++calls);
    expect(await renderOnce('k', 2, render)).toBe('1');
    expect(await renderOnce('k', 2, render)).toBe('2');
  });
});
