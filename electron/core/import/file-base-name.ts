/** The file name without folders and extension: "in/华阴市-2025年1月.xlsx" → "华阴市-2025年1月" (both / and \ separate folders). */
export function fileBaseName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
}
