import type { Invocation } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { USAGE } from './usage.ts';
import { runImport } from './run-import.ts';
import { runReport } from './run-report.ts';
import { runTables } from './run-tables.ts';
import { runTemplate } from './run-template.ts';
import { runDemo } from './run-demo.ts';
import { runBackup, runRestore } from './run-backup.ts';
import { runDeleteImport, runImports } from './run-delete-import.ts';
import { assertNever } from '../core/util/assert-never.ts';
import { FontError } from '../core/fonts/font-error.ts';

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

function dispatch({ command, now }: Invocation, io: CliIo): Promise<number> {
  const clock = now ?? new Date();
  switch (command.name) {
    case 'help': return Promise.resolve((io.stdout.write(`${USAGE}\n`), 0));
    case 'import': return runImport(command, clock, io);
    case 'report': return runReport(command, clock, io);
    case 'tables': return runTables(command, clock, io);
    case 'template': return runTemplate(command, clock, io);
    case 'demo': return runDemo(command, now, io);
    case 'backup': return runBackup(command, io);
    case 'restore': return runRestore(command, clock, io);
    case 'imports': return runImports(command, io);
    case 'delete-import': return runDeleteImport(command, clock, io);
    default: return assertNever(command);
  }
}
