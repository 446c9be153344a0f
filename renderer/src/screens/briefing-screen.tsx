/**
 * 生成简报: pick the quarter (default: the last complete one), read the figures and narrative, edit the
 * settings and free text, preview the exact PDF, export or print it; preview, print or export the summary tables.
 */
import { useEffect, useRef } from 'react';
import type { AppInfo, ConflictView, ExportRecord } from '../../../electron/shared/ipc-contract.ts';
import type { ScreenId } from '../screen-id.ts';
import { Banner } from '../components/banner.tsx';
import { BriefingSettingsForm } from '../components/briefing-settings-form.tsx';
import { Icon } from '../components/icon.tsx';
import { PdfPreview, type PdfPreviewHandle } from '../components/pdf-preview.tsx';
import { QuarterFigures } from '../components/quarter-figures.tsx';
import { dateLabel } from '../date-label.ts';
import { baseName, monthLabel, timeLabel } from '../format.ts';
import { parseQuarter, quarterLabel } from '../../../electron/core/period/quarter.ts';
import { quarterOptions } from './quarter-options.ts';
import { useBriefingState, type BriefingState } from './use-briefing-state.ts';

type Props = {
  readonly info: AppInfo;
  readonly go: (s: ScreenId) => void;
  /** On view (the screen stays mounted while hidden, so typing survives a visit elsewhere). */
  readonly active: boolean;
  readonly onDirty: (dirty: boolean) => void;
};

/** The briefing screen. */
export function BriefingScreen({ info, go, active, onDirty }: Props) {
  const state = useBriefingState(info.defaultQuarter);
  const viewer = useRef<PdfPreviewHandle>(null);
  const right = useRef<HTMLDivElement>(null);
  const { preview, current, busy } = state;
  useEffect(() => onDirty(state.dirty), [state.dirty, onDirty]);
  // In a narrow window the preview sits under the inputs: bring a new one into view.
  useEffect(() => void (preview && right.current?.scrollIntoView?.({ block: 'nearest' })), [preview]);
  useReloadOnReturn(active, state.reloadView);
  return (
    <section className="screen briefing" aria-labelledby="briefing-title">
      <header className="screen-head row">
        <div>
          <h1 id="briefing-title">生成简报{state.dirty && <span className="unsaved-tag">有未保存的修改</span>}</h1>
          <p>核对本季度数据和自动生成的文字，补充形势分析，预览后导出或打印。</p>
        </div>
        <label className="inline-field">季度
          <select value={state.quarter} onChange={(e) => state.setQuarter(e.target.value)}>
            {quarterOptions(info.years, info.defaultQuarter).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
      </header>
      {state.message && <Banner kind={state.message.kind}>{state.message.text}</Banner>}
      {state.view && state.view.pendingConflicts.length > 0 && <PendingBanner conflicts={state.view.pendingConflicts} go={go} />}
      <div className="briefing-columns">
        <BriefingInputs state={state} go={go} />
        <div className="briefing-right" ref={right}>
          <Toolbar state={state} print={() => viewer.current?.print()} />
          <PreviewCaption state={state} />
          {current && preview?.kind === 'briefing' && <MissingSettingsNote missing={preview.pdf.missingSettings ?? []} />}
          {current && preview?.kind === 'briefing' && preview.pdf.fontNotice && <p className="preview-warning" role="note" data-testid="font-notice">{preview.pdf.fontNotice}</p>}
          {current && preview?.kind === 'briefing' && state.view && state.view.pendingConflicts.length > 0 && (
            <p className="preview-warning" role="note" data-testid="pending-note">注意：本预览中 {placesOf(state.view.pendingConflicts)} 仍为原数据，有新文件待处理。</p>
          )}
          <PdfPreview ref={viewer} bytes={current && preview ? preview.pdf.bytes : null} title="PDF 预览"
            empty={busy ? '正在生成…' : '点击“生成预览”查看将要导出的 PDF。'} />
        </div>
      </div>
    </section>
  );
}

/** Coming back to the screen reads the quarter again (an import may have changed it); typing is kept. */
function useReloadOnReturn(active: boolean, reload: () => void): void {
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current) reload();
    wasActive.current = active;
  }, [active, reload]);
}

/** "华州区2025年1月、供血科2025年2月" */
function placesOf(conflicts: readonly ConflictView[]): string {
  return [...new Set(conflicts.map((c) => `${c.subject}${monthLabel(c.month)}`))].join('、');
}

/** Before export: the issue's settings still blank (the list `blood-brief report` warns with), named as the form names them. */
function MissingSettingsNote({ missing }: { missing: readonly string[] }) {
  if (missing.length === 0) return null;
  return (
    <p className="preview-warning" role="note" data-testid="missing-settings">
      导出前请在左侧“简报设置”中填写：{missing.join('、')}。不填也能导出，但印出的简报缺少这些内容（版记、期号或附件中的人口数据来源）。
    </p>
  );
}

/** An undecided conflict: the briefing would state the old figure, so say so before anything is generated. */
function PendingBanner({ conflicts, go }: { conflicts: readonly ConflictView[]; go: (s: ScreenId) => void }) {
  return (
    <div className="banner warn" role="alert">
      <strong>有 {conflicts.length} 处数据冲突尚未处理，简报仍按原数据生成：</strong>
      <ul>
        {conflicts.map((c, i) => (
          <li key={i}>{c.subject}{monthLabel(c.month)}：新文件 {baseName(c.incoming.source.file)} 与已导入的数据不同，等待选择“替换”或“保留”。</li>
        ))}
      </ul>
      请先到 <button type="button" className="link" onClick={() => go('import')}>数据导入</button> 页处理后再生成简报。
    </div>
  );
}

/** The left column: figures, generated text, free text and settings. */
function BriefingInputs({ state, go }: { state: BriefingState; go: (s: ScreenId) => void }) {
  const { view, settings, noData } = state;
  return (
    <div className="briefing-left">
      {state.loading && <p className="loading" role="status">正在读取本季度数据…</p>}
      {noData && <Banner kind="info">该季度尚无已导入的数据。请先到 <button type="button" className="link" onClick={() => go('import')}>数据导入</button> 页导入报表。</Banner>}
      {view && !noData && <QuarterFigures summary={view.summary} />}
      {view && view.narrative.length > 0 && (
        <div className="panel narrative">
          <h2>自动生成的文字</h2>
          {view.narrative.map((p, i) => <p key={i}>{p}</p>)}
        </div>
      )}
      {settings && (
        <>
          <div className="panel">
            <label className="block-label" htmlFor="free-text">形势分析补充内容（如下季度工作安排；每行一段）</label>
            <textarea id="free-text" rows={5} value={settings.freeText} onChange={(e) => state.setSettings({ ...settings, freeText: e.target.value })} />
            <div className="button-row save-row">
              <button type="button" disabled={state.busy || !state.dirty} onClick={state.saveSettings}>保存设置</button>
              <span className="hint">{state.dirty ? '有未保存的修改（生成预览时也会保存）' : '已保存'}</span>
            </div>
          </div>
          <BriefingSettingsForm settings={settings} onChange={state.setSettings} />
        </>
      )}
      {view && <RecentExports records={view.recentExports} />}
    </div>
  );
}

/** "2025Q1" → "2025年第一季度". */
function quarterName(id: string): string {
  const q = parseQuarter(id);
  return q === null ? id : quarterLabel(q);
}

const EXPORT_KIND: Record<ExportRecord['kind'], string> = { briefing: '简报', tables: '汇总表 PDF', xlsx: '汇总表 Excel' };

/** The briefings already issued (期号, printed date) and the other exports, newest first. */
function RecentExports({ records }: { records: readonly ExportRecord[] }) {
  return (
    <div className="panel recent">
      <h2>最近导出</h2>
      {records.length === 0 ? <p className="muted">尚未导出过简报或汇总表。</p> : (
        <ul className="recent-list">
          {records.map((r) => (
            <li key={`${r.at}${r.path}`}>
              <span className="recent-what">{quarterName(r.quarter)}{EXPORT_KIND[r.kind]}{r.issue !== null && ` ${r.issue}`}{r.date !== null && `（印发日期 ${dateLabel(r.date) ?? r.date}）`}</span>
              <span className="recent-where" title={r.path}>{timeLabel(r.at)} 导出 · {baseName(r.path)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Two groups that never split: the briefing's buttons, and the summary tables' label with its buttons. */
function Toolbar({ state, print }: { state: BriefingState; print: () => void }) {
  const { busy, current, noData, preview } = state;
  const onBriefing = current && preview?.kind === 'briefing';
  const onTables = current && preview?.kind === 'tables';
  return (
    <div className="toolbar">
      <div className="toolbar-group" role="group" aria-label="简报">
        <button type="button" className="primary" disabled={busy || noData} onClick={state.renderBriefing}><Icon name="refresh" />生成预览</button>
        <button type="button" disabled={busy || !onBriefing} onClick={state.exportPdf}><Icon name="download" />导出简报 PDF…</button>
        <button type="button" disabled={busy || !onBriefing} onClick={print}><Icon name="print" />打印简报</button>
      </div>
      <div className="toolbar-group" role="group" aria-label="汇总表">
        <span className="toolbar-label">汇总表</span>
        <button type="button" disabled={busy || noData} onClick={state.renderTables} title="在右侧预览汇总表">预览汇总表</button>
        <button type="button" disabled={busy || !onTables} onClick={state.exportPdf} title="先预览汇总表，再导出为 PDF">导出汇总表 PDF…</button>
        <button type="button" disabled={busy || !onTables} onClick={print}>打印汇总表</button>
        <button type="button" disabled={busy || noData} onClick={state.exportXlsx} title="导出汇总表为 Excel 文件">导出 Excel…</button>
      </div>
    </div>
  );
}

function PreviewCaption({ state }: { state: BriefingState }) {
  const { preview, current, busy } = state;
  if (busy || preview === null) return <p className="preview-caption">{busy ? '正在生成 PDF，请稍候…' : '尚未生成预览'}</p>;
  if (!current) return <p className="preview-caption stale">内容已修改或季度已切换，请重新生成预览。</p>;
  return (
    <p className="preview-caption">
      {preview.kind === 'briefing' ? '简报' : '汇总表'}：{preview.pdf.fileName} ·{' '}
      <span className="same-file" data-testid="preview-sha" data-sha={preview.pdf.sha256.slice(0, 12)} title={`SHA-256 校验码：${preview.pdf.sha256}`}>✓ 与导出文件一致</span>
    </p>
  );
}
