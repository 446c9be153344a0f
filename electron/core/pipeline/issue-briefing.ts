/**
 * Issuing a briefing and regenerating it later: the issue is archived with everything that made it — the stored
 * versions and files it read, the profile, the settings (fonts and clock included), the wording's hash — and the
 * PDF's SHA-256, so a reissue from the archive, whatever was imported since, is checked byte for byte.
 */
import { createHash } from 'node:crypto';
import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import { DEFAULT_WORDING } from '../briefing/wording.ts';
import type { FontSettings } from '../fonts/font-types.ts';
import type { CollectionRecord, Profile, QuarterId, SupplyRecord } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { summariseQuarter } from '../stats/summarise-quarter.ts';
import type { ArchivedBriefing, BriefingArchiveInput, BriefingInputs, Store } from '../store/store.ts';
import { briefingPdf } from './briefing-pdf.ts';
import { briefingMonths } from './summarise-from-store.ts';

/** A briefing made for issue: its bytes, its figures, and the archive entry (less the file it is written to). */
export interface IssuedBriefing {
  readonly pdf: Uint8Array;
  readonly statistics: QuarterStatistics;
  readonly archive: Omit<BriefingArchiveInput, 'file'>;
}

/** What a reissue produced, and whether it is the archived PDF byte for byte (else the reasons, in Chinese). */
export interface Reissue {
  readonly archived: ArchivedBriefing;
  readonly pdf: Uint8Array;
  readonly pdfSha256: string;
  readonly identical: boolean;
  readonly reasons: readonly string[];
}

/** The settings snapshot: the briefing's settings (dates as ISO text) and the font settings. */
interface SettingsSnapshot {
  readonly briefing: Record<string, unknown>;
  readonly fonts: FontSettings | null;
}

/** The SHA-256 of the shipped wording (templates/briefing/wording.json): the wording version a briefing used. */
export function wordingSha256(): string {
  return sha256(JSON.stringify(DEFAULT_WORDING));
}

/** Makes the quarter's briefing from the versions current now, with the archive entry that can remake it. */
export async function issueBriefing(store: Store, profile: Profile, quarter: QuarterId, settings: BriefingSettings, fonts?: FontSettings): Promise<IssuedBriefing> {
  const months = briefingMonths(quarter);
  const inputs: BriefingInputs = { ...store.currentVersionIds(months), sources: store.sources(months) };
  const { statistics, inputsSha256 } = fromInputs(store, profile, quarter, inputs);
  const pdf = await briefingPdf(statistics, settings, { fonts });
  const snapshot: SettingsSnapshot = { briefing: { ...settings, date: settings.date.toISOString(), now: settings.now.toISOString() }, fonts: fonts ?? null };
  return {
    pdf, statistics,
    archive: {
      quarter, issue: `${settings.supplement ? '增刊' : ''}第${settings.issueNumber}期`, issuedAt: settings.now.toISOString(),
      inputs, inputsSha256, profile, settings: snapshot, wordingSha256: wordingSha256(), pdfSha256: sha256(pdf),
    },
  };
}

/** Regenerates archived briefing `id` from its snapshot (the archived versions, not the current ones); null when unknown. */
export async function reissueBriefing(store: Store, id: number): Promise<Reissue | null> {
  const archived = store.briefing(id);
  if (archived === null) return null;
  const profile = archived.profile as Profile;
  const { statistics, inputsSha256 } = fromInputs(store, profile, archived.quarter, archived.inputs);
  const snapshot = archived.settings as SettingsSnapshot;
  const b = snapshot.briefing;
  const settings = { ...b, date: new Date(String(b.date)), now: new Date(String(b.now)) } as unknown as BriefingSettings;
  const pdf = await briefingPdf(statistics, settings, { fonts: snapshot.fonts ?? undefined });
  const pdfSha256 = sha256(pdf);
  const reasons = [
    ...(inputsSha256 === archived.inputsSha256 ? [] : ['存档所引用的数据版本已不全或与存档时不同']),
    ...(wordingSha256() === archived.wordingSha256 ? [] : ['简报措辞模板（templates/briefing/wording.json）自存档后已更改']),
    ...(pdfSha256 === archived.pdfSha256 ? [] : ['重新生成的 PDF 与存档时的 SHA-256 不同（字体或程序版本可能已更改）']),
  ];
  return { archived, pdf, pdfSha256, identical: reasons.length === 0, reasons };
}

/** The statistics of archived inputs, read by version id, in the order the store's own reads give. */
function fromInputs(store: Store, profile: Profile, quarter: QuarterId, inputs: BriefingInputs): { statistics: QuarterStatistics; inputsSha256: string } {
  const order = <R extends { month: string }>(subject: (r: R) => string) => (a: R, b: R) =>
    a.month === b.month ? compare(subject(a), subject(b)) : compare(a.month, b.month);
  const collections = store.versionsByIds('collection', inputs.collections).map((v) => v.record as CollectionRecord).sort(order((r) => r.county));
  const supplies = store.versionsByIds('supply', inputs.supplies).map((v) => v.record as SupplyRecord).sort(order((r) => r.hospital));
  const statistics = summariseQuarter({ profile, quarter, collections, supplies, sources: inputs.sources });
  return { statistics, inputsSha256: sha256(JSON.stringify({ collections, supplies, sources: inputs.sources })) };
}

/** SQLite's BINARY collation: UTF-8 bytes, which for these names is code point order. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
