import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { measureTableSizes, cellStyle } from '../../../electron/core/layout/measure-table.ts';
import { wrapProse } from '../../../electron/core/layout/wrap-prose.ts';
import { mm } from '../../../electron/core/layout/page-geometry.ts';
import { definitionsTable } from '../../../electron/core/briefing/definitions-table.ts';
import { briefingContext } from '../../../electron/core/briefing/briefing-context.ts';
import { DEFAULT_WORDING } from '../../../electron/core/briefing/wording.ts';
import { WEINAN_SUMMARY } from '../briefing/weinan-fixture.ts';

const fonts = loadFonts({ bundledOnly: true });
const text = (line: { atoms: readonly { text: string }[] }) => line.atoms.map((a) => a.text).join('');

test('附表3: a definition fills its column and ends lines after clauses, never "年度任/务"', () => {
  const table = definitionsTable(briefingContext(WEINAN_SUMMARY, DEFAULT_WORDING));
  for (const m of measureTableSizes(table, fonts, 0, mm(156))) {
    const inner = m.edges[2]! - m.edges[1]! - 2 * m.padX;
    for (const row of m.rows) {
      const lines = row.cells[1]!;
      const full = lines.map(text).join('');
      assert.equal(full, table.rows[m.rows.indexOf(row)]!.cells[1]);
      lines.slice(0, -1).forEach((line) => {
        // a broken line either ends a clause or fills at least 60 % of the column (not balanced to half of it)
        assert.ok(/[，、；：。）”]$/.test(text(line)) || line.width >= inner * 0.6, `${text(line)} (${line.width.toFixed(0)} of ${inner.toFixed(0)})`);
      });
    }
    const task = m.rows[6]!.cells[1]!.map(text);
    assert.ok(!task.some((l, i) => l.endsWith('任') && task[i + 1]?.startsWith('务')), task.join(' / '));
  }
});

test('prose wraps greedily to the width, preferring a clause end in the last 40 % of a line', () => {
  const style = cellStyle('body', 12);
  const lines = wrapProse('年初至本季度末累计献血人次÷年度任务，对照时间进度（一季度25%、上半年50%、前三季度75%、全年100%）', style, fonts, 12 * 20);
  assert.deepEqual(lines.map(text), ['年初至本季度末累计献血人次÷年度任务，', '对照时间进度（一季度25%、上半年50%、', '前三季度75%、全年100%）']);
});
