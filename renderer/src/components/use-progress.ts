/** Subscribes to progress events from main while a screen is shown. */
import { useEffect, useState } from 'react';
import type { Progress } from '../../../electron/shared/ipc-contract.ts';
import { bridge } from '../api.ts';

/** The latest progress of one kind of task (null when none has been reported). */
export function useProgress(task: Progress['task']): [Progress | null, (p: Progress | null) => void] {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => bridge().onProgress((p) => p.task === task && setProgress(p)), [task]);
  return [progress, setProgress];
}
