import { templatePlaceholders } from './template-placeholders.ts';

/**
 * Problems of an edited wording file against the shipped one: every key must be there with the same kind of value,
 * and a template may use only the placeholders its shipped version uses (those are the ones the code fills).
 */
export function validateWording(candidate: unknown, reference: unknown, path = ''): string[] {
  if (typeof reference === 'string') return checkTemplate(candidate, reference, path);
  if (Array.isArray(reference)) return Array.isArray(candidate) ? [] : [`${path}应为列表`];
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return [`${path || '措辞文件'}应为对象`];
  return Object.entries(reference as Record<string, unknown>).flatMap(([key, value]) => {
    const child = (candidate as Record<string, unknown>)[key];
    const at = path ? `${path}.${key}` : key;
    return child === undefined ? [`缺少措辞“${at}”`] : validateWording(child, value, at);
  });
}

/** One template against its shipped version. */
function checkTemplate(candidate: unknown, reference: string, path: string): string[] {
  if (typeof candidate !== 'string') return [`措辞“${path}”应为文字`];
  const allowed = templatePlaceholders(reference);
  return templatePlaceholders(candidate).filter((p) => !allowed.includes(p))
    .map((p) => `措辞“${path}”使用了未知占位符{${p}}（可用：${allowed.map((a) => `{${a}}`).join('、') || '无'}）`);
}
