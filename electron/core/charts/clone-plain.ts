/**
 * Deep-copies arrays and plain objects, keeping functions and class instances by reference.
 * chart.js writes merged defaults into the configuration it is given, so each drawing gets a fresh copy and
 * a spec can be drawn twice (SVG and PNG) with the same result.
 */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => clonePlain(v)) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, clonePlain(v)]);
  return Object.fromEntries(entries) as T;
}
