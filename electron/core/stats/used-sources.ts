import type { CollectionRecord, SourceFile, SupplyRecord } from '../model.ts';

/** The source files that some used record cites (any figure's SourceRef.file), in the order given. */
export function usedSources(sources: readonly SourceFile[], records: readonly (CollectionRecord | SupplyRecord)[]): SourceFile[] {
  const cited = new Set(records.flatMap((r) => Object.values(r.sources).map((ref) => ref.file)));
  return sources.filter((s) => cited.has(s.file));
}
