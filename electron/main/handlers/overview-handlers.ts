/** 数据总览: the completeness matrix of a year, one county-month in detail, and the import history. */
import type { Month } from '../../core/model.ts';
import { completenessMatrix, monthId, regionCounties } from '../../core/core-api.ts';
import type { CellDetail, CellStatus, ConflictView, DueState, ImportLogView, IpcContract, Overview } from '../../shared/ipc-contract.ts';
import { readPending, readProfile } from './app-settings.ts';
import type { HandlerDeps } from './handler-deps.ts';

type OverviewHandlers = Pick<IpcContract, 'getOverview' | 'getCellDetail' | 'getImportHistory'>;

/** The handlers of the overview screen. */
export function overviewHandlers(deps: HandlerDeps): OverviewHandlers {
  return {
    getOverview: async ({ year }) => overview(deps, year),
    getCellDetail: async ({ county, month }) => cellDetail(deps, county, month),
    getImportHistory: async () => deps.store.imports().map(toLogView),
  };
}

/** Counties in profile order, then any stored county the profile no longer names: the core's rule, as the briefing's 附件 uses it. */
function countiesOf(deps: HandlerDeps, stored: readonly { county: string }[]): string[] {
  const profile = readProfile(deps.store) ?? { station: '', region: '', counties: [], hospitals: [], targets: {} };
  return regionCounties(profile, stored).map((c) => c.name);
}

/** Undecided collection conflicts, as "county|month" keys. */
function conflictKeys(deps: HandlerDeps): Set<string> {
  return new Set(pendingCollections(deps).map((c) => `${c.subject}|${c.month}`));
}

function pendingCollections(deps: HandlerDeps): ConflictView[] {
  return readPending(deps.store).flatMap((p) => p.conflicts).filter((c) => c.kind === 'collection');
}

/**
 * Counties report a month by day 10 of the month after (the station's usual 次月10日前 rule; shown in the
 * legend so staff can see which rule marks a month overdue).
 */
export const DEADLINE_DAY = 10;

/** A month is not due while it runs, due until the deadline, overdue after it (local calendar of `now`). */
export function dueState(month: Month, now: Date, deadlineDay = DEADLINE_DAY): DueState {
  const [y, m] = month.split('-').map(Number);
  const nowIndex = now.getFullYear() * 12 + now.getMonth();
  const monthIndex = y * 12 + (m - 1);
  if (monthIndex >= nowIndex) return 'notDue';
  return monthIndex === nowIndex - 1 && now.getDate() <= deadlineDay ? 'due' : 'overdue';
}

/** Received, missing or conflicting, per county and month (DHIS2 reporting completeness: expected vs received). */
function overview(deps: HandlerDeps, year: number): Overview {
  const stored = deps.store.storedMonths();
  const months = Array.from({ length: 12 }, (_, i) => monthId(year, i + 1));
  const now = deps.now();
  const conflicts = conflictKeys(deps);
  const counties = countiesOf(deps, stored.filter((s) => s.month.startsWith(`${year}-`)));
  // The same received-or-not grid the briefing's 附件 computes (stats/completeness-matrix.ts); conflicts marked on it.
  const matrix = completenessMatrix(counties, months, stored);
  const statuses = matrix.rows.map((row) => row.received.map((got, i): CellStatus => (conflicts.has(`${row.county}|${months[i]}`) ? 'conflict' : got ? 'received' : 'missing')));
  const count = statuses.flat().filter((s) => s !== 'missing').length;
  const dueStates = months.map((m) => dueState(m, now));
  return {
    year, months, counties, statuses, received: count, expected: counties.length * months.length,
    dueStates, deadlineDay: DEADLINE_DAY, supply: supplyStatuses(deps, months),
  };
}

/** The supply report of each month: received when hospital figures for it are stored, conflict when one waits. */
function supplyStatuses(deps: HandlerDeps, months: readonly Month[]): CellStatus[] {
  const received = new Set(deps.store.supplies(months).map((r) => r.month));
  const waiting = new Set(readPending(deps.store).flatMap((p) => p.conflicts).filter((c) => c.kind === 'supply').map((c) => c.month));
  return months.map((m) => (waiting.has(m) ? 'conflict' : received.has(m) ? 'received' : 'missing'));
}

/** The current figures with the cells they came from, every stored version, and any undecided conflict. */
function cellDetail(deps: HandlerDeps, county: string, month: Month): CellDetail {
  const record = deps.store.collections([month]).find((r) => r.county === county) ?? null;
  const history = deps.store.history({ kind: 'collection', county, month }).map((v) => ({
    versionId: v.versionId, current: v.current, file: v.file, sha256: v.sha256, importedAt: v.importedAt, figures: figuresOf(v.record),
  }));
  const conflicts = pendingCollections(deps).filter((c) => c.subject === county && c.month === month);
  return { county, month, figures: record && figuresOf(record), sources: record && { ...record.sources }, history, conflicts };
}

function figuresOf(r: { wholeBloodDonors: number; wholeBloodUnits: number; plateletDonors: number; plateletDoses: number }) {
  return { wholeBloodDonors: r.wholeBloodDonors, wholeBloodUnits: r.wholeBloodUnits, plateletDonors: r.plateletDonors, plateletDoses: r.plateletDoses };
}

function toLogView(entry: ImportLogView): ImportLogView {
  const { file, sha256, importedAt, kinds, added, replaced, unchanged, counties, hospitals, months } = entry;
  return { file, sha256, importedAt, kinds, added, replaced, unchanged, counties, hospitals, months };
}
