/**
 * Bounded memo of pure text functions: the rules ask the same question of one sentence or paragraph
 * many times (once per number, once per rule), and the answer depends on the text alone. The cache
 * is emptied when full, so memory stays bounded whatever the corpus. Answers are shared: callers
 * must treat them as read-only.
 */
export function memo<T>(size: number, f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const value = f(key);
    if (seen.size >= size) seen.clear();
    seen.set(key, value);
    return value;
  };
}
