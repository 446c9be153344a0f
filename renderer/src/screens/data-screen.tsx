/**
 * 数据管理: undo and redo of the last deletion or restore, the act log, the imports (each deletable after seeing
 * what it stored), backups (to a chosen file, from a backup after seeing what it replaces, the automatic ones)
 * and the issued briefings with 重新生成. Nothing here changes data without a confirmation naming the change.
 */
import type { ActView, BackupChoice, DataOverview, ImportDeletionView } from '../../../electron/shared/ipc-contract.ts';
import { parseQuarter, quarterLabel } from '../../../electron/core/period/quarter.ts';
import { Banner } from '../components/banner.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { baseName, monthLabel, monthsLabel, shortList, timeLabel } from '../format.ts';
import { useDataManagement, type DataManagement, type Pending } from './use-data-management.ts';

const KIND_LABEL: Readonly<Record<ActView['kind'], string>> = { 'delete-import': '删除导入', 'restore-version': '恢复版本', undo: '撤销', redo: '重做' };
const AFTERWARDS: Readonly<Record<ImportDeletionView['versions'][number]['afterwards'], string>> = {
  previous: '恢复为此前导入的数据', none: '该月将没有数据', later: '当前数据来自其他导入，不受影响',
};

/** The 数据管理 screen. */
export function DataScreen() {
  const state = useDataManagement();
  const { overview, message } = state;
  return (
    <section className="screen" aria-labelledby="data-title">
      <header className="screen-head row">
        <div>
          <h1 id="data-title">数据管理</h1>
          <p>删除导错的数据、恢复早先的版本、撤销或重做上一步；备份与恢复数据库；重新生成已发简报。</p>
        </div>
        <div className="button-row">
          <button type="button" disabled={state.busy || overview?.nextUndo == null} title={overview?.nextUndo ?? '没有可撤销的操作'} onClick={state.undo}>撤销上一项操作</button>
          <button type="button" disabled={state.busy || overview?.nextRedo == null} title={overview?.nextRedo ?? '没有可重做的操作'} onClick={state.redo}>重做</button>
        </div>
      </header>
      {message !== null && <Banner kind={message.kind}>{message.text}</Banner>}
      {overview === null ? <div className="panel"><p className="loading" role="status">正在读取…</p></div> : <Sections overview={overview} state={state} />}
      {state.pending !== null && <PendingDialog pending={state.pending} state={state} />}
    </section>
  );
}

function Sections({ overview, state }: { overview: DataOverview; state: DataManagement }) {
  return (
    <div className="data-sections">
      <div className="panel">
        <h2>操作记录</h2>
        <p className="muted">{overview.nextUndo === null ? '没有可撤销的操作。' : `“撤销上一项操作”将撤销：${overview.nextUndo}`}</p>
        {overview.nextRedo !== null && <p className="muted">“重做”将重做：{overview.nextRedo}</p>}
        {overview.acts.length > 0 && (
          <div className="table-scroll short">
            <table className="list">
              <thead><tr><th scope="col">时间</th><th scope="col">操作</th><th scope="col">内容</th></tr></thead>
              <tbody>{overview.acts.map((a) => (
                <tr key={a.actId} className={a.undone ? 'undone' : undefined}>
                  <td>{timeLabel(a.at)}</td><td>{KIND_LABEL[a.kind]}{a.undone ? '（已撤销）' : ''}</td><td className="wrap">{a.summary}</td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </div>
      <div className="panel">
        <h2>导入记录</h2>
        {overview.imports.length === 0 ? <p className="muted">尚无导入记录。</p> : (
          <div className="table-scroll short">
            <table className="list">
              <thead><tr><th scope="col">导入时间</th><th scope="col">文件</th><th scope="col">区县 / 医院</th><th scope="col">月份</th><th scope="col">新增</th><th scope="col">替换</th><th scope="col"><span className="sr-only">操作</span></th></tr></thead>
              <tbody>{overview.imports.map((i) => (
                <tr key={i.importId}>
                  <td>{timeLabel(i.importedAt)}</td>
                  <td className="wrap file-cell" title={`${i.file}\nSHA-256 ${i.sha256}`}>{baseName(i.file)}</td>
                  <td className="wrap">{shortList([...i.counties, ...i.hospitals])}</td>
                  <td className="wrap months">{monthsLabel(i.months)}</td>
                  <td className="num">{i.added}</td><td className="num">{i.replaced}</td>
                  <td><button type="button" className="small danger" disabled={state.busy} onClick={() => state.askDelete(i.importId)}>删除此次导入…</button></td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </div>
      <div className="panel">
        <h2>备份与恢复</h2>
        <p className="muted">数据库：{overview.databaseFile ?? '（仅在内存中）'}。每次导入、删除、恢复或撤销前都会自动备份，保留最近 10 份。</p>
        <div className="button-row">
          <button type="button" disabled={state.busy || overview.databaseFile === null} onClick={state.backup}>备份数据库到文件…</button>
          <button type="button" disabled={state.busy || overview.databaseFile === null} onClick={() => state.askRestore(null)}>从备份文件恢复…</button>
        </div>
        {overview.backups.length > 0 && (
          <div className="table-scroll short">
            <table className="list">
              <thead><tr><th scope="col">自动备份时间</th><th scope="col">文件</th><th scope="col">大小</th><th scope="col"><span className="sr-only">操作</span></th></tr></thead>
              <tbody>{overview.backups.map((b) => (
                <tr key={b.path}>
                  <td>{timeLabel(b.at)}</td><td className="wrap" title={b.path}>{b.name}</td><td className="num">{Math.max(1, Math.round(b.bytes / 1024))} KB</td>
                  <td><button type="button" className="small" disabled={state.busy} onClick={() => state.askRestore(b.path)}>恢复此备份…</button></td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </div>
      <div className="panel">
        <h2>已发简报</h2>
        {overview.briefings.length === 0 ? <p className="muted">尚无已发简报：在“生成简报”页导出的简报会在此存档。</p> : (
          <div className="table-scroll short">
            <table className="list">
              <thead><tr><th scope="col">期号</th><th scope="col">季度</th><th scope="col">生成时间</th><th scope="col">文件</th><th scope="col">PDF 校验值</th><th scope="col"><span className="sr-only">操作</span></th></tr></thead>
              <tbody>{overview.briefings.map((b) => (
                <tr key={b.id}>
                  <td>{b.issue}</td><td>{quarterText(b.quarter)}</td><td>{timeLabel(b.issuedAt)}</td>
                  <td className="wrap file-cell" title={b.file}>{baseName(b.file)}</td>
                  <td className="mono" title={`SHA-256 ${b.pdfSha256}`}>{b.pdfSha256.slice(0, 12)}</td>
                  <td><button type="button" className="small" disabled={state.busy} onClick={() => state.reissue(b.id)}>重新生成…</button></td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}

function PendingDialog({ pending, state }: { pending: Pending; state: DataManagement }) {
  if (pending.kind === 'delete') {
    const { plan } = pending;
    return (
      <ConfirmDialog title={`删除第 ${plan.importId} 次导入`} confirm="删除此次导入" danger busy={state.busy} onConfirm={state.confirm} onCancel={state.cancel}>
        <p>{baseName(plan.file)}（{timeLabel(plan.importedAt)} 导入）存入的 {plan.versions.length} 项数据将被删除：</p>
        <ul className="plan-list">{plan.versions.map((v) => <li key={`${v.kind}${v.subject}${v.month}`}>{v.subject} {monthLabel(v.month)}：{AFTERWARDS[v.afterwards]}</li>)}</ul>
        <p className="muted">删除前会自动备份；删除后可在本页“撤销上一项操作”。</p>
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog title="从备份恢复数据库" confirm="用此备份替换当前数据" danger busy={state.busy} onConfirm={state.confirm} onCancel={state.cancel}>
      <p>当前数据库的全部内容将被备份 {baseName(pending.path)} 的内容替换：</p>
      <SummaryCompare current={pending.choice.current} backup={pending.choice.backup} />
      <p className="muted">替换前，当前数据会另存为一份自动备份，如需反悔可再从它恢复。</p>
    </ConfirmDialog>
  );
}

function SummaryCompare({ current, backup }: { current: DatabaseSummary | null; backup: DatabaseSummary }) {
  const rows: readonly [string, (s: DatabaseSummary) => string][] = [
    ['导入次数', (s) => String(s.imports)],
    ['最近一次导入', (s) => (s.latestImport === null ? '—' : `${baseName(s.latestImport.file)}（${timeLabel(s.latestImport.importedAt)}）`)],
    ['数据月份', (s) => (s.months === null ? '—' : `${monthLabel(s.months.from)}至${monthLabel(s.months.to)}`)],
    ['区县数', (s) => String(s.counties)],
    ['已发简报', (s) => String(s.briefings)],
  ];
  return (
    <table className="list compare">
      <thead><tr><th scope="col">项目</th><th scope="col">当前数据库（将被替换）</th><th scope="col">备份（将替换为）</th></tr></thead>
      <tbody>{rows.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td className="wrap">{current === null ? '—' : value(current)}</td><td className="wrap">{value(backup)}</td></tr>)}</tbody>
    </table>
  );
}

/** What a database or a backup holds. */
type DatabaseSummary = BackupChoice['backup'];

/** "2025Q1" as "2025年第一季度". */
function quarterText(quarter: string): string {
  const parsed = parseQuarter(quarter);
  return parsed === null ? quarter : quarterLabel(parsed);
}
