/** 数据总览: the county × month completeness matrix of a year, one cell in detail, and the import history. */
import { useEffect, useState } from 'react';
import type { AppInfo, CellDetail, CellStatus, ImportLogView, Overview } from '../../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from '../api.ts';
import { Banner } from '../components/banner.tsx';
import { ConflictCompare } from '../components/conflict-compare.tsx';
import { baseName, COLLECTION_LABELS, count, monthLabel, monthsLabel, shortList, shortMonth, sourceText, timeLabel } from '../format.ts';

const STATUS_LABEL: Record<CellStatus, string> = { received: '已报送', missing: '未报送', conflict: '有冲突' };
const STATUS_MARK: Record<CellStatus, string> = { received: '✓', missing: '', conflict: '!' };

/** The overview screen. */
export function OverviewScreen({ info }: { readonly info: AppInfo }) {
  const [year, setYear] = useState(info.years[0] ?? new Date().getFullYear());
  const [overview, setOverview] = useState<Overview | null>(null);
  const [history, setHistory] = useState<readonly ImportLogView[]>([]);
  const [selected, setSelected] = useState<{ county: string; month: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
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
        {overview && <Matrix overview={overview} selected={selected} select={setSelected} />}
        <div className="panel detail-panel">
          {selected ? <CellPanel key={`${selected.county}${selected.month}`} {...selected} /> : <p className="muted">点击左侧表格中的格子，查看该区县该月的数据、来源文件和单元格。</p>}
        </div>
      </div>
      <History entries={history} />
    </section>
  );
}

function Matrix({ overview, selected, select }: { overview: Overview; selected: { county: string; month: string } | null; select: (s: { county: string; month: string }) => void }) {
  if (overview.counties.length === 0) return <div className="panel"><p className="muted">尚无区县：请先在“基础信息”页填写区县并导入报表。</p></div>;
  const rate = overview.expected === 0 ? 0 : Math.round((overview.received / overview.expected) * 100);
  return (
    <div className="panel matrix-panel">
      <div className="matrix-head">
        <span>已报送 {overview.received} / {overview.expected}（{rate}%）</span>
        <span className="legend"><i className="cell-received" />已报送 <i className="cell-missing" />未报送 <i className="cell-conflict" />有冲突</span>
      </div>
      <table className="matrix">
        <thead>
          <tr><th scope="col">区县</th>{overview.months.map((m) => <th key={m} scope="col">{shortMonth(m)}</th>)}</tr>
        </thead>
        <tbody>
          {overview.counties.map((county, r) => (
            <tr key={county}>
              <th scope="row">{county}</th>
              {overview.months.map((month, c) => {
                const status = overview.statuses[r][c];
                const isSelected = selected?.county === county && selected.month === month;
                return (
                  <td key={month}>
                    <button type="button" className={`cell cell-${status}${isSelected ? ' selected' : ''}`} aria-pressed={isSelected}
                      aria-label={`${county} ${monthLabel(month)} ${STATUS_LABEL[status]}`} onClick={() => select({ county, month })}>
                      {STATUS_MARK[status]}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CellPanel({ county, month }: { county: string; month: string }) {
  const [detail, setDetail] = useState<CellDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void bridge().getCellDetail({ county, month }).then(setDetail, (e) => setError(errorText(e))), [county, month]);
  if (error !== null) return <Banner kind="error">{error}</Banner>;
  if (detail === null) return null;
  return (
    <div className="cell-detail">
      <h2>{county} {monthLabel(month)}</h2>
      {detail.figures === null ? <p className="muted">尚未收到该月报表。</p> : <FigureSources detail={detail} />}
      {detail.conflicts.map((c, i) => <div key={i} className="conflicts"><p>有待处理的冲突（在“数据导入”页选择替换或保留）：</p><ConflictCompare conflict={c} /></div>)}
      {detail.history.length > 1 && (
        <>
          <h3>历史版本</h3>
          <ul className="versions">
            {detail.history.map((v, i) => (
              <li key={i}>{v.current ? '当前' : '已替换'} · {baseName(v.file)} · {timeLabel(v.importedAt)} · 全血 {count(v.figures.wholeBloodDonors)} 人次</li>
            ))}
          </ul>
        </>
      )}
    </div>
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
                  <td title={`${e.file}\nSHA-256 ${e.sha256}`}>{baseName(e.file)}</td>
                  <td>{shortList([...e.counties, ...e.hospitals])}</td>
                  <td>{monthsLabel(e.months)}</td>
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
