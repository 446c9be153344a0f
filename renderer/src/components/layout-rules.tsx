/**
 * 版式规则 on the profile screen: the layouts taught on the 映射 screen, per county — when made and from
 * which file — each of which can be renamed, tested against a file, or deleted. Rules are saved on their own
 * (not with the editor's draft), so an open draft never drops a rule made meanwhile.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LayoutRule, Profile } from '../../../electron/core/model.ts';
import type { MappingPreview } from '../../../electron/shared/ipc-contract.ts';
import { bridge, errorText } from '../api.ts';
import { count, monthLabel, problemText } from '../format.ts';
import { Banner } from './banner.tsx';

/** The rules panel; it reads the stored profile itself whenever it is shown. */
export function LayoutRules() {
  const [rules, setRules] = useState<readonly LayoutRule[] | null>(null);
  const [uses, setUses] = useState<Readonly<Record<string, number>>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const reload = useCallback(() => Promise.all([bridge().getProfile({}), bridge().getLayoutUses({})])
    .then(([p, u]: [Profile | null, Readonly<Record<string, number>>]) => { setRules(p?.layouts ?? []); setUses(u); }, (e) => setMessage({ kind: 'error', text: errorText(e) })), []);
  useEffect(() => { void reload(); }, [reload]);
  const store = async (next: readonly LayoutRule[], done: string) => {
    const result = await bridge().saveLayouts({ layouts: next });
    if (result.ok) setMessage({ kind: 'success', text: done });
    else setMessage({ kind: 'error', text: result.problems.map(problemText).join('；') });
    await reload();
  };
  if (rules === null) return null;
  return (
    <div className="panel layout-rules">
      <h2>版式规则</h2>
      <p className="hint">在“数据导入”中对读不懂的报表点“映射…”即可建立规则；该区县以后表头相同的文件会自动按规则读取。规则随基础信息一起导出。</p>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      {rules.length === 0 ? <p className="hint">尚无版式规则。</p> : (
        <table className="list compact">
          <thead><tr><th scope="col">规则名称</th><th scope="col">区县</th><th scope="col">建立日期</th><th scope="col">来源文件</th><th scope="col">已读取</th><th scope="col">表头</th><th scope="col">操作</th></tr></thead>
          <tbody>{rules.map((rule) => <RuleRow key={rule.name} rule={rule} rules={rules} uses={uses[rule.name] ?? 0} store={store} />)}</tbody>
        </table>
      )}
    </div>
  );
}

function RuleRow({ rule, rules, uses, store }: { rule: LayoutRule; rules: readonly LayoutRule[]; uses: number; store: (next: readonly LayoutRule[], done: string) => Promise<void> }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [tested, setTested] = useState<string | null>(null);
  const test = async () => {
    const [file] = await bridge().chooseInputs({ mode: 'files' });
    if (!file) return;
    try {
      setTested(describeTest(await bridge().testLayoutRule({ name: rule.name, file })));
    } catch (e) {
      setTested(errorText(e));
    }
  };
  return (
    <tr>
      <th scope="row">
        {renaming === null ? rule.name : <input aria-label="新的规则名称" value={renaming} onChange={(e) => setRenaming(e.target.value)} />}
        {tested !== null && <div className="reading">{tested}</div>}
      </th>
      <td>{rule.county}</td><td>{rule.createdAt ?? '—'}</td><td>{rule.fromFile ?? '—'}</td><td className="num">{uses} 个文件</td><td className="reading">{rule.header.join(' | ')}</td>
      <td className="button-row">
        {renaming === null
          ? <button type="button" className="small" onClick={() => setRenaming(rule.name)}>重命名</button>
          : <button type="button" className="small" onClick={() => store(rules.map((r) => (r.name === rule.name ? { ...r, name: renaming.trim() } : r)), `规则已改名为“${renaming.trim()}”`).then(() => setRenaming(null))}>保存名称</button>}
        <button type="button" className="small" onClick={test}>用文件测试…</button>
        {confirming
          ? <><button type="button" className="small danger" onClick={() => store(rules.filter((r) => r.name !== rule.name), `已删除规则“${rule.name}”`)}>确认删除</button><button type="button" className="small" onClick={() => setConfirming(false)}>取消</button></>
          : <button type="button" className="small" onClick={() => setConfirming(true)}>删除</button>}
      </td>
    </tr>
  );
}

function describeTest(preview: MappingPreview): string {
  if (preview.problems.length > 0) return `测试结果：未能按此规则读取——${preview.problems.map(problemText).join('；')}`;
  return `测试结果：可读取 ${preview.records.map((r) => `${r.county}${monthLabel(r.month)} 全血 ${count(r.figures.wholeBloodDonors)} 人次`).join('、')}（未保存）`;
}
