/**
 * A fixed-capacity ring of the newest items: pushing past the capacity overwrites the oldest, so
 * memory stays bounded however long a tail runs. Index 0 is the oldest item kept.
 */
export class RingBuffer<T> {
  private items: (T | undefined)[];
  private start = 0;
  private count = 0;
  /** Items that fell out because the buffer was full (or shrank). */
  evicted = 0;

  constructor(private capacityValue: number) {
    if (!(capacityValue >= 1)) throw new RangeError(`ring buffer capacity must be at least 1, got ${capacityValue}`);
    this.items = new Array<T | undefined>(capacityValue);
  }

  get capacity(): number {
    return this.capacityValue;
  }

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    if (this.count < this.capacityValue) {
      this.items[(this.start + this.count) % this.capacityValue] = item;
      this.count++;
      return;
    }
    this.items[this.start] = item;
    this.start = (this.start + 1) % this.capacityValue;
    this.evicted++;
  }

  /** The item at `index` (0 = oldest), or undefined outside the buffer. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.count) return undefined;
    return this.items[(this.start + index) % this.capacityValue];
  }

  forEach(visit: (item: T, index: number) => void): void {
    for (let index = 0; index < this.count; index++) visit(this.items[(this.start + index) % this.capacityValue] as T, index);
  }

  toArray(): T[] {
    const out: T[] = [];
    this.forEach((item) => out.push(item));
    return out;
  }

  /** Changes the capacity, keeping the newest items that fit. */
  resize(capacity: number): void {
    if (!(capacity >= 1)) throw new RangeError(`ring buffer capacity must be at least 1, got ${capacity}`);
    const kept = this.toArray().slice(-capacity);
    this.evicted += this.count - kept.length;
    this.capacityValue = capacity;
    this.items = new Array<T | undefined>(capacity);
    kept.forEach((item, index) => (this.items[index] = item));
    this.start = 0;
    this.count = kept.length;
  }

  clear(): void {
    this.items = new Array<T | undefined>(this.capacityValue);
    this.start = 0;
    this.count = 0;
  }
}
