import { test } from 'node:test';
import assert from 'node:assert/strict';
import { donorIds } from '../../../../electron/core/import/records/donor-ids.ts';

test('each distinct 献血者编号 gets one dense id, kept through the table’s growth, texts told apart by every character', () => {
  const ids = donorIds();
  const texts = Array.from({ length: 200_000 }, (_, i) => `D${String((i * 7919) % 150_000).padStart(8, '0')}`);
  const expected = new Map<string, number>();
  for (const text of texts) {
    if (!expected.has(text)) expected.set(text, expected.size);
    assert.equal(ids.id(text), expected.get(text));
  }
  assert.equal(ids.size, 150_000);
  // A prefix, an empty text, Chinese and a long 身份证号 are texts of their own.
  const more = ['D0000001', '', '张三', '张三 ', '61052219800101123X', '61052219800101123x', 'x'.repeat(70_000)];
  const given = more.map((text) => ids.id(text));
  assert.deepEqual(given, more.map((_, i) => 150_000 + i));
  assert.deepEqual(more.map((text) => ids.id(text)), given);
  assert.equal(ids.id('D00000000'), 0);
});
