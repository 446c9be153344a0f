/**
 * The e2e inputs, built from the shipped sample set: the whole folder, plus a file that is not a workbook,
 * a profile that lacks 潼关县 (so its files are refused until the profile is fixed), and a corrected
 * 华州区 January workbook whose 全血人次 differ by +10 from the stored ones (a conflict).
 */
import ExcelJS from 'exceljs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE = fileURLToPath(new URL('../../templates/sample/', import.meta.url));

/** Where the fixtures were written. */
export interface Fixtures {
  /** The folder the user imports: the sample data and one broken file. */
  readonly inputs: string;
  /** The broken file inside `inputs`. */
  readonly broken: string;
  /** The sample profile without 潼关县. */
  readonly profileWithoutTongguan: string;
  /** The folder the corrected workbook is "dropped" from, and its file name. */
  readonly dropFolder: string;
  readonly corrected: string;
}

/** Writes the fixtures under `dir`. */
export async function writeFixtures(dir: string): Promise<Fixtures> {
  const inputs = join(dir, '各区县报表');
  await cp(join(SAMPLE, 'data'), inputs, { recursive: true });
  const broken = join(inputs, '损坏的报表.xlsx');
  await writeFile(broken, 'this is not a workbook');
  // What else turns up in a county's folder: listed as not read, never dropped without a word.
  await writeFile(join(inputs, '华州区', '报送说明.docx'), 'not a report');
  const profile = JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8')) as { counties: { name: string }[] };
  const profileWithoutTongguan = join(dir, '基础信息（缺潼关县）.json');
  await writeFile(profileWithoutTongguan, JSON.stringify({ ...profile, counties: profile.counties.filter((c) => c.name !== '潼关县') }, null, 2));
  const dropFolder = join(dir, '更正');
  await mkdir(dropFolder);
  const corrected = '华州区2025年1月采血统计（更正）.xlsx';
  await writeCorrected(join(inputs, '华州区', '华州区2025年1月采血统计.xlsx'), join(dropFolder, corrected));
  return { inputs, broken, profileWithoutTongguan, dropFolder, corrected };
}

/** 华州献血屋 69 → 79 全血人次, so the month's 151 becomes 161; every 合计 keeps a cached result. */
export async function writeCorrected(from: string, to: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const sheet = book.getWorksheet('采血统计');
  if (sheet === undefined) throw new Error('sample layout changed: no sheet 采血统计');
  sheet.getCell('B5').value = 79;
  sheet.getCell('B8').value = { formula: 'SUM(B5:B7)', result: 161 };
  sheet.getCell('C8').value = { formula: 'SUM(C5:C7)', result: 261.5 };
  sheet.getCell('D8').value = { formula: 'SUM(D5:D7)', result: 0 };
  sheet.getCell('E8').value = { formula: 'SUM(E5:E7)', result: 0 };
  await writeFile(to, new Uint8Array(await book.xlsx.writeBuffer()));
}
