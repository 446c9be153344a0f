import type { RecordDetails } from './record-tables.ts';

/** How an incoming record's details stand to the stored ones when their figures are equal. */
export type DetailsRelation = 'same' | 'adds' | 'differs';

/**
 * Whether incoming volume classes and breakdown agree with what is stored: a part both give must be equal
 * (records and a county sheet for the same county-month are a conflict unless they agree, issue 14); a part
 * only the incoming file gives adds to the stored version; a part only the stored one has is kept.
 */
export function detailsRelation(stored: RecordDetails | undefined, incoming: RecordDetails | undefined): DetailsRelation {
  const before = flatten(stored);
  const after = flatten(incoming);
  let adds = false;
  for (const [key, value] of after) {
    if (!before.has(key)) adds = true;
    else if (before.get(key) !== value) return 'differs';
  }
  return adds ? 'adds' : 'same';
}

/** The stored details with the incoming ones laid over them, part by part. */
export function mergedDetails(stored: RecordDetails | undefined, incoming: RecordDetails | undefined): RecordDetails | undefined {
  if (!stored) return incoming;
  if (!incoming) return stored;
  const breakdown = stored.breakdown || incoming.breakdown ? { breakdown: { ...stored.breakdown, ...incoming.breakdown } } : {};
  return { ...stored, ...incoming, ...breakdown };
}

/** Each part as a canonical JSON text: volumeClasses whole, and each breakdown entry on its own. */
function flatten(details: RecordDetails | undefined): Map<string, string> {
  const parts = new Map<string, string>();
  if (details?.volumeClasses) parts.set('volumeClasses', canonical(details.volumeClasses));
  for (const [key, value] of Object.entries(details?.breakdown ?? {})) parts.set(`breakdown.${key}`, canonical(value));
  return parts;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}
