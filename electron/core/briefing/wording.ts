import wording from '../../../templates/briefing/wording.json' with { type: 'json' };

/** Every phrase the briefing prints, as templates with named placeholders (templates/briefing/wording.json). */
export type Wording = typeof wording;

/** The shipped wording (templates/briefing/): every sentence of the briefing, with named placeholders. */
export const DEFAULT_WORDING: Wording = wording;
