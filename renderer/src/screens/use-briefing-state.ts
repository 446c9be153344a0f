/**
 * The briefing screen's state: the chosen quarter, its figures and narrative, the settings being edited,
 * the PDF on preview (and whether it still matches what is on screen), and the actions on them.
 */
import { useEffect, useState } from 'react';
import type { BriefingSettingsInput, QuarterView, RenderedPdf } from '../../../electron/shared/ipc-contract.ts';
import { parseQuarter, quarterLabel } from '../../../electron/core/period/quarter.ts';
import { bridge, errorText } from '../api.ts';

/** What the preview shows, and what it was made from (to tell when it is out of date). */
export interface Preview {
  readonly kind: 'briefing' | 'tables';
  readonly quarter: string;
  readonly settings: string;
  readonly pdf: RenderedPdf;
}

/** A line for the banner above the screen. */
export type Message = { readonly kind: 'error' | 'success' | 'info'; readonly text: string };

/** State and actions of the briefing screen. */
export interface BriefingState {
  readonly quarter: string;
  readonly view: QuarterView | null;
  readonly settings: BriefingSettingsInput | null;
  readonly preview: Preview | null;
  /** The preview shows exactly what export would write for the quarter and settings on screen. */
  readonly current: boolean;
  readonly busy: boolean;
  readonly message: Message | null;
  readonly noData: boolean;
  /** Settings typed on screen differ from the saved ones (saved on 生成预览 and 保存设置). */
  readonly dirty: boolean;
  /** The view is being read for the chosen quarter. */
  readonly loading: boolean;
  setQuarter(quarter: string): void;
  setSettings(settings: BriefingSettingsInput): void;
  renderBriefing(): void;
  renderTables(): void;
  exportPdf(): void;
  exportXlsx(): void;
  saveSettings(): void;
  /** Reads the quarter's figures again (after an import elsewhere); typed settings are kept. */
  reloadView(): void;
}

/** The briefing state hook, starting at `initialQuarter`. */
export function useBriefingState(initialQuarter: string): BriefingState {
  const [quarter, setQuarter] = useState(initialQuarter);
  const [view, setView] = useState<QuarterView | null>(null);
  const [settings, setSettings] = useState<BriefingSettingsInput | null>(null);
  const [stored, setStored] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [reads, setReads] = useState(0);
  useEffect(() => loadQuarter(quarter, setView, setSettings, setStored, setMessage), [quarter, reads]);
  const persist = async (): Promise<Message | null> => {
    if (settings === null) return null;
    const result = await bridge().saveBriefingSettings({ quarter, settings });
    if (!result.ok) return { kind: 'error', text: result.problems.map((p) => p.message).join('；') };
    setStored(JSON.stringify(settings));
    return null;
  };
  const run = (work: () => Promise<Message | null>) => void runBusy(work, setBusy, setMessage);
  const saved = (path: string | null): Message | null => (path === null ? null : { kind: 'success', text: `已保存：${path}` });
  // After an export, read the view again quietly (no loading state, the banner kept) so 最近导出 lists the file.
  const listed = async (m: Message | null): Promise<Message | null> => {
    if (m !== null) setView(await bridge().getQuarterView({ quarter }));
    return m;
  };
  return {
    quarter, view, settings, preview, busy, message,
    current: isCurrent(preview, quarter, settings),
    noData: view !== null && view.summary.sources.length === 0,
    dirty: settings !== null && stored !== null && JSON.stringify(settings) !== stored,
    loading: view === null,
    // Each quarter is its own issue: typed settings are saved to the quarter they were typed for, then the
    // next quarter's own settings (or defaults with the proposed 期号) are read — never carried over.
    setQuarter: (next) => run(async () => {
      if (next === quarter) return null;
      const unsaved = settings !== null && stored !== null && JSON.stringify(settings) !== stored;
      const failed = unsaved ? await persist() : null;
      if (failed !== null) return failed;
      setSettings(null);
      setStored(null);
      setQuarter(next);
      return unsaved ? { kind: 'info', text: `已保存${labelOfQuarter(quarter)}的简报设置。` } : null;
    }),
    setSettings: (s) => setSettings(s),
    reloadView: () => setReads((n) => n + 1),
    saveSettings: () => run(async () => (await persist()) ?? { kind: 'success', text: '简报设置和形势分析补充内容已保存。' }),
    renderBriefing: () => run(async () => {
      if (settings === null) return null;
      // The settings on screen are saved for next time and go to the rendering themselves (not read back from the store).
      const failed = await persist();
      if (failed !== null) return failed;
      setPreview({ kind: 'briefing', quarter, settings: JSON.stringify(settings), pdf: await bridge().renderBriefing({ quarter, settings }) });
      return null;
    }),
    renderTables: () => run(async () => {
      setPreview({ kind: 'tables', quarter, settings: '', pdf: await bridge().renderTables({ quarter }) });
      return null;
    }),
    exportPdf: () => run(async () => (preview === null ? null : listed(saved((await bridge().exportPdf({ token: preview.pdf.token })).path)))),
    exportXlsx: () => run(async () => listed(saved((await bridge().exportTablesXlsx({ quarter })).path))),
  };
}

function loadQuarter(quarter: string, setView: (v: QuarterView | null) => void, setSettings: (f: (prev: BriefingSettingsInput | null) => BriefingSettingsInput | null) => void,
  setStored: (f: (prev: string | null) => string | null) => void, setMessage: (m: Message | null) => void): void {
  const fail = (e: unknown) => setMessage({ kind: 'error', text: errorText(e) });
  setView(null);
  setMessage(null);
  bridge().getQuarterView({ quarter }).then(setView, fail);
  // Settings typed on screen survive a reload of the figures; a new quarter starts empty (see setQuarter), so it is filled in.
  bridge().getBriefingSettings({ quarter }).then((s) => {
    setSettings((prev) => prev ?? s);
    setStored((prev) => prev ?? JSON.stringify(s));
  }, fail);
}

async function runBusy(work: () => Promise<Message | null>, setBusy: (b: boolean) => void, setMessage: (m: Message | null) => void): Promise<void> {
  setBusy(true);
  setMessage(null);
  try {
    setMessage(await work());
  } catch (e) {
    setMessage({ kind: 'error', text: errorText(e) });
  } finally {
    setBusy(false);
  }
}

/** A briefing preview is stale once the quarter or any setting changed; a tables preview once the quarter did. */
function isCurrent(preview: Preview | null, quarter: string, settings: BriefingSettingsInput | null): boolean {
  return preview !== null && preview.quarter === quarter && (preview.kind === 'tables' || preview.settings === JSON.stringify(settings));
}

/** "2025Q1" → "2025年第一季度", for the banner. */
function labelOfQuarter(quarter: string): string {
  const parsed = parseQuarter(quarter);
  return parsed ? quarterLabel(parsed) : quarter;
}
