/**
 * The screen and the PDF state the same 同比: the change is computed once (stats/change.ts, exact half-up) and
 * the screen formats it with the core's formatter. Checked against independent integer arithmetic on every
 * pair of counts up to 300 — the exact ties (103 against 80 is +28.75 %) included, where floating point
 * rounded the other way and the screen said +28.7 % while the PDF said +28.8 %.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countyRow } from '../../electron/core/briefing/county-row.ts';
import { change } from '../../electron/core/stats/change.ts';
import { changePercentText, changeText } from '../../renderer/src/format.ts';

/** (current − previous) ÷ previous in %, one decimal, half away from zero, in integers only. */
function exactPercent(current: number, previous: number): string {
  const tenths = (BigInt(current - previous) * 1000n * 2n + (current >= previous ? 1n : -1n) * BigInt(previous)) / (2n * BigInt(previous));
  const sign = tenths > 0n ? '+' : tenths < 0n ? '-' : '';
  const abs = tenths < 0n ? -tenths : tenths;
  return `${sign}${abs / 10n}.${abs % 10n}%`;
}

const TOTALS = { donors: 0, wholeBloodDonors: 0, wholeBloodUnits: 0, plateletDonors: 0, plateletDoses: 0, ratePerThousand: null };

function pdfCell(current: number, previous: number): string {
  const cells = countyRow({ rank: 1, name: '临渭区', population: null, totals: { ...TOTALS, donors: current }, yearOnYear: change(current, previous), target: null, reported: true }, false);
  return cells[9].text;
}

test('103 against 80 reads +28.8 % on screen, as in the PDF (an exact tie, rounded half-up)', () => {
  assert.equal(changePercentText(change(103, 80)), '+28.8%');
  assert.equal(pdfCell(103, 80), '28.8');
  assert.equal(changeText(change(103, 80)), '+23（+28.8%）');
  assert.equal(((103 - 80) / 80 * 100).toFixed(1), '28.7', 'floating point alone rounds this tie down: the case is a real one');
});

test('screen and PDF agree with exact arithmetic on every pair of counts up to 300', () => {
  let ties = 0;
  for (let previous = 1; previous <= 300; previous++) {
    for (let current = 0; current <= 300; current++) {
      const expected = exactPercent(current, previous);
      const screen = changePercentText(change(current, previous));
      assert.equal(screen, expected, `${current} against ${previous}`);
      assert.equal(pdfCell(current, previous), expected.replace(/^\+/, '').replace(/%$/, ''), `${current} against ${previous}`);
      // An exact tie: the hundredths digit is exactly 5 and nothing follows it.
      if (((current - previous) * 2000) % previous === 0 && ((current - previous) * 1000) % previous !== 0) ties++;
    }
  }
  assert.ok(ties > 500, `the grid holds ${ties} exact ties`);
});

test('no base to compare with is a dash, never 0 % or Infinity', () => {
  assert.equal(changePercentText(change(5, 0)), '—');
  assert.equal(changePercentText(null), '—');
  assert.equal(changeText(null), '—');
});
