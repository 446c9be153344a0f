/** A conflict side by side: stored figures and their source against the incoming file's figures. */
import type { ConflictView } from '../../../electron/shared/ipc-contract.ts';
import { COLLECTION_LABELS, count, monthLabel, sourceText, SUPPLY_LABELS, timeLabel } from '../format.ts';

/** The comparison table of one conflict; differing figures are highlighted. */
export function ConflictCompare({ conflict }: { readonly conflict: ConflictView }) {
  const labels = conflict.kind === 'collection' ? COLLECTION_LABELS : SUPPLY_LABELS;
  return (
    <table className="compare">
      <caption>{conflict.subject} {monthLabel(conflict.month)}</caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">已有数据<div className="source">{sourceText(conflict.stored.source)}{conflict.stored.importedAt ? ` · 导入于 ${timeLabel(conflict.stored.importedAt)}` : ''}</div></th>
          <th scope="col">本文件数据<div className="source">{sourceText(conflict.incoming.source)}</div></th>
        </tr>
      </thead>
      <tbody>
        {labels.map(([key, label]) => {
          const stored = conflict.stored.figures[key];
          const incoming = conflict.incoming.figures[key];
          return (
            <tr key={key} className={stored !== incoming ? 'differs' : undefined}>
              <th scope="row">{label}</th>
              <td className="num">{count(stored)}</td>
              <td className="num">{count(incoming)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
