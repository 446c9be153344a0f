import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withViewBox } from '../../../electron/core/charts/with-view-box.ts';

test('the root width/height become a viewBox; inner elements keep theirs', () => {
  const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="425" height="227">\n<rect width="425" height="227"/></svg>';
  assert.equal(withViewBox(svg, 425, 227),
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 425 227">\n<rect width="425" height="227"/></svg>');
});

test('a string without <svg> is refused in Chinese', () => {
  assert.throws(() => withViewBox('<html/>', 1, 1), /图表SVG缺少<svg>根元素/);
});
