const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The distinct placeholder names of a template, in order of first use ("{a}比{b}" → ["a", "b"]). */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Values for a template's placeholders: already formatted text, or numbers printed as they are. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Replaces each "{name}" in a wording template with its value. A placeholder with no value is an error naming it,
 * so a typo in an edited template fails loudly instead of printing braces in an official paper.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      const known = Object.keys(values).map((k) => `{${k}}`).join('、') || '无';
      throw new Error(`措辞模板“${template}”中的占位符{${name}}无法填写（可用：${known}）`);
    }
    return String(value);
  });
}
