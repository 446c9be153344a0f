/**
 * Property: after any random sequence of imports, deletions, restores, undos and redos, the store equals a fresh
 * store that replays only the imports and the acts still in effect (undone ones left out), in their order.
 * Refused undos and redos must change nothing at all. Each import carries figures never seen before, so every
 * import writes a version (an import identical to what is stored leaves no trace, by design, and so cannot be
 * replayed); seeded, so a failure names the seed that reproduces it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CollectionRecord, SupplyRecord } from '../../../electron/core/model.ts';
import { openStore, type Store } from '../../../electron/core/store/open-store.ts';
import { collection, figures, parsedFile, supply } from './parsed-file.ts';

type Op =
  | { readonly type: 'import'; readonly file: string; readonly at: string; readonly collections: CollectionRecord[]; readonly supplies: SupplyRecord[] }
  | { readonly type: 'delete'; readonly importId: number; actId: number; effective: boolean }
  | { readonly type: 'restore'; readonly kind: 'collection' | 'supply'; readonly versionId: number; actId: number; effective: boolean };

const COUNTIES = ['临渭区', '华州区', '潼关县'];
const MONTHS = ['2025-01', '2025-02'];
const HOSPITALS = ['渭南市中心医院'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Everything observable: current figures, the import log, and each record's history with its current mark. */
function snapshot(store: Store): unknown {
  const keys = [
    ...COUNTIES.flatMap((county) => MONTHS.map((month) => ({ kind: 'collection' as const, county, month }))),
    ...HOSPITALS.flatMap((hospital) => MONTHS.map((month) => ({ kind: 'supply' as const, hospital, month }))),
  ];
  return {
    collections: store.collections(MONTHS), supplies: store.supplies(MONTHS), sources: store.sources(MONTHS),
    imports: store.imports().map((i) => i.importId),
    history: keys.map((key) => store.history(key).map((v) => [v.versionId, v.current])),
  };
}

function randomImport(next: () => number, n: number, at: string): Op {
  const file = `第${n}份.xlsx`;
  const pick = <T>(xs: readonly T[]) => xs.filter(() => next() < 0.5);
  const collections = COUNTIES.flatMap((c) => pick(MONTHS).map((m) => collection(c, m, figures(n * 10 + Math.floor(next() * 10), n, 1, 1), file)));
  const supplies = next() < 0.4 ? [supply(HOSPITALS[0]!, MONTHS[Math.floor(next() * 2)]!, { redCellsU: n, plasmaMl: n * 100, plateletDoses: 1, cryoU: 1 }, file)] : [];
  return { type: 'import', file, at, collections: collections.length + supplies.length === 0 ? [collection('临渭区', '2025-01', figures(n * 10, n, 1, 1), file)] : collections, supplies };
}

function runSequence(seed: number, steps: number, tally: Record<string, number>): void {
  const next = random(seed);
  const store = openStore(':memory:');
  const ops: Op[] = [];
  const at = (i: number) => `2025-03-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`;
  for (let i = 0; i < steps; i += 1) {
    const roll = next();
    const before = snapshot(store);
    try {
      if (roll < 0.35 || ops.length === 0) {
        const op = randomImport(next, ops.length + 1, at(i));
        if (op.type === 'import') store.importFile(parsedFile(op.file, op.collections, op.supplies, String(seed)), { replace: true, importedAt: op.at });
        ops.push(op);
      } else if (roll < 0.5) {
        const live = store.imports();
        if (live.length === 0) continue;
        const importId = live[Math.floor(next() * live.length)]!.importId;
        store.deleteImport(importId, at(i));
        ops.push({ type: 'delete', importId, actId: store.acts()[0]!.actId, effective: true });
      } else if (roll < 0.65) {
        const kind = next() < 0.8 ? 'collection' as const : 'supply' as const;
        const candidates = kind === 'collection'
          ? COUNTIES.flatMap((county) => MONTHS.flatMap((month) => store.history({ kind, county, month })))
          : HOSPITALS.flatMap((hospital) => MONTHS.flatMap((month) => store.history({ kind, hospital, month })));
        const older = candidates.filter((v) => !v.current);
        if (older.length === 0) continue;
        const versionId = older[Math.floor(next() * older.length)]!.versionId;
        const done = store.restoreVersion(kind, versionId, at(i));
        ops.push({ type: 'restore', kind, versionId, actId: done.actId, effective: true });
      } else {
        const act = roll < 0.85 ? store.undo(at(i)) : store.redo(at(i));
        if (act === null) continue;
        tally[act.kind] = (tally[act.kind] ?? 0) + 1;
        const targetId = act.kind === 'undo' ? act.target : store.acts().find((a) => a.actId === act.target)?.target;
        const op = ops.find((o) => o.type !== 'import' && o.actId === targetId);
        assert.ok(op !== undefined && op.type !== 'import', `seed ${seed}: the undo names a logged act`);
        op.effective = act.kind === 'redo';
      }
    } catch (error) {
      tally.refused = (tally.refused ?? 0) + 1;
      assert.match(String(error), /无法(撤销|重做)/, `seed ${seed} step ${i}: only undo/redo may be refused`);
      assert.deepEqual(snapshot(store), before, `seed ${seed} step ${i}: a refused act changes nothing`);
    }
  }
  assert.deepEqual(snapshot(store), snapshot(replay(ops, seed)), `seed ${seed}: the store equals the replay of the acts in effect`);
  store.close();
}

function replay(ops: readonly Op[], seed: number): Store {
  const store = openStore(':memory:');
  for (const op of ops) {
    if (op.type === 'import') store.importFile(parsedFile(op.file, op.collections, op.supplies, String(seed)), { replace: true, importedAt: op.at });
    else if (op.effective && op.type === 'delete') assert.notEqual(store.deleteImport(op.importId, 'replay'), null);
    else if (op.effective && op.type === 'restore') store.restoreVersion(op.kind, op.versionId, 'replay');
  }
  return store;
}

test('random imports, deletions, restores, undos and redos leave the store equal to replaying the acts in effect', () => {
  const tally: Record<string, number> = {};
  for (let seed = 1; seed <= 40; seed += 1) runSequence(seed, 40, tally);
  // Not vacuous: the sequences did undo, redo and meet refusals.
  assert.ok((tally.undo ?? 0) > 40 && (tally.redo ?? 0) > 10 && (tally.refused ?? 0) > 5, JSON.stringify(tally));
});

test('undo changes the store and redo brings the same store back', () => {
  const store = openStore(':memory:');
  const file = (n: number, donors: number) => parsedFile(`${n}.xlsx`, [collection('临渭区', '2025-01', figures(donors, 1, 1, 1), `${n}.xlsx`)]);
  store.importFile(file(1, 100), { replace: true, importedAt: 'a' });
  store.importFile(file(2, 200), { replace: true, importedAt: 'b' });
  store.deleteImport(2, 'c');
  const replayed = snapshot(store);
  store.undo('d');
  assert.notDeepEqual(snapshot(store), replayed, 'undo changes the store');
  store.redo('e');
  assert.deepEqual(snapshot(store), replayed, 'redo gives the same store again');
  store.close();
});
