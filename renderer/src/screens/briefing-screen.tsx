/**
 * 生成简报: pick the quarter (default: the last complete one), read the figures and narrative, edit the
 * settings and free text, preview the exact PDF, export or print it; preview, print or export the summary tables.
 */
import { useRef } from 'react';
import type { AppInfo } from '../../../electron/shared/ipc-contract.ts';
import type { ScreenId } from '../app.tsx';
import { Banner } from '../components/banner.tsx';
import { BriefingSettingsForm } from '../components/briefing-settings-form.tsx';
import { Icon } from '../components/icon.tsx';
import { PdfPreview, type PdfPreviewHandle } from '../components/pdf-preview.tsx';
import { QuarterFigures } from '../components/quarter-figures.tsx';
import { quarterOptions } from './quarter-options.ts';
import { useBriefingState, type BriefingState } from './use-briefing-state.ts';

/** The briefing screen. */
export function BriefingScreen({ info, go }: { readonly info: AppInfo; readonly go: (s: ScreenId) => void }) {
  const state = useBriefingState(info.defaultQuarter);
  const viewer = useRef<PdfPreviewHandle>(null);
  const { preview, current, busy } = state;
  return (
    <section className="screen briefing" aria-labelledby="briefing-title">
      <header className="screen-head row">
        <div>
          <h1 id="briefing-title">生成简报</h1>
          <p>核对本季度数据和自动生成的文字，补充形势分析，预览后导出或打印。</p>
        </div>
        <label className="inline-field">季度
          <select value={state.quarter} onChange={(e) => state.setQuarter(e.target.value)}>
            {quarterOptions(info.years, info.defaultQuarter).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
      </header>
      {state.message && <Banner kind={state.message.kind}>{state.message.text}</Banner>}
      <div className="briefing-columns">
        <BriefingInputs state={state} go={go} />
        <div className="briefing-right">
          <Toolbar state={state} print={() => viewer.current?.print()} />
          <PreviewCaption state={state} />
          <PdfPreview ref={viewer} bytes={current && preview ? preview.pdf.bytes : null} title="PDF 预览"
            empty={busy ? '正在生成…' : '点击“生成预览”查看将要导出的 PDF。'} />
        </div>
      </div>
    </section>
  );
}

/** The left column: figures, generated text, free text and settings. */
function BriefingInputs({ state, go }: { state: BriefingState; go: (s: ScreenId) => void }) {
  const { view, settings, noData } = state;
  return (
    <div className="briefing-left">
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
          </div>
          <BriefingSettingsForm settings={settings} onChange={state.setSettings} />
        </>
      )}
    </div>
  );
}

function Toolbar({ state, print }: { state: BriefingState; print: () => void }) {
  const { busy, current, noData } = state;
  return (
    <div className="toolbar">
      <button type="button" className="primary" disabled={busy || noData} onClick={state.renderBriefing}><Icon name="refresh" />生成预览</button>
      <button type="button" disabled={busy || !current} onClick={state.exportPdf}><Icon name="download" />导出 PDF…</button>
      <button type="button" disabled={busy || !current} onClick={print}><Icon name="print" />打印</button>
      <span className="toolbar-sep" />
      <span className="toolbar-label">汇总表</span>
      <button type="button" disabled={busy || noData} onClick={state.renderTables} title="预览汇总表，可打印">预览</button>
      <button type="button" disabled={busy || noData} onClick={state.exportXlsx} title="导出汇总表为 Excel 文件">导出 Excel…</button>
    </div>
  );
}

function PreviewCaption({ state }: { state: BriefingState }) {
  const { preview, current, busy } = state;
  if (busy || preview === null) return <p className="preview-caption">{busy ? '正在生成 PDF，请稍候…' : '尚未生成预览'}</p>;
  if (!current) return <p className="preview-caption stale">内容已修改或季度已切换，请重新生成预览。</p>;
  return (
    <p className="preview-caption">
      {preview.kind === 'briefing' ? '简报' : '汇总表'}：{preview.pdf.fileName} · 校验码 <code data-testid="preview-sha">{preview.pdf.sha256.slice(0, 12)}</code>
    </p>
  );
}
