const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The distinct placeholder names of a template, in order of first use ("{a}比{b}" → ["a", "b"]). */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
