/**
 * The import screen's state, kept by the app shell so the result list survives switching screens:
 * the files of the last batch, their outcomes, progress, and conflict decisions.
 */
import { useCallback, useState } from 'react';
import type { FileResult, ImportResult, Progress } from '../../../electron/shared/ipc-contract.ts';
import type { Problem } from '../../../electron/core/model.ts';
import { bridge, errorText } from '../api.ts';
import { useProgress } from '../components/use-progress.ts';

/** What the import screen shows and can do. */
export interface ImportState {
  readonly results: readonly FileResult[];
  readonly problems: readonly Problem[];
  /** Files in the chosen folders that are not reports, with the reason each was not read. */
  readonly skipped: readonly Problem[];
  readonly busy: boolean;
  readonly error: string | null;
  readonly progress: Progress | null;
  /** Files whose conflict the user decided, with the decision. */
  readonly decided: Readonly<Record<string, 'replace' | 'keep'>>;
  /** Files of the last batch not imported because the user cancelled; null when it ran to the end. */
  readonly cancelled: readonly string[] | null;
  /** A cancel was asked and the import is finishing the file in hand. */
  readonly cancelling: boolean;
  run(paths: readonly string[]): Promise<void>;
  cancel(): Promise<void>;
  decide(file: string, choice: 'replace' | 'keep'): Promise<void>;
}

/** The import state hook. */
export function useImportState(): ImportState {
  const [last, setLast] = useState<ImportResult>({ files: [], problems: [], skipped: [] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<Record<string, 'replace' | 'keep'>>({});
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useProgress('import');
  const run = useCallback(async (paths: readonly string[]) => {
    if (paths.length === 0) return;
    setBusy(true); setError(null); setDecided({}); setProgress(null);
    try {
      setLast(await bridge().importInputs({ paths, replace: false }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setCancelling(false);
    }
  }, [setProgress]);
  const cancel = useCallback(async () => {
    setCancelling(true);
    try {
      await bridge().cancelImport({});
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  const decide = useCallback(async (file: string, choice: 'replace' | 'keep') => {
    setError(null);
    try {
      const result = await bridge().resolveConflict({ file, choice });
      if (result !== null) setLast((prev) => ({ ...prev, files: prev.files.map((f) => (f.file === file ? result : f)) }));
      setDecided((prev) => ({ ...prev, [file]: choice }));
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  return {
    results: last.files, problems: last.problems, skipped: last.skipped, busy, error, progress, decided, run, decide,
    cancelled: last.cancelled ?? null, cancelling, cancel,
  };
}
