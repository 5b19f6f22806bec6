import { fork } from 'child_process';

/** How a timed function is repeated. */
export interface RunPlan {
  /** Runs thrown away first, so the JIT has compiled the hot paths. */
  readonly warmup: number;
  /** Runs whose times are kept. */
  readonly runs: number;
}

/** The kept run times of one measurement. */
export interface Timing {
  /** The median of `runsMs`: what the table reports (robust to one slow run). */
  readonly medianMs: number;
  /** Every kept run, in order. */
  readonly runsMs: number[];
}

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times `fn` `plan.runs` times after `plan.warmup` discarded runs, in this process. */
export function timeRuns(fn: () => void, plan: RunPlan): Timing {
  for (let i = 0; i < plan.warmup; i++) fn();
  const runsMs: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    runsMs.push(elapsedMs(start));
  }
  return { medianMs: median(runsMs), runsMs };
}

/**
 * Runs a TypeScript module in a fresh Node process (with this process's loader flags, i.e. tsx) and
 * returns the one message it sends: a fresh process gives each run its own peak memory and a cold start,
 * as `cdktf synth` has.
 */
export function runChild<T>(modulePath: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(modulePath, [...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: T | undefined;
    child.on('message', (m) => { result = m as T; });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`${modulePath} ${args.join(' ')} exited with ${signal ?? code} without a result`));
    });
  });
}
