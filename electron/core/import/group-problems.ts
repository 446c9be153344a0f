import type { Problem } from '../model.ts';

/** How many cells a grouped message lists before "等". */
const LISTED = 6;

/**
 * Twenty cells with the same fault are one message with a count and the first cells, not twenty lines:
 * problems of one sheet whose message is the same (their cell apart) are merged, in the order first seen.
 */
export function groupProblems(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const id = `${problem.file}\u0000${problem.sheet ?? ''}\u0000${problem.message}`;
    groups.set(id, [...(groups.get(id) ?? []), problem]);
  }
  return [...groups.values()].map((same) => (same.length === 1 || !same[0].cell ? same[0] : merged(same)));
}

function merged(same: readonly Problem[]): Problem {
  const cells = same.flatMap((p) => (p.cell ? [p.cell] : []));
  const listed = cells.slice(0, LISTED).join('、');
  return { ...same[0], message: `${same[0].message}（同样的问题共 ${same.length} 处：${listed}${cells.length > LISTED ? ' 等' : ''}）` };
}
