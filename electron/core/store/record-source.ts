import type { SourceRef } from '../model.ts';

/**
 * One source for a whole record, for a one-line mention: the file and sheet of its first figure and every
 * cell of every figure, in order, without repeats. Per-figure sources stay available beside it.
 */
export function recordSource(sources: Readonly<Record<string, SourceRef>>): SourceRef {
  const refs = Object.values(sources);
  const first = refs[0] ?? { file: '', sheet: '', cells: [] };
  const cells = [...new Set(refs.flatMap((ref) => ref.cells))];
  return { file: first.file, sheet: first.sheet, cells };
}
