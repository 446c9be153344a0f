/**
 * The fuzz run's structural mutants (cut tags, inserted rows at row 0, entity declarations, far addresses,
 * thousands of duplicated rows…) that pass the zip check: the own reader either reads each into exactly
 * SheetJS's grids (or the same refusal) or hands it back to SheetJS. Damage never reads differently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openZip } from '../../../../electron/core/import/check-zip.ts';
import { readWorkbook } from '../../../../electron/core/import/read-workbook.ts';
import { readXlsx } from '../../../../electron/core/import/xlsx-scan/read-xlsx.ts';
import { fuzzCase } from '../../../fuzz/fuzz-case.ts';

function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) };
  }
}

test('200 seeded mutants: read exactly as SheetJS reads them, or handed back', (t) => {
  let same = 0;
  let handedBack = 0;
  for (let i = 0; i < 200; i++) {
    const { how, file } = fuzzCase(20261201 + i);
    if (file.bytes[0] !== 0x50) continue;
    const zip = openZip(file.bytes);
    if ('fault' in zip) continue;
    const fast = outcome(() => readXlsx(zip.entries));
    if (fast === null) { handedBack++; continue; }
    assert.deepEqual(fast, outcome(() => readWorkbook(file.bytes)), `#${i} ${how}`);
    same++;
  }
  t.diagnostic(`read alike ${same}, handed back ${handedBack}`);
  // Both must occur, or the mutants stopped reaching the fast reader (or it stopped refusing damage).
  assert.ok(same > 40 && handedBack > 10, `${same} / ${handedBack}`);
});
