/**
 * What an issued briefing is made from, for its archive entry: the versions current at one moment, the statistics
 * computed from exactly those, the settings (fonts and clock included), the profile and the wording's hash. Light
 * (no PDF code), so the app computes it on the main thread while the PDF renders in its worker.
 */
import { createHash } from 'node:crypto';
import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import { DEFAULT_WORDING } from '../briefing/wording.ts';
import type { FontSettings } from '../fonts/font-types.ts';
import type { CheckSettings, CollectionRecord, Profile, QuarterId, SupplyRecord } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { summariseQuarter } from '../stats/summarise-quarter.ts';
import type { BriefingArchiveInput, BriefingInputs, Store } from '../store/store.ts';
import { briefingMonths } from './summarise-from-store.ts';

/** The settings snapshot: the briefing's settings (dates as ISO text), the font settings and the checks' thresholds. */
export interface SettingsSnapshot {
  readonly briefing: Record<string, unknown>;
  readonly fonts: FontSettings | null;
  /** Absent in entries archived before the checks had settings: the profile's (or the defaults) then. */
  readonly checks?: CheckSettings | null;
}

/** The SHA-256 of the shipped wording (templates/briefing/wording.json): the wording version a briefing used. */
export function wordingSha256(): string {
  return sha256(JSON.stringify(DEFAULT_WORDING));
}

/** What a briefing is made from at one moment: the versions current now, and the statistics computed from them. */
export interface BriefingSnapshot {
  readonly inputs: BriefingInputs;
  readonly inputsSha256: string;
  readonly statistics: QuarterStatistics;
}

/** The versions and files current now for a quarter's briefing, and its statistics from exactly those. */
export function briefingSnapshot(store: Store, profile: Profile, quarter: QuarterId, checks?: CheckSettings): BriefingSnapshot {
  const months = briefingMonths(quarter);
  const inputs: BriefingInputs = { ...store.currentVersionIds(months), sources: store.sources(months) };
  return { inputs, ...fromInputs(store, profile, quarter, inputs, checks) };
}

/** The archive entry of a briefing made from `snapshot` with these settings (all but the file it is written to). */
export function briefingArchiveEntry(profile: Profile, quarter: QuarterId, snapshot: BriefingSnapshot, settings: BriefingSettings, fonts: FontSettings | undefined, pdf: Uint8Array): Omit<BriefingArchiveInput, 'file'> {
  const settingsSnapshot: SettingsSnapshot = {
    briefing: { ...settings, date: settings.date.toISOString(), now: settings.now.toISOString() }, fonts: fonts ?? null, checks: snapshot.statistics.checks,
  };
  return {
    quarter, issue: `${settings.supplement ? '增刊' : ''}第${settings.issueNumber}期`, issuedAt: settings.now.toISOString(),
    inputs: snapshot.inputs, inputsSha256: snapshot.inputsSha256, profile, settings: settingsSnapshot, wordingSha256: wordingSha256(), pdfSha256: sha256(pdf),
  };
}

/**
 * The statistics of archived inputs, read by version id, in the order the store's own reads give, with the
 * warnings and arrival times of exactly those versions (as summariseFromStore gives them for the current ones).
 */
export function fromInputs(store: Store, profile: Profile, quarter: QuarterId, inputs: BriefingInputs, checks?: CheckSettings): { statistics: QuarterStatistics; inputsSha256: string } {
  const order = <R extends { month: string }>(subject: (r: R) => string) => (a: R, b: R) =>
    a.month === b.month ? compare(subject(a), subject(b)) : compare(a.month, b.month);
  const collections = store.versionsByIds('collection', inputs.collections).map((v) => v.record as CollectionRecord).sort(order((r) => r.county));
  const supplies = store.versionsByIds('supply', inputs.supplies).map((v) => v.record as SupplyRecord).sort(order((r) => r.hospital));
  const statistics = summariseQuarter({
    profile, quarter, collections, supplies, sources: inputs.sources,
    warnings: store.warningsOf(inputs), arrivals: store.arrivalsOf(inputs.collections), ...(checks === undefined ? {} : { checks }),
  });
  return { statistics, inputsSha256: sha256(JSON.stringify({ collections, supplies, sources: inputs.sources })) };
}

/** SQLite's BINARY collation: UTF-8 bytes, which for these names is code point order. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The SHA-256 of bytes or text, in hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
