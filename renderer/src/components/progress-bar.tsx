/** A labelled progress bar for long work (import of a batch, rendering a PDF). */
import type { Progress } from '../../../electron/shared/ipc-contract.ts';
import { baseName } from '../format.ts';

/** Shows "正在导入 3 / 12：文件名" over a bar. */
export function ProgressBar({ progress, label }: { readonly progress: Progress; readonly label: string }) {
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  return (
    <div className="progress">
      <div className="progress-label">
        {label} {progress.done} / {progress.total}
        {progress.current ? `：${baseName(progress.current)}` : ''}
      </div>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
