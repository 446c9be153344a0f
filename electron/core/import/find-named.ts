import { normalizeLabel } from './normalize-label.ts';

/** Something matched by its name or aliases (a county or a hospital of the profile). */
export interface Named {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The entities named in a text, in order of appearance. Where names overlap the longest wins, so "华阴市"
 * is one match and not also "华阴"; the region name ("渭南市") is not in the list, so it matches nothing.
 */
export function findNamed(text: string, entities: readonly Named[]): string[] {
  const haystack = normalizeLabel(text);
  const hits = entities.flatMap((entity) => spellings(entity).flatMap((spelling) => occurrences(haystack, spelling).map((start) => ({ start, end: start + spelling.length, name: entity.name }))));
  hits.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: typeof hits = [];
  for (const hit of hits) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);
  return [...new Set(kept.map((hit) => hit.name))];
}

/** The entity a cell names exactly (by name or alias, ignoring spaces, width and case), or undefined. */
export function exactNamed(text: string, entities: readonly Named[]): string | undefined {
  const wanted = normalizeLabel(text);
  return entities.find((entity) => spellings(entity).includes(wanted))?.name;
}

/** Normalised spellings per entity, computed once per profile object rather than once per row read. */
const SPELLINGS = new WeakMap<Named, readonly string[]>();

function spellings(entity: Named): readonly string[] {
  const known = SPELLINGS.get(entity);
  if (known) return known;
  const computed = [entity.name, ...entity.aliases].map(normalizeLabel).filter((s) => s !== '');
  SPELLINGS.set(entity, computed);
  return computed;
}

function occurrences(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) starts.push(i);
  return starts;
}
