import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateLabel } from '../../../renderer/src/date-label.ts';

describe('dateLabel', () => {
  it('writes dates as the briefing prints them, without zero padding (GB/T 9704-2012)', () => {
    assert.equal(dateLabel('2025-04-11'), '2025年4月11日');
    assert.equal(dateLabel('2025-10-01'), '2025年10月1日');
  });

  it('gives null for anything that is not a YYYY-MM-DD date', () => {
    assert.equal(dateLabel(''), null);
    assert.equal(dateLabel('2025/04/11'), null);
    assert.equal(dateLabel('11.04.2025'), null);
  });
});
