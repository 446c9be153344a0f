/**
 * Small hand-written payload checks (in the manner of Electron Fiddle's src/main/ipc.ts): every value that
 * crosses from the renderer is untrusted until one of these has looked at it. A failed check throws a
 * UserError naming the field, so the window shows a Chinese message and the handler never runs.
 */
import { UserError } from '../user-error.ts';

/** Longest string accepted from the renderer (free text of a briefing is the longest legitimate one). */
const MAX_TEXT = 100_000;
/** Most items accepted in one list (paths of a batch). */
const MAX_ITEMS = 10_000;

/** Throws the Chinese "invalid request" error for one field. */
export function invalid(field: string, expected: string): never {
  throw new UserError(`请求参数无效：${field} 应为${expected}`);
}

/** A plain object (not null, not an array). */
export function record(value: unknown, field = '参数'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(field, '对象');
  return value as Record<string, unknown>;
}

/** An object with no keys at all, for channels that take no argument. */
export function empty(value: unknown): Record<string, never> {
  const keys = Object.keys(record(value ?? {}));
  if (keys.length > 0) invalid('参数', '空对象');
  return {};
}

/** A string of bounded length; `nonEmpty` also refuses blank strings. */
export function text(value: unknown, field: string, nonEmpty = false): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT) invalid(field, '文本');
  if (nonEmpty && value.trim() === '') invalid(field, '非空文本');
  return value;
}

/** A boolean. */
export function flag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') invalid(field, '是或否');
  return value;
}

/** A whole number within [min, max]. */
export function whole(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) invalid(field, `${min}～${max} 的整数`);
  return value;
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) invalid(field, allowed.join(' 或 '));
  return value as T;
}

/** A bounded list whose items each pass `item`. */
export function list<T>(value: unknown, field: string, item: (v: unknown, at: string) => T): T[] {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) invalid(field, '列表');
  return value.map((v, i) => item(v, `${field}[${i}]`));
}

/** A string matching a pattern (quarter ids, months). */
export function matching(value: unknown, field: string, pattern: RegExp, expected: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) invalid(field, expected);
  return value;
}

