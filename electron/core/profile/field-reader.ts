import type { Problem } from '../model.ts';

/** Reads typed fields out of untrusted JSON, recording a Chinese problem for each bad one instead of throwing. */
export interface FieldReader {
  object(value: unknown, at: string): Record<string, unknown> | undefined;
  text(value: unknown, at: string): string;
  list<T>(value: unknown, at: string, item: (value: unknown, at: string) => T): T[];
  numberMap(value: unknown, at: string, keyOk: (key: string) => boolean): Record<string, number>;
  check(ok: boolean, at: string, message: string): boolean;
}

/** Creates a reader that appends problems about `file` to `problems`. */
export function fieldReader(file: string, problems: Problem[]): FieldReader {
  const check = (ok: boolean, at: string, message: string): boolean => {
    if (!ok) problems.push({ file, message: `${at}：${message}` });
    return ok;
  };
  const object = (value: unknown, at: string) =>
    check(isPlainObject(value), at, '应为对象（{…}）') ? (value as Record<string, unknown>) : undefined;
  const text = (value: unknown, at: string) =>
    check(typeof value === 'string' && value.trim() !== '', at, '缺少或不是文字') ? String(value).trim() : '';
  const list = <T>(value: unknown, at: string, item: (v: unknown, p: string) => T): T[] =>
    check(Array.isArray(value), at, '应为列表（[…]）') ? (value as unknown[]).map((v, i) => item(v, `${at}[${i + 1}]`)) : [];
  const numberMap = (value: unknown, at: string, keyOk: (key: string) => boolean) =>
    Object.fromEntries(Object.entries(object(value, at) ?? {}).filter(([key, n]) =>
      check(keyOk(key), `${at}.${key}`, '年份应为四位数字') &&
      check(typeof n === 'number' && Number.isFinite(n) && n >= 0, `${at}.${key}`, '应为非负数字')) as [string, number][]);
  return { object, text, list, numberMap, check };
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
