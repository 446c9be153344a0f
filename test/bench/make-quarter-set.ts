/**
 * A realistic quarter set for the benchmarks, generated deterministically: 11 counties × 9 months (2025Q2 and
 * its comparison quarters 2025Q1 and 2024Q2) in layouts that rotate by county — one-level, two-level merged,
 * 本月 | 累计, units typed in the cells, GBK CSV, legacy .xls — and a monthly supply workbook: 108 files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { csvText, xlsBook, xlsxBook, type CellSpec } from '../fixtures/lib/workbook-spec.ts';

const COUNTIES = ['临渭区', '华州区', '潼关县', '大荔县', '合阳县', '澄城县', '蒲城县', '白水县', '富平县', '韩城市', '华阴市'];
const HOSPITALS = ['渭南市中心医院', '渭南市第二医院', '韩城市人民医院', '蒲城县医院', '大荔县医院', '富平县医院'];
const MONTHS = ['2024-04', '2024-05', '2024-06', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

/** A seeded linear congruential generator: the same set on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Site {
  readonly name: string;
  readonly donors: number;
  readonly units: number;
  readonly platelets: number;
  readonly doses: number;
}

function sites(next: () => number, county: number): Site[] {
  const count = 2 + (county % 3);
  return Array.from({ length: count }, (_, i) => {
    const donors = 40 + Math.floor(next() * 300);
    const platelets = county === 0 && i === 0 ? 20 + Math.floor(next() * 60) : 0;
    return { name: ['献血屋', '流动采血车', '团体献血', '高校献血点'][i], donors, units: donors * 1.5 + Math.floor(next() * donors) * 0.5, platelets, doses: Math.round(platelets * 1.6) };
  });
}

const sum = (rows: readonly Site[], key: keyof Omit<Site, 'name'>) => rows.reduce((a, r) => a + r[key], 0);

function title(county: string, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${county}${y}年${m}月无偿献血采血情况`;
}

async function countyFile(county: string, index: number, month: string, rows: Site[]): Promise<{ name: string; bytes: Uint8Array }> {
  const base = `${county}-${month.replace('-', '年').replace(/^(\d+年)0?/, '$1')}月`;
  const total = ['合计', sum(rows, 'donors'), sum(rows, 'units'), sum(rows, 'platelets'), sum(rows, 'doses')];
  const body = rows.map((r) => [r.name, r.donors, r.units, r.platelets, r.doses]);
  switch (index % 6) {
    case 0: return { name: `${base}.xlsx`, bytes: await xlsxBook([{ name: 'Sheet1', rows: [[title(county, month)], ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ...body, total] }]) };
    case 1: return { name: `${base}.xlsx`, bytes: await xlsxBook([{ name: '月报', rows: [[title(county, month)], ['采血点', '全血', null, '机采血小板', null], [null, '人次', '单位(U)', '人次', '治疗量'], ...body, total], merges: ['A1:E1', 'A2:A3', 'B2:C2', 'D2:E2'] }]) };
    case 2: return { name: `${base}.xlsx`, bytes: await xlsxBook([{ name: '本月', rows: [[title(county, month)], ['采血点', '全血人次', null, '全血采集量(U)', null, '机采血小板人次', null, '机采血小板治疗量', null], [null, '本月', '本年累计', '本月', '本年累计', '本月', '本年累计', '本月', '本年累计'], ...[...body, total].map((r) => [r[0], r[1], (r[1] as number) * 3, r[2], (r[2] as number) * 3, r[3], (r[3] as number) * 3, r[4], (r[4] as number) * 3])], merges: ['A2:A3', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:I2'] }]) };
    case 3: return { name: `${base}.xlsx`, bytes: await xlsxBook([{ name: 'Sheet1', rows: [[title(county, month)], ['采血点', '全血人次', '全血采集量', '机采人次', '治疗量'], ...[...body, total].map((r) => [r[0], `${r[1]}人次`, `${(r[2] as number).toLocaleString('en-US')}U`, `${r[3]}人次`, String(r[4])])] }]) };
    case 4: return { name: `${base}.csv`, bytes: iconv.encode(csvText([[title(county, month)], ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ...body, total] as (string | number | null)[][]), 'gbk') };
    default: return { name: `${base}.xls`, bytes: xlsBook([{ name: 'Sheet1', rows: [[title(county, month)], ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ...body, total] as CellSpec[][] }]) };
  }
}

async function supplyFile(month: string, next: () => number): Promise<{ name: string; bytes: Uint8Array }> {
  const rows = HOSPITALS.map((h) => [h, 200 + Math.floor(next() * 1800), 10000 + Math.floor(next() * 80) * 1000, Math.floor(next() * 90), Math.floor(next() * 200)]);
  const [y, m] = month.split('-').map(Number);
  return { name: `供血-${y}年${m}月.xlsx`, bytes: await xlsxBook([{ name: '供血', rows: [[`${y}年${m}月各医疗机构用血情况`], ['医院名称', '红细胞类(U)', '血浆(ml)', '血小板(治疗量)', '冷沉淀(U)'], ...rows] }]) };
}

/** Writes the set under `dir` (one folder per county plus 供血科); returns the number of files. */
export async function makeQuarterSet(dir: string, seed = 20250701): Promise<number> {
  const next = random(seed);
  let files = 0;
  for (const [index, county] of COUNTIES.entries()) {
    await mkdir(join(dir, county), { recursive: true });
    for (const month of MONTHS) {
      const file = await countyFile(county, index, month, sites(next, index));
      await writeFile(join(dir, county, file.name), file.bytes);
      files++;
    }
  }
  await mkdir(join(dir, '供血科'), { recursive: true });
  for (const month of MONTHS) {
    const file = await supplyFile(month, next);
    await writeFile(join(dir, '供血科', file.name), file.bytes);
    files++;
  }
  return files;
}
