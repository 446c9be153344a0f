/**
 * 生成简报: pick the quarter (default: the last complete one), read the figures and narrative, edit the
 * settings and free text, preview the exact PDF, export or print it; preview, print or export the summary tables.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppInfo, BriefingSettingsInput, QuarterView, RenderedPdf } from '../../../electron/shared/ipc-contract.ts';
import type { ScreenId } from '../app.tsx';
import { bridge, errorText } from '../api.ts';
import { Banner } from '../components/banner.tsx';
import { BriefingSettingsForm } from '../components/briefing-settings-form.tsx';
import { Icon } from '../components/icon.tsx';
import { PdfPreview, type PdfPreviewHandle } from '../components/pdf-preview.tsx';
import { QuarterFigures } from '../components/quarter-figures.tsx';
import { quarterOptions } from './quarter-options.ts';

/** What the preview shows, and what it was made from (to tell when it is out of date). */
interface Preview {
  readonly kind: 'briefing' | 'tables';
  readonly quarter: string;
  readonly settings: string;
  readonly pdf: RenderedPdf;
}

type Message = { kind: 'error' | 'success' | 'info'; text: string };

/** The briefing screen. */
export function BriefingScreen({ info, go }: { readonly info: AppInfo; readonly go: (s: ScreenId) => void }) {
  const options = quarterOptions(info.years, info.defaultQuarter);
  const [quarter, setQuarter] = useState(info.defaultQuarter);
  const [view, setView] = useState<QuarterView | null>(null);
  const [settings, setSettings] = useState<BriefingSettingsInput | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const viewer = useRef<PdfPreviewHandle>(null);
  useEffect(() => {
    setView(null);
    setMessage(null);
    bridge().getQuarterView({ quarter }).then(setView, (e) => setMessage({ kind: 'error', text: errorText(e) }));
    bridge().getBriefingSettings({ quarter }).then((s) => setSettings((prev) => prev ?? s), (e) => setMessage({ kind: 'error', text: errorText(e) }));
  }, [quarter]);
  const current = preview !== null && preview.quarter === quarter && (preview.kind === 'tables' || preview.settings === JSON.stringify(settings));
  const run = async (work: () => Promise<Message | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const renderBriefing = () => run(async () => {
    if (settings === null) return null;
    const saved = await bridge().saveBriefingSettings({ settings });
    if (!saved.ok) return { kind: 'error', text: saved.problems.map((p) => p.message).join('；') };
    setPreview({ kind: 'briefing', quarter, settings: JSON.stringify(settings), pdf: await bridge().renderBriefing({ quarter }) });
    return null;
  });
  const renderTables = () => run(async () => {
    setPreview({ kind: 'tables', quarter, settings: '', pdf: await bridge().renderTables({ quarter }) });
    return null;
  });
  const exportPdf = () => run(async () => {
    if (preview === null) return null;
    const written = await bridge().exportPdf({ token: preview.pdf.token });
    return written.path === null ? null : { kind: 'success', text: `已保存：${written.path}` };
  });
  const exportXlsx = () => run(async () => {
    const written = await bridge().exportTablesXlsx({ quarter });
    return written.path === null ? null : { kind: 'success', text: `已保存：${written.path}` };
  });
  const noData = view !== null && view.summary.sources.length === 0;
  return (
    <section className="screen briefing" aria-labelledby="briefing-title">
      <header className="screen-head row">
        <div>
          <h1 id="briefing-title">生成简报</h1>
          <p>核对本季度数据和自动生成的文字，补充形势分析，预览后导出或打印。</p>
        </div>
        <label className="inline-field">季度
          <select value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
      </header>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      <div className="briefing-columns">
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
                <textarea id="free-text" rows={5} value={settings.freeText} onChange={(e) => setSettings({ ...settings, freeText: e.target.value })} />
              </div>
              <BriefingSettingsForm settings={settings} onChange={setSettings} />
            </>
          )}
        </div>
        <div className="briefing-right">
          <div className="toolbar">
            <button type="button" className="primary" disabled={busy || noData} onClick={renderBriefing}><Icon name="refresh" />生成预览</button>
            <button type="button" disabled={busy || !current} onClick={exportPdf}><Icon name="download" />导出 PDF…</button>
            <button type="button" disabled={busy || !current} onClick={() => viewer.current?.print()}><Icon name="print" />打印</button>
            <span className="toolbar-sep" />
            <span className="toolbar-label">汇总表</span>
            <button type="button" disabled={busy || noData} onClick={renderTables} title="预览汇总表，可打印">预览</button>
            <button type="button" disabled={busy || noData} onClick={exportXlsx} title="导出汇总表为 Excel 文件">导出 Excel…</button>
          </div>
          <PreviewCaption preview={preview} current={current} busy={busy} />
          <PdfPreview ref={viewer} bytes={current ? preview.pdf.bytes : null} title="PDF 预览"
            empty={busy ? '正在生成…' : '点击“生成预览”查看将要导出的 PDF。'} />
        </div>
      </div>
    </section>
  );
}

function PreviewCaption({ preview, current, busy }: { preview: Preview | null; current: boolean; busy: boolean }) {
  if (busy || preview === null) return <p className="preview-caption">{busy ? '正在生成 PDF，请稍候…' : '尚未生成预览'}</p>;
  if (!current) return <p className="preview-caption stale">内容已修改或季度已切换，请重新生成预览。</p>;
  return (
    <p className="preview-caption">
      {preview.kind === 'briefing' ? '简报' : '汇总表'}：{preview.pdf.fileName} · 校验码 <code data-testid="preview-sha">{preview.pdf.sha256.slice(0, 12)}</code>
    </p>
  );
}
