import { reissueBriefing } from '../core/core-api.ts';
import type { Command } from './commands.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { withExistingStore } from './open-existing-store.ts';
import { writeOutput } from './write-output.ts';

/** `blood-brief archive`: the issued briefings, newest first, with 期号, quarter, clock and hashes. */
export async function runArchive(command: Extract<Command, { name: 'archive' }>, io: CliIo): Promise<number> {
  return withExistingStore(command.db, io, (store) => {
    const issued = store.briefings();
    writeLines(io.stdout, issued.length === 0 ? ['还没有存档的简报（report 带 --db 生成的简报会自动存档）。'] : issued.map((b) =>
      `${b.id}  ${b.quarter} ${b.issue}  ${b.issuedAt}  ${b.file}  PDF SHA-256 ${b.pdfSha256}  数据 ${b.inputsSha256.slice(0, 12)}  措辞 ${b.wordingSha256.slice(0, 12)}`));
    return 0;
  });
}

/**
 * `blood-brief reissue`: regenerates an archived briefing from its snapshot (the versions it used, even if newer
 * ones were imported since) and writes it only when it is byte-identical to the archived PDF; otherwise says why.
 */
export async function runReissue(command: Extract<Command, { name: 'reissue' }>, io: CliIo): Promise<number> {
  return withExistingStore(command.db, io, async (store) => {
    const made = await reissueBriefing(store, command.issueId);
    if (made === null) return (writeLines(io.stderr, [`没有编号为 ${command.issueId} 的存档简报（可用 blood-brief archive 查看编号）。`]), 1);
    if (!made.identical) return (writeLines(io.stderr, [`未写出文件：${made.reasons.join('；')}。`]), 1);
    const path = await writeOutput(command.out, made.pdf);
    writeLines(io.stdout, [`已按存档重新生成 ${made.archived.quarter} ${made.archived.issue}：${path}`, `与存档时逐字节相同（SHA-256 ${made.pdfSha256}）`]);
    return 0;
  });
}
