/** The quarter's headline figures and the county table, as the briefing will state them. */
import type { Change, QuarterSummary, Totals } from '../../../electron/core/model.ts';
import { changePercentText, changeText, count, monthLabel, permille } from '../format.ts';
import { TERMS } from '../glossary.ts';
import { DonorIndicators } from './donor-indicators.tsx';

/** Totals, comparisons, county rows and missing reports. */
export function QuarterFigures({ summary }: { readonly summary: QuarterSummary }) {
  const t = summary.totals;
  return (
    <div className="panel figures-block">
      <div className="cards">
        <Card label="献血总人次" value={count(t.donors)} unit="人次" note={`全血 + ${TERMS.plateletDonation}`} />
        <Card label="全血" value={count(t.wholeBloodDonors)} unit="人次" note={`${count(t.wholeBloodUnits)} U`} />
        <Card label={TERMS.plateletDonation} value={count(t.plateletDonors)} unit="人次" note={`${count(t.plateletDoses)} 个治疗量`} />
        <Card label="千人口献血率" value={permille(t.ratePerThousand)} unit="" note={summary.populationYear ? `人口为${summary.populationYear}年末数` : '缺少人口数'} />
      </div>
      <p className="compare-line">
        献血人次同比 {changeText(summary.donorsChange.yearOnYear)}，环比 {changeText(summary.donorsChange.quarterOnQuarter)}
      </p>
      <CountyTable summary={summary} />
      {summary.donationIndicators && <DonorIndicators indicators={summary.donationIndicators} />}
      {summary.missing.length > 0 && (
        <p className="missing">未报送：{summary.missing.map((m) => `${m.county}${monthLabel(m.month).slice(5)}`).join('、')}</p>
      )}
    </div>
  );
}

function Card({ label, value, unit, note }: { label: string; value: string; unit: string; note: string }) {
  return (
    <div className="card">
      <div className="card-label">{label}</div>
      <div className="card-value">{value}{unit !== '' && <span className="card-unit">{unit}</span>}</div>
      <div className="card-note" title={note}>{note}</div>
    </div>
  );
}

function CountyTable({ summary }: { summary: QuarterSummary }) {
  return (
    <div className="table-scroll">
      <table className="list compact">
        <thead>
          <tr><th scope="col">区县</th><th scope="col">献血人次</th><th scope="col">全血人次</th><th scope="col">全血（U）</th><th scope="col">{TERMS.plateletDonation}人次</th><th scope="col">治疗量</th><th scope="col">千人口献血率</th><th scope="col">同比</th></tr>
        </thead>
        <tbody>
          {summary.counties.map((c) => <Row key={c.name} name={c.name} t={c} yearOnYear={c.donorsChange.yearOnYear} />)}
          <Row name="全市" t={summary.totals} yearOnYear={summary.donorsChange.yearOnYear} total />
        </tbody>
      </table>
    </div>
  );
}

function Row({ name, t, yearOnYear, total }: { name: string; t: Totals; yearOnYear: Change | null; total?: boolean }) {
  return (
    <tr className={total ? 'total' : undefined}>
      <th scope="row">{name}</th>
      <td className="num">{count(t.donors)}</td><td className="num">{count(t.wholeBloodDonors)}</td><td className="num">{count(t.wholeBloodUnits)}</td>
      <td className="num">{count(t.plateletDonors)}</td><td className="num">{count(t.plateletDoses)}</td>
      <td className="num">{permille(t.ratePerThousand)}</td><td className="num">{changePercentText(yearOnYear)}</td>
    </tr>
  );
}
