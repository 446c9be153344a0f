import wording from '../../../templates/briefing/wording.json' with { type: 'json' };

/** Every phrase the briefing prints, as templates with named placeholders (templates/briefing/wording.json). */
export type Wording = typeof wording;

/** The shipped wording; staff-edited copies are read with loadWording and checked against it. */
export const DEFAULT_WORDING: Wording = wording;
