/**
 * An async iterable of rows made from an async source of chunks: each chunk is turned into the rows it
 * completes, and those are handed out from a buffer, one settled promise per row. An async generator would
 * pay its queue and an extra await per yielded row, which at a million rows costs more than reading them.
 */

/** Rows from `source`: `take` turns a chunk into the rows it completes, `finish` gives the rows left at the end. */
export function bufferedRows<C, R>(source: AsyncIterable<C>, take: (chunk: C) => R[], finish: () => R[]): AsyncIterable<R> {
  return {
    [Symbol.asyncIterator]: () => {
      const chunks = source[Symbol.asyncIterator]();
      let buffer: R[] = [];
      let at = 0;
      let ended = false;
      const refill = async (): Promise<IteratorResult<R>> => {
        while (at >= buffer.length) {
          if (ended) return { value: undefined, done: true };
          const step = await chunks.next();
          if (step.done) {
            ended = true;
            buffer = finish();
          } else buffer = take(step.value);
          at = 0;
        }
        return { value: buffer[at++]!, done: false };
      };
      return {
        next: () => (at < buffer.length ? Promise.resolve({ value: buffer[at++]!, done: false }) : refill()),
        // Leaving the loop early closes the file (and the inflater) behind the chunks.
        return: async () => {
          ended = true;
          buffer = [];
          await chunks.return?.();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
