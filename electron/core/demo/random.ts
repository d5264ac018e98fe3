/**
 * A small seeded random generator (mulberry32) for demo data: the same seed gives the same
 * schools on every machine and every run.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A number around `mean`, spread by ± `spread`. */
  around(mean: number, spread: number): number {
    return mean + (this.next() * 2 - 1) * spread;
  }

  /** A share around `mean`, spread by ± `spread`, clamped to [0, 1]. */
  share(mean: number, spread: number): number {
    return Math.min(1, Math.max(0, this.around(mean, spread)));
  }

  /** `round(total × share)` with a share drawn around `mean`. */
  partOf(total: number, mean: number, spread: number): number {
    return Math.min(total, Math.round(total * this.share(mean, spread)));
  }

  /** Splits `total` into parts proportional to `weights` (with noise); the parts add up to `total`. */
  split(total: number, weights: readonly number[]): number[] {
    const noisy = weights.map((weight) => weight * (0.6 + this.next() * 0.8));
    const sum = noisy.reduce((a, b) => a + b, 0);
    const parts = noisy.map((weight) => Math.floor((total * weight) / sum));
    const receivers = parts.map((_, index) => index).filter((index) => (weights[index] ?? 0) > 0);
    let rest = total - parts.reduce((a, b) => a + b, 0);
    for (let turn = 0; rest > 0 && receivers.length > 0; turn += 1, rest -= 1) parts[receivers[turn % receivers.length]!]! += 1;
    return parts;
  }
}
