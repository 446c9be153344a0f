/** A hand-built three-county region with 2025Q1 figures and comparison months, shared by stats and briefing tests. */
import type { CollectionRecord, Profile, SourceFile, SourceRef, SupplyRecord } from '../../../electron/core/model.ts';

/** The profile: 2023 and 2024 year-end populations for every county (uniform denominator year). */
export const PROFILE: Profile = {
  station: '渭南市中心血站',
  region: '渭南市',
  counties: [
    { name: '临渭区', aliases: ['临渭'], population: { '2023': 880000, '2024': 876500 }, populationSource: '渭南市统计年鉴' },
    { name: '华阴市', aliases: ['华阴'], population: { '2023': 205900, '2024': 205100 }, populationSource: '渭南市统计年鉴' },
    { name: '潼关县', aliases: ['潼关'], population: { '2023': 119000, '2024': 118400 } },
  ],
  hospitals: [
    { name: '渭南市中心医院', aliases: ['市中心医院'] },
    { name: '渭南市第二医院', aliases: [] },
  ],
  targets: { '2025': { 临渭区: 14000, 华阴市: 2500 } },
};

/** A SourceRef citing `file`. */
function ref(file: string): SourceRef {
  return { file, sheet: 'Sheet1', cells: ['C5'] };
}

/** One county-month of collections, all figures sourced from `file`. */
export function collection(county: string, month: string, wbD: number, wbU: number, plD: number, plDoses: number, file = `${county}${month}.xlsx`): CollectionRecord {
  const r = ref(file);
  return { county, month, wholeBloodDonors: wbD, wholeBloodUnits: wbU, plateletDonors: plD, plateletDoses: plDoses, sources: { wholeBloodDonors: r, wholeBloodUnits: r, plateletDonors: r, plateletDoses: r } };
}

/** One hospital-month of supply. */
export function supply(hospital: string, month: string, red: number, plasma: number, platelets: number, cryo: number, file = `供血${month}.xlsx`): SupplyRecord {
  const r = ref(file);
  return { hospital, month, redCellsU: red, plasmaMl: plasma, plateletDoses: platelets, cryoU: cryo, sources: { redCellsU: r, plasmaMl: r, plateletDoses: r, cryoU: r } };
}

export const COLLECTIONS: readonly CollectionRecord[] = [
  collection('临渭区', '2025-01', 1200, 2400, 60, 90),
  collection('临渭区', '2025-02', 900, 1800, 50, 75),
  collection('临渭区', '2025-03', 1300, 2601.5, 70, 105),
  collection('华阴市', '2025-01', 300, 600, 10, 15),
  collection('华阴市', '2025-02', 250, 500, 8, 12),
  collection('潼关县', '2025-01', 150, 300, 0, 0),
  collection('潼关县', '2025-02', 140, 280, 0, 0),
  collection('潼关县', '2025-03', 160, 320.5, 2, 3),
  // same quarter last year: 潼关县 not stored
  collection('临渭区', '2024-01', 1100, 2200, 50, 75),
  collection('临渭区', '2024-02', 1000, 2000, 40, 60),
  collection('临渭区', '2024-03', 1200, 2400, 60, 90),
  collection('华阴市', '2024-01', 200, 400, 5, 8),
  collection('华阴市', '2024-02', 200, 400, 5, 8),
  collection('华阴市', '2024-03', 200, 400, 5, 8),
  // previous quarter: only 潼关县 December
  collection('潼关县', '2024-12', 170, 340, 1, 2),
  // months no 2025Q1 figure may use
  collection('临渭区', '2025-04', 5000, 10000, 500, 900),
  collection('临渭区', '2023-01', 999, 1998, 9, 9, 'old.xlsx'),
];

export const SUPPLIES: readonly SupplyRecord[] = [
  supply('渭南市中心医院', '2025-01', 1000, 50000, 20, 100),
  supply('渭南市中心医院', '2025-02', 900.5, 40000, 15, 80),
  supply('渭南市第二医院', '2025-01', 300, 10000, 5, 20),
  supply('华阴市人民医院', '2025-03', 50, 2000, 0, 5),
  supply('渭南市中心医院', '2024-01', 1800, 80000, 30, 150),
  supply('渭南市中心医院', '2025-05', 7777, 7777, 7, 7),
];

export const SOURCES: readonly SourceFile[] = [
  { file: 'old.xlsx', sha256: '0'.repeat(64), kind: 'collection' },
  { file: '临渭区2025-01.xlsx', sha256: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', kind: 'collection', importedAt: '2025-04-08T02:21:00.000Z' },
  { file: '供血2025-01.xlsx', sha256: 'f'.repeat(64), kind: 'supply' },
];
