/** Whether two sets of figures are identical, field by field (exact: figures are stored exactly). */
export function figuresEqual(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].every((field) => a[field] === b[field]);
}
