import type { Logger } from '../lib/logger';

/** Placeholder until the offline bundle lands: nothing to package yet. */
export function packageOffline(_dir: string, _log: Logger): void {}
