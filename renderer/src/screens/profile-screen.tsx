/** 基础信息: station, region, counties with aliases, 常住人口 by year and targets, hospitals; JSON import/export. */
import { useEffect, useState } from 'react';
import { Banner } from '../components/banner.tsx';
import { LayoutRules } from '../components/layout-rules.tsx';
import { problemText } from '../format.ts';
import { EMPTY_COUNTY, type CountyDraft, type HospitalDraft, type ProfileDraft } from './profile-draft.ts';
import { useProfileEditor, type Message } from './use-profile-editor.ts';

/** The profile screen; `onSaved` lets the shell refresh what depends on the profile. */
export function ProfileScreen({ onSaved, onDirty }: { readonly onSaved: () => void; readonly onDirty: (dirty: boolean) => void }) {
  const { draft, setDraft, message, actions, dirty } = useProfileEditor(onSaved);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  if (draft === null) return message ? <Banner kind="error">{message.text}</Banner> : <p className="loading" role="status">正在读取基础信息…</p>;
  return (
    <section className="screen profile" aria-labelledby="profile-title">
      <header className="screen-head row">
        <div>
          <h1 id="profile-title">基础信息{dirty && <span className="unsaved-tag">有未保存的修改</span>}</h1>
          <p>血站、区县（含别名和常住人口）、医院和年度任务。报表中的区县、医院名称按这里的名称和别名识别。</p>
        </div>
        <div className="button-row">
          <button type="button" className="primary" onClick={actions.save}>保存</button>
          <button type="button" onClick={actions.importJson}>导入 JSON…</button>
          <button type="button" onClick={actions.exportJson}>导出 JSON…</button>
        </div>
      </header>
      {message && !(message.kind === 'success' && dirty) && <MessageBanner message={message} />}
      <StationFields draft={draft} setDraft={setDraft} />
      <CountyTable draft={draft} setDraft={setDraft} onImportPopulation={actions.importPopulation} />
      <TargetTable draft={draft} setDraft={setDraft} />
      <HospitalTable draft={draft} setDraft={setDraft} />
      <LayoutRules />
    </section>
  );
}

function MessageBanner({ message }: { message: Message }) {
  return (
    <Banner kind={message.kind}>
      {message.text}
      {message.problems && message.problems.length > 0 && <ul className="problems">{message.problems.map((p, i) => <li key={i}>{problemText(p)}</li>)}</ul>}
    </Banner>
  );
}

type EditorProps = { draft: ProfileDraft; setDraft: (d: ProfileDraft) => void };

function StationFields({ draft, setDraft }: EditorProps) {
  return (
    <div className="panel form-grid">
      <label>血站名称<input value={draft.station} placeholder="如：渭南市中心血站" onChange={(e) => setDraft({ ...draft, station: e.target.value })} /></label>
      <label>地区名称<input value={draft.region} placeholder="如：渭南市" onChange={(e) => setDraft({ ...draft, region: e.target.value })} /></label>
    </div>
  );
}

function updateCounty(draft: ProfileDraft, index: number, change: Partial<CountyDraft>): ProfileDraft {
  return { ...draft, counties: draft.counties.map((c, i) => (i === index ? { ...c, ...change } : c)) };
}

/** A four-digit year box and its 添加年份 button; a year already there or not four digits is ignored. */
function YearAdder({ years, label, onAdd }: { years: readonly string[]; label: string; onAdd: (years: string[]) => void }) {
  const [newYear, setNewYear] = useState('');
  const add = () => {
    if (!/^\d{4}$/.test(newYear) || years.includes(newYear)) return;
    onAdd([...years, newYear].sort());
    setNewYear('');
  };
  return (
    <>
      <input className="year-input" value={newYear} placeholder="年份" aria-label={label} maxLength={4} onChange={(e) => setNewYear(e.target.value.trim())} />
      <button type="button" onClick={add}>添加年份</button>
    </>
  );
}

function CountyTable({ draft, setDraft, onImportPopulation }: EditorProps & { onImportPopulation: () => void }) {
  return (
    <div className="panel">
      <div className="panel-head">
        <h2>区县与常住人口</h2>
        <div className="button-row">
          <button type="button" onClick={() => setDraft({ ...draft, counties: [...draft.counties, EMPTY_COUNTY] })}>添加区县</button>
          <YearAdder years={draft.populationYears} label="新增人口年份" onAdd={(populationYears) => setDraft({ ...draft, populationYears })} />
          <button type="button" onClick={onImportPopulation}>从 Excel 导入人口…</button>
        </div>
      </div>
      <div className="table-scroll">
        <table className="edit">
          <colgroup>
            <col className="name" /><col className="aliases" />
            {draft.populationYears.map((y) => <col key={y} className="population" />)}
            <col /><col className="ops" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">区县名称</th><th scope="col">别名（用顿号分隔）</th>
              {draft.populationYears.map((y) => <th key={y} scope="col">{y}年末常住人口</th>)}
              <th scope="col">人口数据来源</th><th scope="col"><span className="sr-only">操作</span></th>
            </tr>
          </thead>
          <tbody>
            {draft.counties.map((c, i) => (
              <tr key={i}>
                <td><input value={c.name} aria-label={`第${i + 1}行 区县名称`} onChange={(e) => setDraft(updateCounty(draft, i, { name: e.target.value }))} /></td>
                <td><input value={c.aliases} aria-label={`第${i + 1}行 别名`} onChange={(e) => setDraft(updateCounty(draft, i, { aliases: e.target.value }))} /></td>
                {draft.populationYears.map((y) => (
                  <td key={y}><input className="num" inputMode="numeric" value={c.population[y] ?? ''} aria-label={`${c.name || `第${i + 1}行`} ${y}年末常住人口`}
                    onChange={(e) => setDraft(updateCounty(draft, i, { population: { ...c.population, [y]: e.target.value } }))} /></td>
                ))}
                <td><input value={c.populationSource} aria-label={`第${i + 1}行 人口数据来源`} placeholder="如：统计年鉴2024" onChange={(e) => setDraft(updateCounty(draft, i, { populationSource: e.target.value }))} /></td>
                <td><button type="button" className="small" aria-label={`删除第${i + 1}行区县`} onClick={() => setDraft({ ...draft, counties: draft.counties.filter((_, j) => j !== i) })}>删除</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">常住人口为年末数。计算某年季度的千人口献血率时，使用上一年（或之前最近一年）的人口数。</p>
    </div>
  );
}

function TargetTable({ draft, setDraft }: EditorProps) {
  return (
    <div className="panel">
      <div className="panel-head">
        <h2>年度任务（献血人次）</h2>
        <div className="button-row">
          <YearAdder years={draft.targetYears} label="新增任务年份" onAdd={(targetYears) => setDraft({ ...draft, targetYears })} />
        </div>
      </div>
      <table className="edit narrow">
        <thead><tr><th scope="col">区县</th>{draft.targetYears.map((y) => <th key={y} scope="col">{y}年任务</th>)}</tr></thead>
        <tbody>
          {draft.counties.map((c, i) => (
            <tr key={i}>
              <th scope="row">{c.name || `第${i + 1}行`}</th>
              {draft.targetYears.map((y) => (
                <td key={y}><input className="num" inputMode="numeric" value={c.targets[y] ?? ''} aria-label={`${c.name} ${y}年任务`}
                  onChange={(e) => setDraft(updateCounty(draft, i, { targets: { ...c.targets, [y]: e.target.value } }))} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function updateHospital(draft: ProfileDraft, index: number, change: Partial<HospitalDraft>): ProfileDraft {
  return { ...draft, hospitals: draft.hospitals.map((h, i) => (i === index ? { ...h, ...change } : h)) };
}

function HospitalTable({ draft, setDraft }: EditorProps) {
  return (
    <div className="panel">
      <div className="panel-head">
        <h2>医院</h2>
        <button type="button" onClick={() => setDraft({ ...draft, hospitals: [...draft.hospitals, { name: '', aliases: '' }] })}>添加医院</button>
      </div>
      {draft.hospitals.length === 0 ? <p className="muted">尚未填写医院。供血报表中的医院按这里的名称和别名识别。</p> : (
        <table className="edit narrow">
          <thead><tr><th scope="col">医院名称</th><th scope="col">别名（用顿号分隔）</th><th scope="col"><span className="sr-only">操作</span></th></tr></thead>
          <tbody>
            {draft.hospitals.map((h, i) => (
              <tr key={i}>
                <td><input value={h.name} aria-label={`第${i + 1}行 医院名称`} onChange={(e) => setDraft(updateHospital(draft, i, { name: e.target.value }))} /></td>
                <td><input value={h.aliases} aria-label={`第${i + 1}行 医院别名`} onChange={(e) => setDraft(updateHospital(draft, i, { aliases: e.target.value }))} /></td>
                <td><button type="button" className="small" aria-label={`删除第${i + 1}行医院`} onClick={() => setDraft({ ...draft, hospitals: draft.hospitals.filter((_, j) => j !== i) })}>删除</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
