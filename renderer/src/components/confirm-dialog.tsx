/**
 * A modal confirmation for an act that changes stored data: it says what will change before anything is done,
 * and its buttons are named for what they do (the confirm button names the act, never a bare "确定"). Escape
 * and 取消 close it; focus starts on 取消, so Enter alone never deletes or replaces anything.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** The dialog; `busy` disables both buttons while the act runs. */
export function ConfirmDialog({ title, children, confirm, danger = false, busy = false, onConfirm, onCancel }: {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirm: string;
  readonly danger?: boolean;
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="confirm-backdrop" role="dialog" aria-modal="true" aria-labelledby="confirm-title"
      onKeyDown={(e) => { if (e.key === 'Escape' && !busy) onCancel(); }}>
      <div className="confirm-dialog">
        <h2 id="confirm-title">{title}</h2>
        <div className="confirm-body">{children}</div>
        <div className="button-row confirm-buttons">
          <button type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>{busy ? '正在处理…' : confirm}</button>
          <button type="button" ref={cancel} disabled={busy} onClick={onCancel}>取消</button>
        </div>
      </div>
    </div>
  );
}
