import { printable } from './printable.ts';

/** Where the CLI writes and what environment it sees; injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Writes lines to a stream; each line is made printable, so nothing from an input reaches the terminal raw. */
export function writeLines(stream: CliIo['stdout'], lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.map(printable).join('\n')}\n`);
}
