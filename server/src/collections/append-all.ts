/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an argument
 * on the stack and throws a RangeError past about 120,000 of them (a schema with that many
 * findings, a `.gitignore` with that many lines); a loop has no such limit.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
