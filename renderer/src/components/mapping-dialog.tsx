/**
 * 映射: a sheet the importer could not read, shown as a grid with row numbers and column letters as in
 * Excel (merged cells drawn merged, what the importer did understand already marked). Staff point at the
 * header cell of each field — mouse, or arrow keys and 1–7 — choose the county, see the figures that would
 * be stored with their cells, and save a layout rule that reads this county's later files by itself.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { LayoutField } from '../../../electron/core/model.ts';
import type { MappingInput, MappingPreview, SheetPreviewView } from '../../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from '../api.ts';
import { columnLetters } from '../../../electron/core/util/a1-address.ts';
import { formatCells } from '../../../electron/core/util/cell-ranges.ts';
import { baseName, count, monthLabel, problemText } from '../format.ts';
import { Banner } from './banner.tsx';
import { assign as assignField, marksOf, unassign, withMarks, type Assigned, type MarksBySheet, type SheetMarks } from './sheet-marks.ts';

/** The fields staff can point at, in the order of the keys 1–8. */
const FIELDS: readonly { field: LayoutField; label: string; required: boolean }[] = [
  { field: 'wholeBloodDonors', label: '全血人次', required: false },
  { field: 'wholeBloodUnits', label: '全血采集量', required: false },
  { field: 'plateletDonors', label: '单采血小板人次', required: true },
  { field: 'plateletDoses', label: '单采血小板治疗量', required: true },
  { field: 'wholeBlood200', label: '200ml 人次', required: false },
  { field: 'wholeBlood300', label: '300ml 人次', required: false },
  { field: 'wholeBlood400', label: '400ml 人次', required: false },
  { field: 'month', label: '月份列（可选）', required: false },
];


/** The dialog over the import screen; `onSaved` runs after the rule is stored and the file imported. */
export function MappingDialog({ file, onClose, onSaved }: { readonly file: string; readonly onClose: () => void; readonly onSaved: (message: string) => void }) {
  const [view, setView] = useState<SheetPreviewView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { bridge().getSheetPreview({ file }).then(setView, (e) => setError(errorText(e))); }, [file]);
  return (
    <div className="mapping-backdrop" role="dialog" aria-modal="true" aria-labelledby="mapping-title">
      <div className="mapping-dialog">
        <header className="mapping-head">
          <h2 id="mapping-title">映射：{baseName(file)}</h2>
          <button type="button" onClick={onClose}>关闭</button>
        </header>
        {error !== null && <Banner kind="error">{error}</Banner>}
        {view === null && error === null && <p className="hint">正在读取文件…</p>}
        {view !== null && <MappingBody file={file} view={view} onSaved={onSaved} />}
      </div>
    </div>
  );
}

function MappingBody({ file, view, onSaved }: { file: string; view: SheetPreviewView; onSaved: (message: string) => void }) {
  const [sheetIndex, setSheetIndex] = useState(0);
  const sheet = view.sheets[sheetIndex];
  const guessedCounty = view.counties.find((c) => baseName(file).includes(c) || baseName(file).includes(c.replace(/[区县市]$/, ''))) ?? view.counties[0] ?? '';
  const [county, setCounty] = useState(guessedCounty);
  const [name, setName] = useState(`${guessedCounty}报表版式`);
  const [unit, setUnit] = useState<'U' | 'ml'>('U');
  const [across, setAcross] = useState(false);
  // Each sheet's own marks: a tab switch shows that sheet's, never the previous sheet's cells.
  const [marks, setMarks] = useState<MarksBySheet>({});
  // Memoised: a sheet not yet touched gets its marks made afresh, which would otherwise re-run the preview every render.
  const { assigned, totalRow } = useMemo<SheetMarks>(() => (sheet ? marksOf(marks, sheet) : { assigned: {}, totalRow: null }), [marks, sheet]);
  const change = (f: (m: SheetMarks) => SheetMarks) => sheet && setMarks((all) => withMarks(all, sheet, f));
  const [cursor, setCursor] = useState({ row: sheet?.headerRow ?? 0, col: 0 });
  const switchSheet = (i: number) => {
    setSheetIndex(i);
    setCursor({ row: view.sheets[i]?.headerRow ?? 0, col: 0 });
  };
  const [preview, setPreview] = useState<MappingPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mapping = useMemo(() => toMapping(name, county, sheet?.name ?? '', assigned, unit, across ? null : totalRow, across), [name, county, sheet, assigned, unit, totalRow, across]);
  useEffect(() => {
    setPreview(null);
    if (typeof mapping === 'string') return;
    const timer = setTimeout(() => bridge().previewMapping({ file, mapping }).then(setPreview, (e) => setError(errorText(e))), 150);
    return () => clearTimeout(timer);
  }, [file, mapping]);
  if (!sheet) return <p>该文件没有可显示的工作表。</p>;
  const assign = (field: LayoutField) => change((m) => assignField(m, field, cursor));
  const save = async () => {
    if (typeof mapping === 'string') return;
    setBusy(true);
    setError(null);
    try {
      const result = await bridge().saveMapping({ file, mapping });
      onSaved(`已保存版式规则“${mapping.name}”，并导入 ${baseName(result.file)}（${result.months.map(monthLabel).join('、')}）。该区县以后表头相同的文件会自动按此规则读取。`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mapping-body">
      <div className="mapping-grid-side">
        {view.sheets.length > 1 && (
          <div className="sheet-tabs" role="tablist">{view.sheets.map((s, i) => <button key={s.name} type="button" role="tab" aria-selected={i === sheetIndex} onClick={() => switchSheet(i)}>{s.name}</button>)}</div>
        )}
        <p className="hint">点击（或用方向键移到）某一列的表头单元格，再点右侧的指标，或按对应数字键 1–8。</p>
        <SheetGridView sheet={sheet} cursor={cursor} setCursor={setCursor} assigned={assigned} onKeyAssign={(i) => FIELDS[i] && assign(FIELDS[i].field)} />
      </div>
      <div className="mapping-form">
        <label>规则名称<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>区县<select value={county} onChange={(e) => setCounty(e.target.value)}>{view.counties.map((c) => <option key={c}>{c}</option>)}</select></label>
        <label className="inline-check"><input type="checkbox" checked={across} onChange={(e) => setAcross(e.target.checked)} />月份在列上（各指标成行）：请指向各指标的行标题</label>
        <p className="hint">月份取自文件名、标题或“统计月份”单元格；表中有月份列时请指定。</p>
        <ul className="field-list">
          {FIELDS.map(({ field, label }, i) => (
            <li key={field}>
              <span className="field-key">{i + 1}</span>
              <span className="field-name">{label}</span>
              <span className="field-cell">{assigned[field] ? `${columnLetters(assigned[field]!.col)}${assigned[field]!.row + 1}“${sheet.rows[assigned[field]!.row]?.[assigned[field]!.col] ?? ''}”` : '—'}</span>
              {field === 'wholeBloodUnits' && (
                <select aria-label="全血采集量的单位" value={unit} onChange={(e) => setUnit(e.target.value as 'U' | 'ml')}><option value="U">U</option><option value="ml">ml</option></select>
              )}
              <button type="button" className="small" onClick={() => assign(field)}>指定为所选单元格</button>
              {assigned[field] && <button type="button" className="small" onClick={() => change((m) => unassign(m, field))}>清除</button>}
            </li>
          ))}
        </ul>
        <p className="total-row-line">
          <span className="field-name">合计行</span>
          <span className="field-cell">{totalRow === null ? '自动识别（合计、总计、小计…）' : `第 ${totalRow + 1} 行“${sheet.rows[totalRow]?.find((t) => t !== '') ?? ''}”`}</span>
          <button type="button" className="small" onClick={() => change((m) => ({ ...m, totalRow: cursor.row }))}>设所选单元格所在行为合计行</button>
          {totalRow !== null && <button type="button" className="small" onClick={() => change((m) => ({ ...m, totalRow: null }))}>清除</button>}
        </p>
        {typeof mapping === 'string' ? <p className="hint mapping-missing">{mapping}</p> : <PreviewTable preview={preview} />}
        {error !== null && <Banner kind="error">{error}</Banner>}
        <div className="button-row">
          <button type="button" className="primary" disabled={busy || typeof mapping === 'string' || !preview || preview.problems.length > 0} onClick={save}>保存规则并导入</button>
        </div>
      </div>
    </div>
  );
}

/** The mapping when complete, else what is still missing (in Chinese). */
function toMapping(name: string, county: string, sheet: string, assigned: Assigned, unit: 'U' | 'ml', totalRow: number | null, across: boolean): MappingInput | string {
  const rows = new Set(Object.values(assigned).map((a) => a!.row));
  const cols = new Set(Object.values(assigned).map((a) => a!.col));
  const whole = assigned.wholeBloodDonors !== undefined || (assigned.wholeBlood200 !== undefined && assigned.wholeBlood400 !== undefined);
  const volume = assigned.wholeBloodUnits !== undefined || (assigned.wholeBlood200 !== undefined && assigned.wholeBlood400 !== undefined);
  if (name.trim() === '') return '请填写规则名称。';
  if (!whole || !volume) return '请指定“全血人次”和“全血采集量”列（或 200ml、400ml 各档人次列）。';
  if (!assigned.plateletDonors || !assigned.plateletDoses) return '请指定单采血小板的人次和治疗量列。';
  if (across) {
    // Months across: the reader turns the table, so the mapping is given turned (see core/import/mapping-types.ts).
    if (cols.size > 1) return '月份在列上时，各指标的行标题应在同一列：请指向同一列中的单元格。';
    const turned = Object.fromEntries(Object.entries(assigned).map(([field, at]) => [field, { col: at!.row, ...(field === 'wholeBloodUnits' ? { unit } : {}) }]));
    return { name: name.trim(), county, sheet, headerRow: [...cols][0], columns: turned, monthsAs: 'columns' };
  }
  if (rows.size > 1) return '所有指标的表头应在同一行：请指向同一行中的单元格。';
  const columns = Object.fromEntries(Object.entries(assigned).map(([field, at]) => [field, { col: at!.col, ...(field === 'wholeBloodUnits' ? { unit } : {}) }]));
  const headerRow = [...rows][0];
  if (totalRow !== null && totalRow <= headerRow) return '合计行应在表头之下。';
  return { name: name.trim(), county, sheet, headerRow, columns, ...(totalRow === null ? {} : { totalRow }) };
}

function SheetGridView({ sheet, cursor, setCursor, assigned, onKeyAssign }: {
  sheet: SheetPreviewView['sheets'][number]; cursor: { row: number; col: number }; setCursor: (c: { row: number; col: number }) => void; assigned: Assigned; onKeyAssign: (index: number) => void;
}) {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const fieldAt = new Map(Object.entries(assigned).map(([f, at]) => [`${at!.row}:${at!.col}`, FIELDS.find((x) => x.field === f)?.label ?? f]));
  const covered = new Set(sheet.merges.flatMap((m) => Array.from({ length: (m.bottom - m.top + 1) * (m.right - m.left + 1) }, (_, i) => `${m.top + Math.floor(i / (m.right - m.left + 1))}:${m.left + (i % (m.right - m.left + 1))}`).filter((k) => k !== `${m.top}:${m.left}`)));
  const keys = (e: KeyboardEvent) => {
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (move[e.key]) {
      e.preventDefault();
      setCursor({ row: Math.min(sheet.rows.length - 1, Math.max(0, cursor.row + move[e.key][0])), col: Math.min(width - 1, Math.max(0, cursor.col + move[e.key][1])) });
    } else if (/^[1-8]$/.test(e.key)) {
      e.preventDefault();
      onKeyAssign(Number(e.key) - 1);
    }
  };
  return (
    <div className="mapping-grid" tabIndex={0} role="grid" aria-label="工作表内容" aria-activedescendant={`cell-${cursor.row}-${cursor.col}`} onKeyDown={keys}>
      <table>
        <thead><tr><th aria-hidden="true" />{Array.from({ length: width }, (_, c) => <th key={c} scope="col">{columnLetters(c)}</th>)}</tr></thead>
        <tbody>
          {sheet.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {Array.from({ length: width }, (_, c) => {
                if (covered.has(`${r}:${c}`)) return null;
                const merge = sheet.merges.find((m) => m.top === r && m.left === c);
                const field = fieldAt.get(`${r}:${c}`);
                const selected = cursor.row === r && cursor.col === c;
                return (
                  <td key={c} id={`cell-${r}-${c}`} role="gridcell" aria-selected={selected} rowSpan={merge ? merge.bottom - merge.top + 1 : undefined} colSpan={merge ? merge.right - merge.left + 1 : undefined}
                    className={[selected ? 'selected' : '', field ? 'assigned' : '', merge ? 'merged' : ''].filter(Boolean).join(' ') || undefined}
                    title={row[c] ?? ''} onClick={() => setCursor({ row: r, col: c })}>
                    {field && <span className="field-tag">{field}</span>}{row[c] ?? ''}
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

function PreviewTable({ preview }: { preview: MappingPreview | null }) {
  if (preview === null) return <p className="hint">正在按映射试读…</p>;
  if (preview.problems.length > 0) return <div className="mapping-problems"><p>按此映射读取时发现问题，不能保存：</p><ul className="problems">{preview.problems.map((p, i) => <li key={i}>{problemText(p)}</li>)}</ul></div>;
  return (
    <div className="mapping-preview">
      <p>将保存以下数字（已通过合计等核对）：</p>
      <table className="list compact">
        <thead><tr><th scope="col">区县</th><th scope="col">月份</th><th scope="col">全血人次</th><th scope="col">全血（U）</th><th scope="col">单采血小板人次</th><th scope="col">治疗量</th></tr></thead>
        <tbody>
          {preview.records.map((r) => (
            <tr key={`${r.county}${r.month}`}>
              <th scope="row">{r.county}</th><td>{monthLabel(r.month)}</td>
              <td className="num" title={formatCells(r.cells.wholeBloodDonors ?? [])}>{count(r.figures.wholeBloodDonors)}</td>
              <td className="num" title={formatCells(r.cells.wholeBloodUnits ?? [])}>{count(r.figures.wholeBloodUnits)}</td>
              <td className="num" title={formatCells(r.cells.plateletDonors ?? [])}>{count(r.figures.plateletDonors)}</td>
              <td className="num" title={formatCells(r.cells.plateletDoses ?? [])}>{count(r.figures.plateletDoses)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">数字来源：{preview.records.map((r) => `${monthLabel(r.month)} 全血人次 ${formatCells(r.cells.wholeBloodDonors ?? [])}`).join('；')}</p>
    </div>
  );
}
