import type { Invocation } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { USAGE } from './usage.ts';
import { assertNever, FontError } from '../core/core-api.ts';

/** Runs the CLI; returns the exit code (0 success, 1 an input was rejected, 2 usage error). Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const invocation = parseCommandLine(argv, io.env);
  if ('usageError' in invocation) {
    io.stderr.write(`${invocation.usageError}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await dispatch(invocation, io);
  } catch (error) {
    // Users never see a stack trace: a fixable problem (a font lacking a character) is said as it is,
    // anything else as one Chinese sentence.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(error instanceof FontError ? `${message}\n未生成文件。\n` : `发生意外错误：${message}\n`);
    return 1;
  }
}

/**
 * Each command loads its own modules when it runs: `--help` needs none of the spreadsheet, PDF and chart
 * libraries, and `import` needs no PDF code.
 */
async function dispatch({ command, now }: Invocation, io: CliIo): Promise<number> {
  const clock = now ?? new Date();
  switch (command.name) {
    case 'help': return (io.stdout.write(`${USAGE}\n`), 0);
    case 'import': return (await import('./run-import.ts')).runImport(command, clock, io);
    case 'report': return (await import('./run-report.ts')).runReport(command, clock, io);
    case 'tables': return (await import('./run-tables.ts')).runTables(command, clock, io);
    case 'template': return (await import('./run-template.ts')).runTemplate(command, clock, io);
    case 'settings': return (await import('./run-settings.ts')).runSettings(command, clock, io);
    case 'demo': return (await import('./run-demo.ts')).runDemo(command, now, io);
    case 'backup': return (await import('./run-backup.ts')).runBackup(command, io);
    case 'restore': return (await import('./run-backup.ts')).runRestore(command, clock, io);
    case 'imports': return (await import('./run-delete-import.ts')).runImports(command, io);
    case 'delete-import': return (await import('./run-delete-import.ts')).runDeleteImport(command, clock, io);
    case 'versions': return (await import('./run-versions.ts')).runVersions(command, io);
    case 'restore-version': return (await import('./run-versions.ts')).runRestoreVersion(command, clock, io);
    case 'undo': case 'redo': return (await import('./run-undo.ts')).runUndo(command, clock, io);
    case 'acts': return (await import('./run-undo.ts')).runActs(command, io);
    case 'archive': return (await import('./run-archive.ts')).runArchive(command, io);
    case 'reissue': return (await import('./run-archive.ts')).runReissue(command, io);
    default: return assertNever(command);
  }
}
