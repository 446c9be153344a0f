import { analysisStatements } from './analysis-statements.ts';
import { briefingContext } from './briefing-context.ts';
import { collectionComparison } from './collection-comparison.ts';
import { collectionLead } from './collection-lead.ts';
import { supplyNarrative } from './supply-narrative.ts';
import { DEFAULT_WORDING, type Wording } from './wording.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';

/** The generated paragraphs alone (collection, comparison, supply, analysis), e.g. for the desktop preview. */
export function briefingNarrative(summary: QuarterStatistics, wording: Wording = DEFAULT_WORDING): string[] {
  const ctx = briefingContext(summary, wording);
  return [collectionLead(ctx), collectionComparison(ctx), supplyNarrative(ctx), ...analysisStatements(ctx)];
}
