import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelNotes } from '../../../electron/core/briefing/label-notes.ts';
import { DEFAULT_WORDING } from '../../../electron/core/briefing/wording.ts';

test('several notes are numbered under one 说明 label; a single note is only labelled', () => {
  assert.deepEqual(labelNotes(['数据来源：月报。', '排名按率。'], DEFAULT_WORDING), ['说明：1. 数据来源：月报。', '2. 排名按率。']);
  assert.deepEqual(labelNotes(['SHA-256为文件内容摘要。'], DEFAULT_WORDING), ['说明：SHA-256为文件内容摘要。']);
  assert.deepEqual(labelNotes([], DEFAULT_WORDING), []);
});
