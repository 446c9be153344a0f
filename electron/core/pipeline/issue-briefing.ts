/**
 * Issuing a briefing and regenerating it later: the issue is archived with everything that made it — the stored
 * versions and files it read, the profile, the settings (fonts and clock included), the wording's hash — and the
 * PDF's SHA-256, so a reissue from the archive, whatever was imported since, is checked byte for byte.
 */
import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import type { FontSettings } from '../fonts/font-types.ts';
import type { CheckSettings, Profile, QuarterId } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import type { ArchivedBriefing, BriefingArchiveInput, Store } from '../store/store.ts';
import { briefingPdf } from './briefing-pdf.ts';
import { briefingArchiveEntry, briefingSnapshot, fromInputs, sha256, wordingSha256, type SettingsSnapshot } from './briefing-snapshot.ts';

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

/** Makes the quarter's briefing from the versions current now, with the archive entry that can remake it. */
export async function issueBriefing(store: Store, profile: Profile, quarter: QuarterId, settings: BriefingSettings, fonts?: FontSettings, checks?: CheckSettings): Promise<IssuedBriefing> {
  const snapshot = briefingSnapshot(store, profile, quarter, checks);
  const pdf = await briefingPdf(snapshot.statistics, settings, { fonts });
  return { pdf, statistics: snapshot.statistics, archive: briefingArchiveEntry(profile, quarter, snapshot, settings, fonts, pdf) };
}

/** Regenerates archived briefing `id` from its snapshot (the archived versions, not the current ones); null when unknown. */
export async function reissueBriefing(store: Store, id: number): Promise<Reissue | null> {
  const archived = store.briefing(id);
  if (archived === null) return null;
  const profile = archived.profile as Profile;
  const snapshot = archived.settings as SettingsSnapshot;
  const { statistics, inputsSha256 } = fromInputs(store, profile, archived.quarter, archived.inputs, snapshot.checks ?? undefined);
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

