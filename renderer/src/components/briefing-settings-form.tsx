/** The briefing's masthead and tail settings (简报名称, 期号, 编印单位, 日期, 内部资料, 报/送/发, 印数, 人口数据来源). */
import type { BriefingSettingsInput } from '../../../electron/shared/ipc-contract.ts';
import { dateLabel } from '../date-label.ts';

type Props = { readonly settings: BriefingSettingsInput; readonly onChange: (s: BriefingSettingsInput) => void };

/** The settings form, folded by default since it changes rarely. */
export function BriefingSettingsForm({ settings, onChange }: Props) {
  const set = (change: Partial<BriefingSettingsInput>) => onChange({ ...settings, ...change });
  const setRecipient = (key: '报' | '送' | '发', text: string) => set({ recipients: { ...settings.recipients, [key]: text } });
  return (
    <details className="panel settings">
      <summary>简报设置（报头、报送范围、印数）</summary>
      <div className="form-grid">
        <label>简报名称<input value={settings.name} onChange={(e) => set({ name: e.target.value })} /></label>
        <label>期号（第×期）<input type="number" min={1} value={settings.issueNumber} onChange={(e) => set({ issueNumber: Math.max(1, Math.trunc(Number(e.target.value) || 1)) })} /></label>
        <label>编印单位<input value={settings.unit} onChange={(e) => set({ unit: e.target.value })} /></label>
        <label>印发日期<input type="date" value={settings.date} onChange={(e) => set({ date: e.target.value })} /></label>
        <label className="check"><input type="checkbox" checked={settings.internal} onChange={(e) => set({ internal: e.target.checked })} />标注“内部资料”</label>
        <label className="check"><input type="checkbox" checked={settings.supplement} onChange={(e) => set({ supplement: e.target.checked })} />增刊</label>
        <label>报<input value={settings.recipients.报} placeholder="如：市卫生健康委员会" onChange={(e) => setRecipient('报', e.target.value)} /></label>
        <label>送<input value={settings.recipients.送} onChange={(e) => setRecipient('送', e.target.value)} /></label>
        <label>发<input value={settings.recipients.发} placeholder="如：各县（市、区）献血办" onChange={(e) => setRecipient('发', e.target.value)} /></label>
        <label>印数（份）<input type="number" min={1} value={settings.copies ?? ''} placeholder="不印则留空"
          onChange={(e) => set({ copies: e.target.value === '' ? null : Math.max(1, Math.trunc(Number(e.target.value) || 1)) })} /></label>
        <label className="wide">人口数据来源<input value={settings.populationSource ?? ''} placeholder="留空时用基础信息中各区县的人口数据来源"
          onChange={(e) => set({ populationSource: e.target.value })} /></label>
      </div>
      <p className="hint" data-testid="date-shown">
        {dateLabel(settings.date) === null ? '印发日期留空时使用生成当天的日期。' : `简报上将印为：${dateLabel(settings.date)}`}
      </p>
    </details>
  );
}
