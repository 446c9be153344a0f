import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { CollectionRecord, ParsedFile, Problem, Profile, SupplyRecord } from '../../../electron/core/model.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** The Weinan profile of the fixtures. */
export const PROFILE: Profile = JSON.parse(readFileSync(new URL('profile-weinan.json', FIXTURES), 'utf8'));

/** Path of a fixture file as a user would give it on the command line. */
export function fixturePath(name: string): string {
  return `test/fixtures/files/${name}`;
}

/** Parses a fixture file with the Weinan profile and asserts it was accepted. */
export function parsedFixture(name: string): ParsedFile {
  const result = parseInput({ name: fixturePath(name), bytes: readFileSync(new URL(`files/${name}`, FIXTURES)) }, PROFILE);
  if (!result.ok) assert.fail(`${name} 被拒绝：\n${result.problems.map((p) => `${p.sheet ?? ''} ${p.cell ?? ''} ${p.message}`).join('\n')}`);
  return result.value;
}

/** Parses a fixture file and asserts it was refused; returns the problems. */
export function refusedFixture(name: string): readonly Problem[] {
  const result = parseInput({ name: fixturePath(name), bytes: readFileSync(new URL(`files/${name}`, FIXTURES)) }, PROFILE);
  assert.equal(result.ok, false, `${name} 应被拒绝`);
  return result.ok ? [] : result.problems;
}

/** A record's figures without sources, for compact assertions: [county, month, 全血人次, U, 血小板人次, 治疗量]. */
export function figuresOf(r: CollectionRecord): [string, string, number, number, number, number] {
  return [r.county, r.month, r.wholeBloodDonors, r.wholeBloodUnits, r.plateletDonors, r.plateletDoses];
}

/** A supply record's figures: [hospital, month, 红细胞U, 血浆ml, 血小板治疗量, 冷沉淀U]. */
export function supplyOf(r: SupplyRecord): [string, string, number, number, number, number] {
  return [r.hospital, r.month, r.redCellsU, r.plasmaMl, r.plateletDoses, r.cryoU];
}
