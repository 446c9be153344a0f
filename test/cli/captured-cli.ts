/** Runs the CLI in process with captured output, as the CLI tests call it. */
import { runCli } from '../../electron/cli/run-cli.ts';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** `blood-brief …argv` in this process, with stdout and stderr captured and an empty environment. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {} });
  return { code, out: out.join(''), err: err.join('') };
}
