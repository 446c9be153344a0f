/**
 * 献血者编号 as small integers, for the repeat-donor counts of a records export. A quarter's export names hundreds of
 * thousands of donors: kept as a Map of strings they fill the streaming worker's small heap with objects the
 * garbage collector must trace again and again. Here each distinct text is copied once into a growing array of
 * UTF-16 code units and found again by its hash in an open-addressing table: no JavaScript object per donor.
 */

/** Gives each distinct text a dense id (0, 1, 2 … in order of first appearance). */
export interface DonorIds {
  id(text: string): number;
  /** How many distinct texts have been seen. */
  readonly size: number;
}

const EMPTY = -1;

/** An empty set of donor ids. */
export function donorIds(): DonorIds {
  let slots = new Int32Array(1 << 16).fill(EMPTY);
  let hashes = new Int32Array(1 << 15);
  let starts = new Int32Array((1 << 15) + 1);
  let chars = new Uint16Array(1 << 18);
  let size = 0;
  const grow = () => {
    const next = new Int32Array(slots.length * 2).fill(EMPTY);
    const mask = next.length - 1;
    for (let id = 0; id < size; id++) {
      let at = hashes[id]! & mask;
      while (next[at] !== EMPTY) at = (at + 1) & mask;
      next[at] = id;
    }
    slots = next;
  };
  const add = (text: string, hash: number): number => {
    const id = size++;
    if (id + 1 >= hashes.length) {
      hashes = longer(hashes, hashes.length * 2);
      starts = longer(starts, starts.length * 2);
    }
    const from = starts[id]!;
    if (from + text.length > chars.length) chars = longerChars(chars, Math.max(chars.length * 2, from + text.length));
    for (let i = 0; i < text.length; i++) chars[from + i] = text.charCodeAt(i);
    hashes[id] = hash;
    starts[id + 1] = from + text.length;
    // At most half the slots are used, so a probe ends soon at an empty one.
    if (size * 2 > slots.length) grow();
    return id;
  };
  const same = (id: number, text: string): boolean => {
    const from = starts[id]!;
    if (starts[id + 1]! - from !== text.length) return false;
    for (let i = 0; i < text.length; i++) if (chars[from + i] !== text.charCodeAt(i)) return false;
    return true;
  };
  return {
    id(text) {
      const hash = hashOf(text);
      const mask = slots.length - 1;
      for (let at = hash & mask; ; at = (at + 1) & mask) {
        const id = slots[at]!;
        if (id === EMPTY) {
          slots[at] = size;
          return add(text, hash);
        }
        if (hashes[id] === hash && same(id, text)) return id;
      }
    },
    get size() {
      return size;
    },
  };
}

/** FNV-1a over the code units, mixed at the end so that ids differing in their last characters spread over the table. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) & 0x7fffffff;
}

function longer(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

function longerChars(array: Uint16Array, length: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(length);
  next.set(array);
  return next;
}
