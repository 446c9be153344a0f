/** Whether a figure went up, down or stayed level against its comparison period. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** The direction of a signed change. */
export function changeDirection(delta: number): ChangeDirection {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
}

/** The words official statistics use for a change: counts 增加 / 减少, rates 增长 / 下降, no change 持平. */
export interface ChangeWords {
  readonly count: string;
  readonly percent: string;
}

/** Standard change words by direction (overridable through the wording templates). */
export const CHANGE_WORDS: Readonly<Record<ChangeDirection, ChangeWords>> = {
  up: { count: '增加', percent: '增长' },
  down: { count: '减少', percent: '下降' },
  flat: { count: '持平', percent: '持平' },
};
