import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeConflict } from '../../../electron/core/pipeline/describe-conflict.ts';
import type { Conflict } from '../../../electron/core/store/store.ts';

const ref = (file: string, sheet: string, cells: string[]) => ({ file, sheet, cells });

test('names both sources, the import date in China time and every differing figure', () => {
  const conflict: Conflict = {
    key: { kind: 'collection', county: '华阴市', month: '2025-01' },
    stored: {
      figures: { wholeBloodDonors: 812, wholeBloodUnits: 1624, plateletDonors: 31, plateletDoses: 40 },
      source: ref('华阴1月.xlsx', '1月', ['C5', 'C6', 'C7', 'D5', 'D6', 'D7', 'E5', 'E6', 'E7', 'F5', 'F6', 'F7']),
      sources: {
        wholeBloodDonors: ref('华阴1月.xlsx', '1月', ['C5', 'C6', 'C7']), wholeBloodUnits: ref('华阴1月.xlsx', '1月', ['D5', 'D6', 'D7']),
        plateletDonors: ref('华阴1月.xlsx', '1月', ['E5', 'E6', 'E7']), plateletDoses: ref('华阴1月.xlsx', '1月', ['F5', 'F6', 'F7']),
      },
      sha256: 'a'.repeat(64),
      // 20:30 UTC on 2 February is 04:30 on 3 February in China.
      importedAt: '2025-02-02T20:30:00.000Z',
    },
    incoming: {
      figures: { wholeBloodDonors: 815, wholeBloodUnits: 1630.5, plateletDonors: 31, plateletDoses: 40 },
      source: ref('华阴1月-修订.xlsx', 'Sheet1', ['C6', 'D6', 'F6']),
      sources: {
        wholeBloodDonors: ref('华阴1月-修订.xlsx', 'Sheet1', ['C6']), wholeBloodUnits: ref('华阴1月-修订.xlsx', 'Sheet1', ['D6']),
        plateletDonors: ref('华阴1月-修订.xlsx', 'Sheet1', ['F6']), plateletDoses: ref('华阴1月-修订.xlsx', 'Sheet1', ['F6']),
      },
      sha256: 'b'.repeat(64),
    },
  };
  assert.equal(describeConflict(conflict),
    '华阴市 2025年1月 已有数据（来自 华阴1月.xlsx 工作表“1月” C5:F7（共12个单元格），导入于2025年2月3日）与本文件（华阴1月-修订.xlsx 工作表“Sheet1” C6:D6、F6（共3个单元格））'
    + '不一致：全血人次 812 → 815，全血量（U） 1624 → 1630.5。如确认新数据正确，请选择“替换”（命令行加 --replace）；原数据将保留在历史记录中。');
});

test('a CSV source without a sheet name is described by file and cells alone', () => {
  const side = { figures: { redCellsU: 10, plasmaMl: 200, plateletDoses: 1, cryoU: 2 }, source: ref('供血.csv', '', ['B3']), sources: {} as never, sha256: 'c'.repeat(64) };
  const conflict: Conflict = {
    key: { kind: 'supply', hospital: '蒲城县医院', month: '2025-11' },
    stored: { ...side, importedAt: '2025-12-01T00:00:00Z' },
    incoming: { ...side, figures: { ...side.figures, cryoU: 2.5 } },
  };
  assert.equal(describeConflict(conflict),
    '蒲城县医院 2025年11月 已有数据（来自 供血.csv B3，导入于2025年12月1日）与本文件（供血.csv B3）不一致：冷沉淀（U） 2 → 2.5。'
    + '如确认新数据正确，请选择“替换”（命令行加 --replace）；原数据将保留在历史记录中。');
});
