/** 数据总览: the completeness matrix of a year, one county-month in detail, and the import history. */
import type { Month } from '../../core/model.ts';
import { completenessMatrix, DEFAULT_CHECKS, describeOutlier, dueDate, dueState, findOutliers, monthId, regionCounties } from '../../core/core-api.ts';
import type { CheckSettings, Profile } from '../../core/model.ts';
import type { CellCheck, CellDetail, CellStatus, ConflictView, ImportLogView, IpcContract, Overview } from '../../shared/ipc-contract.ts';
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

const NO_PROFILE: Profile = { station: '', region: '', counties: [], hospitals: [], targets: {} };

/** Counties in profile order, then any stored county the profile no longer names: the core's rule, as the briefing's 附件 uses it. */
function countiesOf(deps: HandlerDeps, stored: readonly { county: string }[]): string[] {
  return regionCounties(readProfile(deps.store) ?? NO_PROFILE, stored).map((c) => c.name);
}

/** The checks' thresholds: the profile's, else the defaults (the same the CLI uses without a settings file). */
function checksOf(deps: HandlerDeps): CheckSettings {
  return readProfile(deps.store)?.checks ?? DEFAULT_CHECKS;
}

/** Undecided collection conflicts, as "county|month" keys. */
function conflictKeys(deps: HandlerDeps): Set<string> {
  return new Set(pendingCollections(deps).map((c) => `${c.subject}|${c.month}`));
}

function pendingCollections(deps: HandlerDeps): ConflictView[] {
  return readPending(deps.store).flatMap((p) => p.conflicts).filter((c) => c.kind === 'collection');
}

/** Received, missing or conflicting, per county and month (DHIS2 reporting completeness: expected vs received). */
function overview(deps: HandlerDeps, year: number): Overview {
  const stored = deps.store.storedMonths();
  const months = Array.from({ length: 12 }, (_, i) => monthId(year, i + 1));
  const now = deps.now();
  const checks = checksOf(deps);
  const conflicts = conflictKeys(deps);
  const counties = countiesOf(deps, stored.filter((s) => s.month.startsWith(`${year}-`)));
  // The same grid the briefing's 附件 computes (stats/completeness-matrix.ts), arrivals and the deadline rule included; conflicts marked on it.
  const matrix = completenessMatrix(counties, months, stored, deps.store.arrivals(months), checks.dueDay);
  const statuses = matrix.rows.map((row) => row.received.map((got, i): CellStatus => (conflicts.has(`${row.county}|${months[i]}`) ? 'conflict' : got ? 'received' : 'missing')));
  const count = statuses.flat().filter((s) => s !== 'missing').length;
  return {
    year, months, counties, statuses, received: count, expected: counties.length * months.length,
    dueStates: months.map((m) => dueState(m, now, checks.dueDay)), deadlineDay: checks.dueDay, supply: supplyStatuses(deps, months),
    arrivedOn: matrix.rows.map((r) => r.arrivedOn), late: matrix.rows.map((r) => r.late), dueDates: matrix.dueDates,
    checks: cellChecks(deps, months, checks),
  };
}

/**
 * The stored warnings and the outliers of these months (county-months of one year only), as lines: outliers need the
 * year before (last year's month, up to 12 trailing months), so January of last year onwards is read.
 */
function cellChecks(deps: HandlerDeps, months: readonly Month[], checks: CheckSettings): CellCheck[] {
  const year = Number(months[0].slice(0, 4));
  const last = Number(months.at(-1)!.slice(5, 7));
  const history = deps.store.collections(Array.from({ length: 12 + last }, (_, i) => monthId(year - 1 + Math.floor(i / 12), (i % 12) + 1)));
  const warnings = deps.store.warnings(months).filter((w) => w.kind === 'collection')
    .map((w): CellCheck => ({ county: w.subject, month: w.month, kind: 'warning', text: w.message }));
  const outliers = findOutliers(history, months, checks).map((o): CellCheck => ({ county: o.county, month: o.month, kind: 'outlier', text: `数据异常提示：${describeOutlier(o)}` }));
  return [...warnings, ...outliers].sort((a, b) => a.month.localeCompare(b.month) || a.county.localeCompare(b.county));
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
  const checks = cellChecks(deps, [month], checksOf(deps)).filter((c) => c.county === county);
  const arrivals = deps.store.arrivals([month]).filter((a) => a.county === county);
  const dueDay = checksOf(deps).dueDay;
  const late = completenessMatrix([county], [month], record ? [record] : [], arrivals, dueDay).rows[0].late[0];
  return {
    county, month, figures: record && figuresOf(record), sources: record && { ...record.sources }, history, conflicts,
    arrivedAt: arrivals[0]?.importedAt ?? null, dueDate: dueDate(month, dueDay), late, checks,
  };
}

function figuresOf(r: { wholeBloodDonors: number; wholeBloodUnits: number; plateletDonors: number; plateletDoses: number }) {
  return { wholeBloodDonors: r.wholeBloodDonors, wholeBloodUnits: r.wholeBloodUnits, plateletDonors: r.plateletDonors, plateletDoses: r.plateletDoses };
}

function toLogView(entry: ImportLogView): ImportLogView {
  const { file, sha256, importedAt, kinds, added, replaced, unchanged, counties, hospitals, months } = entry;
  return { file, sha256, importedAt, kinds, added, replaced, unchanged, counties, hospitals, months };
}
