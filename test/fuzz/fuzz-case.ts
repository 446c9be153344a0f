/** The fuzz run's cases, each replayable from its seed alone (for regression tests of what a run found). */
import { readFileSync } from 'node:fs';
import type { InputFile, Profile } from '../../electron/core/model.ts';
import { mutateWorkbook, random } from './mutate-workbook.ts';

const root = new URL('../../', import.meta.url);

/** Real county, quarterly, supply, multi-county, .ods and CSV files that the mutants start from. */
export const BASES = [
  'templates/sample/data/临渭区/临渭区2025年1月采血统计.xlsx',
  'templates/sample/data/华阴市/华阴市2025年第一季度采血统计.xlsx',
  'templates/sample/data/供血科/2024年10月医院用血统计.xlsx',
  'test/fixtures/files/families/渭南市-2025年4月-各县采血点.xlsx',
  'test/fixtures/files/families/潼关县-2025年4月.ods',
  'test/fixtures/files/weinan-2025q1/华阴市-2025年1月.csv',
  'test/fixtures/files/months-as-rows.xlsx',
].map((path) => ({ path, bytes: readFileSync(new URL(path, root)) }));

/** The Weinan profile the fixtures are written for. */
export const FUZZ_PROFILE: Profile = JSON.parse(readFileSync(new URL('test/fixtures/profile-weinan.json', root), 'utf8'));

/** The mutant of case `seed`: which base it started from, what was done, and the file to read. */
export function fuzzCase(seed: number): { readonly base: string; readonly how: string; readonly file: InputFile } {
  const rand = random(seed);
  const base = BASES[Math.floor(rand() * BASES.length)]!;
  const mutant = mutateWorkbook(base.bytes, rand);
  return { base: base.path, how: mutant.how, file: { name: base.path.replace(/^.*\//, ''), bytes: mutant.bytes } };
}
