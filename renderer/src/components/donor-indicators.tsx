/** 献血者构成 (issue 14): the shares only donation records or breakdown columns give, as the briefing's 表2 states them. */
import type { DonationIndicators, IndicatorsSummary, Share } from '../../../electron/core/model.ts';
import { formatFixed } from '../../../electron/core/format/format-numbers.ts';
import { count } from '../format.ts';

/** A share in % as "43.3" (the core's rounding; the headers say %; count and whole in the cell's title); "—" where the inputs do not give it. */
function shareText(share: Share | null | undefined): string {
  if (!share || share.percent === null) return '—';
  return formatFixed(share.percent, 1);
}

/** "30.0 / 25.0 / 35.0 / 10.0" under the header A/B/O/AB, so the table fits the panel at 1024 px. */
function aboText(abo: DonationIndicators['abo']): string {
  if (!abo) return '—';
  return (['A', 'B', 'O', 'AB'] as const).map((g) => shareText(abo[g])).join(' / ');
}

/** Counties ranked by 首次献血比例 (the briefing's order), then those without it, and the 全市 row. */
export function DonorIndicators({ indicators }: { readonly indicators: IndicatorsSummary }) {
  const ranked = indicators.rankingByFirstTime;
  const order = [...ranked, ...indicators.counties.map((c) => c.name).filter((n) => !ranked.includes(n))];
  return (
    <div className="table-scroll donor-indicators">
      <h3>献血者构成</h3>
      <table className="list compact">
        <thead>
          <tr><th scope="col">区县</th><th scope="col" title="首次献血比例">首次献血 %</th><th scope="col" title="重复（两次以上）献血者比例">重复献血者 %</th><th scope="col" title="400ml献血比例">400ml %</th><th scope="col" title="团体献血比例">团体 %</th><th scope="col" title="血型分布">A / B / O / AB %</th><th scope="col">RhD阴性</th></tr>
        </thead>
        <tbody>
          {order.map((name) => <Row key={name} name={name} s={indicators.counties.find((c) => c.name === name)!} />)}
          <Row name="全市" s={indicators.city} total />
        </tbody>
      </table>
    </div>
  );
}

function Row({ name, s, total }: { name: string; s: DonationIndicators; total?: boolean }) {
  return (
    <tr className={total ? 'total' : undefined}>
      <th scope="row">{name}</th>
      <td className="num" title={s.firstTime ? `${s.firstTime.count}/${s.firstTime.of}` : undefined}>{shareText(s.firstTime)}</td>
      <td className="num" title={s.repeatDonors ? `${s.repeatDonors.count}/${s.repeatDonors.of}` : undefined}>{shareText(s.repeatDonors)}</td>
      <td className="num">{shareText(s.ml400)}</td><td className="num">{shareText(s.group)}</td>
      <td>{aboText(s.abo)}</td><td className="num">{count(s.rhdNegative?.count)}</td>
    </tr>
  );
}
