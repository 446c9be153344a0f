/** The profile editor's state (the draft as typed) and its actions: save, JSON in and out, population from Excel. */
import { useEffect, useState } from 'react';
import type { Problem } from '../../../electron/core/model.ts';
import { bridge, errorText } from '../api.ts';
import { fromDraft, mergePopulation, toDraft, type ProfileDraft } from './profile-draft.ts';

/** A line for the banner, with the validator's problems when there are some. */
export type Message = { readonly kind: 'error' | 'info' | 'success'; readonly text: string; readonly problems?: readonly Problem[] };

/** The editor hook; `onSaved` runs after a successful save. */
export function useProfileEditor(onSaved: () => void) {
  const thisYear = new Date().getFullYear();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  // The draft as last loaded from or saved to the database: any difference is an unsaved change.
  const [stored, setStored] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const show = (d: ProfileDraft) => {
    setDraft(d);
    setStored(JSON.stringify(d));
  };
  useEffect(() => void bridge().getProfile({}).then((p) => show(toDraft(p, thisYear)), (e) => setMessage({ kind: 'error', text: errorText(e) })), [thisYear]);
  // Each action clears the last message first: the screen stays mounted, so an old "已保存" must not stand for a new save.
  const act = (work: (d: ProfileDraft) => Promise<Message | null>) => () => {
    if (draft === null) return;
    setMessage(null);
    work(draft).then(setMessage, (e) => setMessage({ kind: 'error', text: errorText(e) }));
  };
  const actions = {
    save: act(async (d) => {
      const result = await bridge().saveProfile({ profile: fromDraft(d) });
      if (!result.ok) return { kind: 'error', text: '基础信息有误，未保存：', problems: result.problems };
      // Show what was stored ("123,500" typed becomes 123500), so the screen never differs from the file.
      show(toDraft(await bridge().getProfile({}), thisYear));
      onSaved();
      return { kind: 'success', text: '基础信息已保存。' };
    }),
    importJson: act(async () => {
      const loaded = await bridge().importProfileFile({});
      if (loaded.file === null) return null;
      if (loaded.profile === null) return { kind: 'error', text: `无法导入 ${loaded.file}：`, problems: loaded.problems };
      setDraft(toDraft(loaded.profile, thisYear, true));
      return { kind: 'info', text: `已读取 ${loaded.file}，请核对后点击“保存”。` };
    }),
    exportJson: act(async (d) => {
      const written = await bridge().exportProfileFile({ profile: fromDraft(d) as Record<string, unknown> });
      return written.path === null ? null : { kind: 'success', text: `已导出到 ${written.path}` };
    }),
    importPopulation: act(async (d) => {
      const loaded = await bridge().importPopulationFile({});
      if (loaded.file === null) return null;
      if (loaded.rows.length === 0) return { kind: 'error', text: `未能从 ${loaded.file} 读取常住人口：`, problems: loaded.problems };
      const merged = mergePopulation(d, loaded);
      setDraft(merged.draft);
      const skipped = merged.unmatched.length > 0 ? `；以下名称不是已填写的区县，未导入：${merged.unmatched.join('、')}` : '';
      return { kind: loaded.problems.length > 0 ? 'error' : 'info', text: `已读取 ${loaded.rows.length} 个人口数，请核对后点击“保存”${skipped}`, problems: [...loaded.problems, ...loaded.warnings] };
    }),
  };
  const dirty = draft !== null && JSON.stringify(draft) !== stored;
  return { draft, setDraft, message, actions, dirty };
}
