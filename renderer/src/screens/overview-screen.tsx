/** 数据总览: the county × month completeness matrix of a year, one cell in detail, and the import history. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AppInfo, CellDetail, ImportLogView, Overview, VersionView } from '../../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from '../api.ts';
import { Banner } from '../components/banner.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ConflictCompare } from '../components/conflict-compare.tsx';
import { cellLook, dueTally, type CellLook } from './due-tally.ts';
import { baseName, COLLECTION_LABELS, count, monthLabel, monthsLabel, shortList, shortMonth, sourceText, timeLabel } from '../format.ts';

const LOOK_LABEL: Record<CellLook, string> = { received: '已报送', late: '迟报', conflict: '有冲突', overdue: '逾期未报', due: '报送期内未报', notDue: '未到报送期' };
const LOOK_MARK: Record<CellLook, string> = { received: '✓', late: '✓', conflict: '!', overdue: '✗', due: '…', notDue: '' };

/** "（3月14日到达）" for a report that came late. */
function arrivalNote(day: string | null): string {
  if (day === null) return '';
  const [, m, d] = day.split('-').map(Number);
  return `（${m}月${d}日到达）`;
}

/** The overview screen. */
export function OverviewScreen({ info }: { readonly info: AppInfo }) {
  const [year, setYear] = useState(info.years[0] ?? new Date().getFullYear());
  const [overview, setOverview] = useState<Overview | null>(null);
  const [history, setHistory] = useState<readonly ImportLogView[]>([]);
  const [selected, setSelected] = useState<{ county: string; month: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const detail = useRef<HTMLDivElement>(null);
  const choose = (cell: { county: string; month: string }) => {
    setSelected(cell);
    // When the panel sits under the matrix (narrow windows), bring it into view.
    detail.current?.scrollIntoView?.({ block: 'nearest' });
  };
  useEffect(() => {
    setOverview(null);
    bridge().getOverview({ year }).then(setOverview, (e) => setError(errorText(e)));
    bridge().getImportHistory({}).then(setHistory, (e) => setError(errorText(e)));
  }, [year]);
  return (
    <section className="screen" aria-labelledby="overview-title">
      <header className="screen-head row">
        <div>
          <h1 id="overview-title">数据总览</h1>
          <p>各区县每月报表的报送情况。点击格子查看该月数据及其来源。</p>
        </div>
        <label className="inline-field">年份
          <select value={year} onChange={(e) => { setYear(Number(e.target.value)); setSelected(null); }}>
            {info.years.map((y) => <option key={y} value={y}>{y}年</option>)}
          </select>
        </label>
      </header>
      {error !== null && <Banner kind="error">{error}</Banner>}
      <div className="overview-grid">
        {overview ? <Matrix overview={overview} selected={selected} select={choose} /> : <div className="panel"><p className="loading" role="status">正在读取报送情况…</p></div>}
        <div className="panel detail-panel" ref={detail}>
          {selected ? <CellPanel key={`${selected.county}${selected.month}`} {...selected} /> : <p className="muted">点击左侧表格中的格子，查看该区县该月的数据、来源文件和单元格。</p>}
        </div>
      </div>
      <History entries={history} />
    </section>
  );
}

function Matrix({ overview, selected, select }: { overview: Overview; selected: { county: string; month: string } | null; select: (s: { county: string; month: string }) => void }) {
  const table = useRef<HTMLTableElement>(null);
  if (overview.counties.length === 0) return <div className="panel"><p className="muted">尚无区县：请先在“基础信息”页填写区县并导入报表。</p></div>;
  const t = dueTally(overview);
  const rate = t.owed === 0 ? 0 : Math.round((t.received / t.owed) * 100);
  const focusRow = selected ? Math.max(0, overview.counties.indexOf(selected.county)) : 0;
  const focusCol = selected ? Math.max(0, overview.months.indexOf(selected.month)) : 0;
  return (
    <div className="panel matrix-panel">
      <div className="matrix-head">
        <span className="due-tally" data-testid="due-tally">
          截至目前应报 {t.owed} 份，已报送 {t.received}（{rate}%{t.late > 0 ? `，其中迟报 ${t.late}` : ''}），逾期未报 {t.overdue}，报送期内未报 {t.due}；未到报送期 {t.notDue} 份
        </span>
        <span className="legend">
          <i className="cell-received" />已报送 <i className="cell-late" />迟报 <i className="cell-conflict" />有冲突 <i className="cell-overdue" />逾期未报 <i className="cell-due" />报送期内 <i className="cell-notDue" />未到期 <b className="check-flag" aria-hidden="true">▲</b>需核对
        </span>
        <span className="hint">报送期限：次月{overview.deadlineDay}日前（之后到达记为迟报）。方向键在表中移动。</span>
      </div>
      <div className="matrix-scroll">
        <table className="matrix" ref={table} onKeyDown={(e) => moveFocus(e, table.current)}>
          <thead>
            <tr><th scope="col">区县</th>{overview.months.map((m) => <th key={m} scope="col">{shortMonth(m)}</th>)}</tr>
          </thead>
          <tbody>
            {overview.counties.map((county, r) => (
              <tr key={county}>
                <th scope="row">{county}</th>
                {overview.months.map((month, c) => {
                  const look = cellLook(overview.statuses[r][c], overview.dueStates[c], overview.late[r]?.[c] ?? false);
                  const isSelected = selected?.county === county && selected.month === month;
                  const found = overview.checks.filter((k) => k.county === county && k.month === month);
                  const state = `${LOOK_LABEL[look]}${look === 'late' ? arrivalNote(overview.arrivedOn[r]?.[c] ?? null) : ''}${found.length > 0 ? `，${found.length} 条需核对` : ''}`;
                  return (
                    <td key={month}>
                      <button type="button" className={`cell cell-${look}${isSelected ? ' selected' : ''}${found.length > 0 ? ' flagged' : ''}`} aria-pressed={isSelected}
                        tabIndex={r === focusRow && c === focusCol ? 0 : -1} data-row={r} data-col={c}
                        aria-label={`${county} ${monthLabel(month)} ${state}`} title={[`${county} ${monthLabel(month)}：${state}`, ...found.map((k) => k.text)].join('\n')}
                        onClick={() => select({ county, month })}>
                        {LOOK_MARK[look]}{found.length > 0 && <b className="check-flag" aria-hidden="true">▲</b>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tbody className="supply-row">
            <tr>
              <th scope="row" title="供血科每月的供血报表（各医院的发血数）">供血报表</th>
              {overview.months.map((month, c) => {
                const look = cellLook(overview.supply[c], overview.dueStates[c]);
                return <td key={month}><span className={`cell cell-${look}`} role="img" aria-label={`供血报表 ${monthLabel(month)} ${LOOK_LABEL[look]}`} title={`供血报表 ${monthLabel(month)}：${LOOK_LABEL[look]}`}>{LOOK_MARK[look]}</span></td>;
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Arrow keys, Home and End move among the matrix's cells (one Tab stop for the whole grid, WAI-ARIA grid pattern). */
function moveFocus(event: KeyboardEvent, table: HTMLTableElement | null): void {
  const from = event.target as HTMLElement;
  if (table === null || from.dataset.row === undefined) return;
  const row = Number(from.dataset.row);
  const col = Number(from.dataset.col);
  const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -col], End: [0, 11 - col] };
  const move = step[event.key];
  if (move === undefined) return;
  const next = table.querySelector<HTMLElement>(`[data-row="${row + move[0]}"][data-col="${col + move[1]}"]`);
  event.preventDefault();
  if (next === null) return;
  from.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

function CellPanel({ county, month }: { county: string; month: string }) {
  const [detail, setDetail] = useState<CellDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asked, setAsked] = useState<VersionView | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => bridge().getCellDetail({ county, month }).then(setDetail, (e) => setError(errorText(e)));
  useEffect(() => void load(), [county, month]);
  const restore = async (version: VersionView) => {
    setBusy(true);
    try {
      await bridge().restoreVersion({ kind: 'collection', versionId: version.versionId });
      setDone(`已恢复为 ${baseName(version.file)} 的数据。如需撤销，请到“数据管理”页点“撤销上一项操作”。`);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setAsked(null);
      await load();
    }
  };
  if (detail === null) return error !== null ? <Banner kind="error">{error}</Banner> : <p className="loading" role="status">正在读取 {county} {monthLabel(month)} 的数据…</p>;
  const current = detail.history.find((v) => v.current) ?? null;
  return (
    <div className="cell-detail">
      <h2>{county} {monthLabel(month)}</h2>
      {error !== null && <Banner kind="error">{error}</Banner>}
      {done !== null && <Banner kind="success">{done}</Banner>}
      {detail.figures === null ? <p className="muted">尚未收到该月报表。</p> : <FigureSources detail={detail} />}
      {detail.arrivedAt !== null && <p className="arrival">报送：{timeLabel(detail.arrivedAt)} 到达，期限 {dayLabel(detail.dueDate)}，{detail.late ? '迟报' : '按时'}</p>}
      {detail.checks.length > 0 && (
        <div className="cell-checks">
          <h3>需核对（数据未作改动）</h3>
          <ul>{detail.checks.map((k, i) => <li key={i} className={`check-${k.kind}`}>{k.text}</li>)}</ul>
        </div>
      )}
      {detail.conflicts.map((c, i) => <div key={i} className="conflicts"><p>有待处理的冲突（在“数据导入”页选择替换或保留）：</p><ConflictCompare conflict={c} /></div>)}
      {detail.history.length > 1 && (
        <>
          <h3>历史版本</h3>
          <ul className="versions">
            {detail.history.map((v) => (
              <li key={v.versionId}>{v.current ? '当前' : '早先版本'} · {baseName(v.file)} · {timeLabel(v.importedAt)} · 全血 {count(v.figures.wholeBloodDonors)} 人次
                {!v.current && <button type="button" className="small restore" disabled={busy} onClick={() => setAsked(v)}>恢复此版本…</button>}
              </li>
            ))}
          </ul>
        </>
      )}
      {asked !== null && (
        <ConfirmDialog title={`恢复 ${county} ${monthLabel(month)} 的早先版本`} confirm="恢复此版本" busy={busy} onConfirm={() => void restore(asked)} onCancel={() => setAsked(null)}>
          <VersionCompare current={current} chosen={asked} />
          <p className="muted">现在的数据保留在历史版本中；恢复后可在“数据管理”页撤销。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** "2025-02-10" as "2025年2月10日". */
function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The figures now in force beside those of the version to restore, field by field. */
function VersionCompare({ current, chosen }: { current: VersionView | null; chosen: VersionView }) {
  const now = current?.figures as unknown as Record<string, number> | undefined;
  const then = chosen.figures as unknown as Record<string, number>;
  return (
    <table className="list compare">
      <thead><tr><th scope="col">项目</th><th scope="col">现在（{current === null ? '无' : baseName(current.file)}）</th><th scope="col">恢复为（{baseName(chosen.file)}）</th></tr></thead>
      <tbody>{COLLECTION_LABELS.map(([key, label]) => (
        <tr key={key} className={now?.[key] === then[key] ? undefined : 'changed'}><th scope="row">{label}</th><td className="num">{count(now?.[key])}</td><td className="num">{count(then[key])}</td></tr>
      ))}</tbody>
    </table>
  );
}

function FigureSources({ detail }: { detail: CellDetail }) {
  const figures = detail.figures as unknown as Record<string, number>;
  return (
    <table className="figures">
      <thead><tr><th scope="col">项目</th><th scope="col">数值</th><th scope="col">来源（文件 · 工作表 · 单元格）</th></tr></thead>
      <tbody>
        {COLLECTION_LABELS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="num">{count(figures[key])}</td>
            <td className="source">{detail.sources?.[key] ? <>{sourceText(detail.sources[key])}{detail.sources[key].reading && <div className="reading">读取依据：{detail.sources[key].reading}</div>}</> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function History({ entries }: { entries: readonly ImportLogView[] }) {
  return (
    <div className="panel history">
      <h2>导入记录</h2>
      {entries.length === 0 ? <p className="muted">尚无导入记录。</p> : (
        <div className="table-scroll">
          <table className="list">
            <thead><tr><th scope="col">导入时间</th><th scope="col">文件</th><th scope="col">区县 / 医院</th><th scope="col">月份</th><th scope="col">新增</th><th scope="col">替换</th><th scope="col">相同</th></tr></thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>{timeLabel(e.importedAt)}</td>
                  <td className="wrap file-cell" title={`${e.file}\nSHA-256 ${e.sha256}`}>{baseName(e.file)}</td>
                  <td className="wrap">{shortList([...e.counties, ...e.hospitals])}</td>
                  <td className="wrap">{monthsLabel(e.months)}</td>
                  <td className="num">{e.added}</td><td className="num">{e.replaced}</td><td className="num">{e.unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
