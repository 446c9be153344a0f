import { assertNever, formatMonth, type FileReport, type ImportReport } from '../core/core-api.ts';
import { formatProblemLocation } from './format-problem.ts';

/** The import report as lines for the terminal: one line per file, its problems indented under it, then a tally. */
export function importReportLines(report: ImportReport): string[] {
  return [...report.files.flatMap(fileReportLines), importTally(report)];
}

/** One file's lines: its headline, then its problems, conflicts and notices indented under it. */
export function fileReportLines(file: FileReport): string[] {
  const details = [
    ...file.problems.map((p) => `    ${formatProblemLocation(p)}`),
    ...file.conflicts.map((c) => `    ${c.message}`),
    // A rule's warning already says 警告（规则“…”）(check-records.ts); other notices are 提示.
    ...file.notices.map((n) => (n.message.startsWith('警告（规则') ? `    ${formatProblemLocation(n)}` : `    提示：${formatProblemLocation(n)}`)),
  ];
  return [headline(file), ...details];
}

function headline(file: FileReport): string {
  switch (file.status) {
    case 'imported': return `✓ ${file.file}：${what(file)}，新增 ${file.added} 项${file.replaced > 0 ? `，替换 ${file.replaced} 项（原数据保留在历史记录中）` : ''}`;
    case 'unchanged': return `= ${file.file}：${what(file)}，与已保存的数据相同，未作改动`;
    case 'rejected': return `✗ ${file.file}：有 ${file.problems.length} 处问题，未导入任何数据`;
    case 'conflict': return `⚠ ${file.file}：与已保存的数据不一致，未导入（确认新数据正确时，加 --replace 重新导入）`;
    default: return assertNever(file.status);
  }
}

function what(file: FileReport): string {
  const units = [...file.counties, ...file.hospitals.length > 0 ? [`${file.hospitals.length} 家医院供血`] : []];
  return `${units.join('、')} ${file.months.map((m) => formatMonth(m, true)).join('、')}`;
}

/** The batch's closing line: how many files went which way. */
export function importTally(report: ImportReport): string {
  const count = (status: FileReport['status']) => report.files.filter((f) => f.status === status).length;
  return `共 ${report.files.length} 个文件：导入 ${count('imported')}，无变化 ${count('unchanged')}，拒绝 ${count('rejected')}，冲突 ${count('conflict')}`;
}
