/** 数据导入: drop or choose files and folders; a progress bar; one ✓ / ✗ / ⚠ line per file. */
import { useState, type DragEvent } from 'react';
import type { AppInfo, FileResult } from '../../../electron/shared/ipc-contract.ts';
import type { ScreenId } from '../screen-id.ts';
import { bridge, errorText } from '../api.ts';
import { Banner } from '../components/banner.tsx';
import { ConflictCompare } from '../components/conflict-compare.tsx';
import { MappingDialog } from '../components/mapping-dialog.tsx';
import { Icon } from '../components/icon.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { baseName, monthsLabel, problemText } from '../format.ts';
import { filterResults, groupRejected, type ResultFilter } from './result-filter.ts';
import { useImportState, type ImportState } from './use-import-state.ts';

export { useImportState };

/** The import screen. */
export function ImportScreen({ info, state, go }: { readonly info: AppInfo; readonly state: ImportState; readonly go: (s: ScreenId) => void }) {
  const [chooseError, setChooseError] = useState<string | null>(null);
  const choose = async (mode: 'files' | 'folder') => {
    setChooseError(null);
    try {
      await state.run(await bridge().chooseInputs({ mode }));
    } catch (e) {
      setChooseError(errorText(e));
    }
  };
  const drop = async (files: readonly File[]) => {
    setChooseError(null);
    try {
      await state.run(await bridge().registerDropped(files));
    } catch (e) {
      setChooseError(errorText(e));
    }
  };
  return (
    <section className="screen" aria-labelledby="import-title">
      <header className="screen-head">
        <h1 id="import-title">数据导入</h1>
        <p>导入各区县报送的月度采血报表和供血报表。有错误的文件不会保存任何数据，其他文件照常导入。</p>
      </header>
      {!info.hasProfile && (
        <Banner kind="info">
          尚未填写基础信息。导入前请先在 <button type="button" className="link" onClick={() => go('profile')}>基础信息</button> 页填写血站和区县。
        </Banner>
      )}
      <DropZone busy={state.busy} compact={state.results.length > 0} onDrop={drop} onChoose={choose} />
      {state.busy && (
        <div className="import-running">
          {state.progress ? <ProgressBar progress={state.progress} label="正在导入" /> : <p className="loading" role="status">正在读取所选文件…</p>}
          <button type="button" disabled={state.cancelling} onClick={() => void state.cancel()}>{state.cancelling ? '正在取消…' : '取消导入'}</button>
        </div>
      )}
      {!state.busy && state.cancelled !== null && (
        <Banner kind="info">
          已取消导入：下列 {state.results.length} 个文件已处理完毕（结果见下，每个文件要么完整保存、要么未保存），其余 {state.cancelled.length} 个文件未读取、未导入，可稍后重新选择导入。
        </Banner>
      )}
      {(chooseError ?? state.error) !== null && <Banner kind="error">{chooseError ?? state.error}</Banner>}
      <ResultList state={state} />
    </section>
  );
}

function DropZone({ busy, compact, onDrop, onChoose }: { busy: boolean; compact: boolean; onDrop: (files: File[]) => void; onChoose: (mode: 'files' | 'folder') => void }) {
  const [over, setOver] = useState(false);
  const handleDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!busy) onDrop([...event.dataTransfer.files]);
  };
  return (
    <div className={`dropzone${over ? ' over' : ''}${compact ? ' compact' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)} onDrop={handleDrop} data-testid="dropzone">
      <Icon name="upload" size={compact ? 24 : 36} />
      <div className="dropzone-text">
        <p className="dropzone-title">将报表文件或文件夹拖到这里</p>
        <p className="dropzone-hint">支持 Excel（.xlsx、.xls）、WPS（.et）、.ods、.csv；文件夹会包含其中所有子文件夹</p>
      </div>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => onChoose('files')}><Icon name="file" />选择文件…</button>
        <button type="button" disabled={busy} onClick={() => onChoose('folder')}><Icon name="folder" />选择文件夹…</button>
      </div>
    </div>
  );
}

const STATUS_TEXT: Record<FileResult['status'], string> = { imported: '已导入', unchanged: '未变化', rejected: '有错误', conflict: '有冲突' };

function ResultList({ state }: { state: ImportState }) {
  const [filter, setFilter] = useState<ResultFilter>('all');
  const [search, setSearch] = useState('');
  if (state.results.length === 0 && state.problems.length === 0) return null;
  const tally = (s: FileResult['status']) => state.results.filter((r) => r.status === s).length;
  const shown = sortByAttention(filterResults(state.results, filter, search));
  const chip = (value: ResultFilter, text: string) => (
    <button type="button" className={`chip chip-${value}`} aria-pressed={filter === value} onClick={() => setFilter(filter === value ? 'all' : value)}>{text}</button>
  );
  return (
    <div className="results">
      <h2>导入结果</h2>
      <p className="tally" role="status">
        共 {state.results.length} 个文件：已导入 {tally('imported')}，未变化 {tally('unchanged')}，有错误 {tally('rejected')}，有冲突 {tally('conflict')}
      </p>
      {state.results.length > 1 && (
        <div className="result-tools" role="group" aria-label="筛选导入结果">
          {chip('all', `全部 ${state.results.length}`)}
          {chip('imported', `✓ 已导入 ${tally('imported')}`)}
          {chip('unchanged', `＝ 未变化 ${tally('unchanged')}`)}
          {chip('rejected', `✗ 有错误 ${tally('rejected')}`)}
          {chip('conflict', `⚠ 有冲突 ${tally('conflict')}`)}
          <label className="search-field"><Icon name="search" size={16} />
            <input type="search" value={search} placeholder="按文件名或区县查找" aria-label="按文件名或区县查找" onChange={(e) => setSearch(e.target.value)} />
          </label>
        </div>
      )}
      <ul className="result-list">
        {filter === 'all' && search === '' && state.problems.map((p, i) => (
          <li key={`p${i}`} className="result rejected"><StatusMark status="rejected" /><div><div className="result-file">{p.file}</div><div>{p.message}</div></div></li>
        ))}
        {groupRejected(shown).map((g) => (g.files.length > 1
          ? <RejectedGroup key={g.key} files={g.files} />
          : <ResultItem key={g.files[0].file} result={g.files[0]} decided={state.decided[g.files[0].file]} decide={state.decide} />))}
        {shown.length === 0 && <li className="muted">没有符合条件的文件。</li>}
      </ul>
      {state.skipped.length > 0 && (
        <details className="skipped">
          <summary>另有 {state.skipped.length} 个文件不是报表，未读取</summary>
          <ul>{state.skipped.map((p) => <li key={p.file}><span className="result-file" title={p.file}>{baseName(p.file)}</span>：{p.message}</li>)}</ul>
        </details>
      )}
    </div>
  );
}

/** Several files refused for the same reason: the reason once, then the files. */
function RejectedGroup({ files }: { files: readonly FileResult[] }) {
  return (
    <li className="result rejected group">
      <StatusMark status="rejected" />
      <div className="result-body">
        <div className="result-file">{files.length} 个文件出现相同的错误<span className="status-text">有错误</span></div>
        <ResultDetail result={files[0]} />
        <ul className="group-files">{files.map((f) => <li key={f.file} className="result-file" title={f.file}>{baseName(f.file)}</li>)}</ul>
      </div>
    </li>
  );
}

const ATTENTION: Record<FileResult['status'], number> = { rejected: 0, conflict: 1, imported: 2, unchanged: 3 };

/** Files that need the user come first; the batch order is kept within each status. */
function sortByAttention(results: readonly FileResult[]): FileResult[] {
  return [...results].sort((a, b) => ATTENTION[a.status] - ATTENTION[b.status]);
}

function StatusMark({ status }: { status: FileResult['status'] }) {
  const icon = { imported: 'check', unchanged: 'equal', rejected: 'cross', conflict: 'warn' } as const;
  return <span className={`mark ${status}`} aria-label={STATUS_TEXT[status]} title={STATUS_TEXT[status]}><Icon name={icon[status]} /></span>;
}

function ResultItem({ result, decided, decide }: { result: FileResult; decided?: 'replace' | 'keep'; decide: ImportState['decide'] }) {
  const quiet = (result.status === 'imported' || result.status === 'unchanged') && result.notices.length === 0 && decided === undefined;
  return (
    <li className={`result ${result.status}${quiet ? ' compact' : ''}`}>
      <StatusMark status={result.status} />
      <div className="result-body">
        <div className="result-file" title={result.file}>{baseName(result.file)}<span className="status-text">{STATUS_TEXT[result.status]}</span></div>
        <ResultDetail result={result} />
        {decided === 'replace' && <p className="decided">已替换为本文件数据，原数据保留在历史记录中。</p>}
        {result.status === 'conflict' && <ConflictBlock result={result} decided={decided} decide={decide} />}
        {result.notices.length > 0 && <ul className="notices">{result.notices.map((n, i) => <li key={i} className={isRuleWarning(n.message) ? 'rule-warning' : undefined}>{problemText(n)}</li>)}</ul>}
      </div>
    </li>
  );
}

/** A validation rule's warning (the label check-records.ts writes): stored with the import and shown in 数据总览 too. */
function isRuleWarning(message: string): boolean {
  return message.startsWith('警告（规则');
}

/** A refusal the importer could not understand the table of: staff can map the sheet once. */
const NOT_UNDERSTOOD = /没有找到可识别的|表头中没有|没有注明单位|版式规则/;

function ResultDetail({ result }: { result: FileResult }) {
  const [mapping, setMapping] = useState(false);
  const [mapped, setMapped] = useState<string | null>(null);
  if (result.status === 'rejected') {
    const mappable = result.problems.some((p) => NOT_UNDERSTOOD.test(p.message)) && mapped === null;
    return (
      <>
        <ul className="problems">{result.problems.map((p, i) => <li key={i}>{problemText(p)}</li>)}</ul>
        {mappable && <button type="button" className="small" onClick={() => setMapping(true)}>映射…</button>}
        {mapped !== null && <p className="decided">{mapped}</p>}
        {mapping && <MappingDialog file={result.file} onClose={() => setMapping(false)} onSaved={(message) => { setMapping(false); setMapped(message); }} />}
      </>
    );
  }
  const who = [...result.counties, ...result.hospitals].join('、');
  const what = [result.collections > 0 ? `采血记录 ${result.collections} 条` : '', result.supplies > 0 ? `供血记录 ${result.supplies} 条` : ''].filter((s) => s !== '').join('，');
  const note = result.status === 'unchanged' ? '（与已导入的数据完全相同，未重复保存）' : '';
  return <div className="result-detail">{[who, monthsLabel(result.months), what].filter((s) => s !== '').join(' · ')}{note}</div>;
}

function ConflictBlock({ result, decided, decide }: { result: FileResult; decided?: 'replace' | 'keep'; decide: ImportState['decide'] }) {
  return (
    <div className="conflicts">
      <p>本文件的数据与已导入的数据不一致，尚未保存。请核对后选择：</p>
      <div className="compare-row">{result.conflicts.map((c, i) => <ConflictCompare key={i} conflict={c} />)}</div>
      {decided === 'keep'
        ? <p className="decided">已保留原有数据，本文件未导入。</p>
        : (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => decide(result.file, 'replace')}>替换为本文件数据</button>
            <button type="button" onClick={() => decide(result.file, 'keep')}>保留已有数据</button>
          </div>
        )}
    </div>
  );
}
