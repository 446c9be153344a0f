/**
 * The state of 数据管理: what main reports (imports, act log, backups, issued briefings), the confirmation on
 * screen, and the last message. Every act reloads the overview, so the lists always show what is stored.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BackupChoice, DataOverview, ImportDeletionView } from '../../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from '../api.ts';
import { baseName } from '../format.ts';

/** The confirmation shown, if any: what it is about, and what main said will change. */
export type Pending =
  | { readonly kind: 'delete'; readonly plan: ImportDeletionView }
  | { readonly kind: 'restore'; readonly path: string; readonly choice: BackupChoice };

/** The screen's state and its acts. */
export interface DataManagement {
  readonly overview: DataOverview | null;
  readonly pending: Pending | null;
  readonly busy: boolean;
  readonly message: { readonly kind: 'error' | 'success'; readonly text: string } | null;
  readonly askDelete: (importId: number) => void;
  readonly askRestore: (path: string | null) => void;
  readonly confirm: () => void;
  readonly cancel: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly backup: () => void;
  readonly reissue: (id: number) => void;
}

/** Loads the overview once and after every act. */
export function useDataManagement(): DataManagement {
  const [overview, setOverview] = useState<DataOverview | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DataManagement['message']>(null);
  const reload = useCallback(() => bridge().getDataOverview({}).then(setOverview, (e) => setMessage({ kind: 'error', text: errorText(e) })), []);
  useEffect(() => void reload(), [reload]);
  // `closes`: the act was the confirmed one, so its confirmation goes away (asking opens one and keeps it).
  const run = useCallback(async (work: () => Promise<string | null>, closes = false) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await work();
      if (text !== null) setMessage({ kind: 'success', text });
      if (closes) setPending(null);
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
      await reload();
    }
  }, [reload]);
  return {
    overview, pending, busy, message,
    askDelete: (importId) => void run(async () => (setPending({ kind: 'delete', plan: await bridge().planDeleteImport({ importId }) }), null)),
    askRestore: (path) => void run(async () => {
      const choice = await bridge().chooseBackup({ path });
      if (choice !== null) setPending({ kind: 'restore', path: choice.backup.path, choice });
      return null;
    }),
    confirm: () => void run(async () => {
      if (pending === null) return null;
      if (pending.kind === 'delete') {
        const done = await bridge().deleteImport({ importId: pending.plan.importId });
        return `已删除第 ${done.importId} 次导入（${baseName(done.file)}）。如删错了，点“撤销”即可恢复。`;
      }
      const { savedAs } = await bridge().restoreBackup({ path: pending.path });
      return `已用备份 ${baseName(pending.path)} 恢复数据。${savedAs === null ? '' : `恢复前的数据已另存为自动备份 ${baseName(savedAs)}，可再从它恢复。`}`;
    }, true),
    cancel: () => setPending(null),
    undo: () => void run(async () => { const act = await bridge().undoAct({}); return act === null ? '没有可撤销的操作。' : `已${act.summary}`; }),
    redo: () => void run(async () => { const act = await bridge().redoAct({}); return act === null ? '没有可重做的操作。' : `已${act.summary}`; }),
    backup: () => void run(async () => { const { path } = await bridge().backupDatabase({}); return path === null ? null : `已备份数据库到 ${path}`; }),
    reissue: (id) => void run(async () => { const { path } = await bridge().reissueBriefing({ id }); return path === null ? null : `已按存档重新生成，与原件逐字节相同：${path}`; }),
  };
}
