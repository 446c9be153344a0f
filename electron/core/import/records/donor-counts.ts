/**
 * The donors of one county-month by id (donor-ids.ts), each with how often they gave and whether a donation was
 * marked 再次: two typed arrays in open addressing, so a county-month of 50 000 donors is two arrays, not 50 000
 * entries of a Map.
 */

/** A county-month's donors: how many, and how many gave more than once or were marked 再次. */
export interface DonorCounts {
  add(id: number, markedRepeat: boolean): void;
  donors(): number;
  repeatDonors(): number;
}

const EMPTY = -1;
/** The bit of a donor's number that says a donation was marked 再次; the rest counts the donations. */
const REPEAT_MARK = 1 << 30;

/** No donors yet. */
export function donorCounts(): DonorCounts {
  let ids = new Int32Array(1 << 10).fill(EMPTY);
  let seen = new Int32Array(1 << 10);
  let size = 0;
  const grow = () => {
    const oldIds = ids;
    const oldSeen = seen;
    ids = new Int32Array(oldIds.length * 2).fill(EMPTY);
    seen = new Int32Array(oldIds.length * 2);
    const mask = ids.length - 1;
    for (let i = 0; i < oldIds.length; i++) {
      if (oldIds[i] === EMPTY) continue;
      let at = slotOf(oldIds[i]!, mask);
      while (ids[at] !== EMPTY) at = (at + 1) & mask;
      ids[at] = oldIds[i]!;
      seen[at] = oldSeen[i]!;
    }
  };
  return {
    add(id, markedRepeat) {
      const mask = ids.length - 1;
      let at = slotOf(id, mask);
      while (ids[at] !== EMPTY && ids[at] !== id) at = (at + 1) & mask;
      const mark = markedRepeat ? REPEAT_MARK : 0;
      if (ids[at] === id) {
        seen[at] = (seen[at]! | mark) + 1;
        return;
      }
      ids[at] = id;
      seen[at] = 1 | mark;
      size += 1;
      if (size * 2 > ids.length) grow();
    },
    donors: () => size,
    repeatDonors() {
      let repeat = 0;
      // More than one donation this month, or marked 再次 (given before).
      for (let i = 0; i < ids.length; i++) if (ids[i] !== EMPTY && ((seen[i]! & REPEAT_MARK) !== 0 || (seen[i]! & ~REPEAT_MARK) > 1)) repeat += 1;
      return repeat;
    },
  };
}

/** Ids are dense (0, 1, 2 …): spread them so that neighbours do not crowd one run of slots. */
function slotOf(id: number, mask: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 0 & mask;
}
