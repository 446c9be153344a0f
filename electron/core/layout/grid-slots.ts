import type { Flow } from './flow.ts';
import { currentPage, ensureRoom, newPage } from './flow.ts';
import { LINES_PER_PAGE, PITCH } from './grid.ts';

/** Index of the first free grid line at or below the cursor (0–21 on a page; 22 means the page is full). */
export function nextSlot(flow: Flow): number {
  return Math.max(0, Math.ceil((flow.y - currentPage(flow).block.y) / PITCH - 1e-6));
}

/** Free grid lines left on the current page. */
export function slotsLeft(flow: Flow): number {
  return LINES_PER_PAGE - nextSlot(flow);
}

/** Takes the next grid line (starting a new portrait page when the page is full) and returns its top. */
export function takeSlot(flow: Flow): number {
  ensureRoom(flow, 0, 'portrait');
  if (slotsLeft(flow) <= 0) newPage(flow, 'portrait');
  const top = currentPage(flow).block.y + nextSlot(flow) * PITCH;
  flow.y = top + PITCH;
  return top;
}

/** Moves the cursor to the next grid line boundary (after tables and figures), so body text stays on the grid. */
export function snapToGrid(flow: Flow): void {
  if (currentPage(flow).orientation === 'portrait') flow.y = currentPage(flow).block.y + nextSlot(flow) * PITCH;
}
