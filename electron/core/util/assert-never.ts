/** Marks a switch as exhaustive: the compiler rejects a missing case, and a stray runtime value throws. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
