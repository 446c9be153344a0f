/**
 * A pure function of a string, remembered for the strings it has seen: sheets repeat the same few texts
 * (county names, months, 合计) on every row. Bounded, so a file of a million distinct texts costs no more
 * than the bound; results must be treated as read-only, since they are shared.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}
