import type { Masthead } from '../doc-model.ts';
import { addItems, currentPage, type Flow } from './flow.ts';
import { BODY_SIZE, GRID_CHAR, PITCH } from './grid.ts';
import type { Box, LayoutItem } from './layout-types.ts';
import { measureLine } from './wrap-text.ts';
import { singleLine } from './single-line.ts';
import { plainStyle, RED } from './text-style.ts';
import { takeSlot } from './grid-slots.ts';

/** Largest size of the briefing name: 初号 (42 pt), reduced for long names so it stays within the block. */
const NAME_MAX_SIZE = 42;

/** Weight of the red rule under the masthead (a thick 反线). */
export const MASTHEAD_RULE = 2.5;

/**
 * The 简报 masthead at the top of page 1 (custom, as 简报 is not a statutory type): optional "内部资料" at the
 * top left, the briefing name large, red and centred, "第×期" under it, the compiling unit at the left and
 * the date at the right on one line, then a thick red rule the width of the block; two empty lines follow, so the
 * title sits 空二行 under the rule (GB/T 9704-2012 7.3.1: the title two lines below the red rule).
 */
export function layoutMasthead(flow: Flow, masthead: Masthead): void {
  const box = currentPage(flow).block;
  const size = nameSize(flow, masthead.name, box.width);
  const nameTop = box.y + PITCH;
  const issueTop = nameTop + size * 1.3 + 6;
  const lineTop = issueTop + PITCH + 10;
  const ruleY = lineTop + PITCH + 4;
  addItems(flow, [...internalMark(flow, masthead, box), ...nameAndIssue(flow, masthead, box, size, nameTop, issueTop),
    ...unitAndDate(flow, masthead, box, lineTop), rule(box, ruleY)]);
  flow.y = ruleY + MASTHEAD_RULE;
  takeSlot(flow);
  takeSlot(flow);
}

function nameSize(flow: Flow, name: string, width: number): number {
  const natural = measureLine(flow.fonts, name, plainStyle('title', NAME_MAX_SIZE));
  return natural <= width * 0.92 ? NAME_MAX_SIZE : Math.floor((NAME_MAX_SIZE * width * 0.92) / natural);
}

function internalMark(flow: Flow, masthead: Masthead, box: Box): LayoutItem[] {
  return masthead.internal ? singleLine(flow.fonts, '内部资料', plainStyle('heiti', BODY_SIZE), box.x, box.y, PITCH, 'left', 'masthead') : [];
}

function nameAndIssue(flow: Flow, m: Masthead, box: Box, size: number, nameTop: number, issueTop: number): LayoutItem[] {
  const centre = box.x + box.width / 2;
  return [...singleLine(flow.fonts, m.name, plainStyle('title', size, RED), centre, nameTop, size * 1.3, 'center', 'masthead'),
    ...singleLine(flow.fonts, m.issue, plainStyle('fangsong', BODY_SIZE), centre, issueTop, PITCH, 'center', 'masthead')];
}

/** 编印单位 one character in from the left, date one character in from the right. */
function unitAndDate(flow: Flow, m: Masthead, box: Box, top: number): LayoutItem[] {
  const style = plainStyle('fangsong', BODY_SIZE);
  return [...singleLine(flow.fonts, m.unit, style, box.x + GRID_CHAR, top, PITCH, 'left', 'masthead'),
    ...singleLine(flow.fonts, m.date, style, box.x + box.width - GRID_CHAR, top, PITCH, 'right', 'masthead')];
}

function rule(box: Box, y: number): LayoutItem {
  return { kind: 'rule', part: 'masthead', x1: box.x, y1: y, x2: box.x + box.width, y2: y, width: MASTHEAD_RULE, color: RED };
}
