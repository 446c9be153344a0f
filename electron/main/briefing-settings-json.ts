/**
 * The briefing settings as the JSON the CLI reads with --settings: the app stores and sends the same object,
 * so `blood-brief report --settings` with this JSON and the same clock writes the same bytes as the app.
 * An empty date means "the day of export" and is left out, so the CLI's default (its clock) applies too.
 */
import type { BriefingSettingsInput } from '../shared/ipc-contract.ts';

/** The --settings JSON equivalent of the app's settings. */
export function briefingSettingsJson(settings: BriefingSettingsInput): Record<string, unknown> {
  const { date, ...rest } = settings;
  return date === '' ? { ...rest } : { ...rest, date };
}
