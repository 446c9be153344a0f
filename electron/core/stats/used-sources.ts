import type { CollectionRecord, SourceFile, SupplyRecord } from '../model.ts';

/** The source files that some used record cites (any figure's SourceRef.file), in the order given. */
export function usedSources(sources: readonly SourceFile[], records: readonly (CollectionRecord | SupplyRecord)[]): SourceFile[] {
  const cited = new Set(records.flatMap((r) => Object.values(r.sources).map((ref) => ref.file)));
  return sources.filter((s) => cited.has(s.file));
}

/** What one source file contributed: the counties (none for a supply report) and the months of the records it backs. */
export interface SourceUse {
  readonly file: string;
  readonly counties: readonly string[];
  readonly months: readonly string[];
}

/**
 * For every used source file (in the order given), the counties and months of the records citing it — including the
 * months behind 同比 and 环比 — so the 附件 can list sources by county with their months.
 */
export function sourceUses(sources: readonly SourceFile[], records: readonly (CollectionRecord | SupplyRecord)[]): SourceUse[] {
  return usedSources(sources, records).map((s) => {
    const citing = records.filter((r) => Object.values(r.sources).some((ref) => ref.file === s.file));
    const counties = [...new Set(citing.flatMap((r) => ('county' in r ? [r.county] : [])))];
    const months = [...new Set(citing.map((r) => r.month))].sort();
    return { file: s.file, counties, months };
  });
}
