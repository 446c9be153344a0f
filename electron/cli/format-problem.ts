import type { Problem } from '../core/model.ts';

/** One problem as a line: where (sheet, cell) then what; the file is named by the line above it. */
export function formatProblemLocation(problem: Problem): string {
  const sheet = problem.sheet === undefined ? '' : `工作表“${problem.sheet}”`;
  const cell = problem.cell === undefined ? '' : `单元格 ${problem.cell}`;
  const where = [sheet, cell].filter((s) => s !== '').join(' ');
  return where === '' ? problem.message : `${where}：${problem.message}`;
}

/** One problem as a self-contained line naming the file too. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}：${formatProblemLocation(problem)}`;
}
