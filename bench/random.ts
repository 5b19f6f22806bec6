/* eslint-disable no-bitwise -- mulberry32 is defined on 32-bit integer operations. */
/**
 * A seeded pseudo-random source (mulberry32): every benchmark input is the same on every run, so two runs
 * measure the same work.
 */
export class Random {
  private state: number;

  public constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  public int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty list. */
  public pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Whether an event of probability `p` happens. */
  public chance(p: number): boolean {
    return this.next() < p;
  }
}
