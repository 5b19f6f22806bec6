import * as path from 'path';
import { median, runChild } from './harness';
import type { SynthKind, SynthPhases, SynthRun } from './synth-child';

/** The synth timings of one app size. */
export interface SynthSize {
  readonly n: number;
  readonly constructs: SynthSummary;
  readonly raw: SynthSummary;
  /** Median construct time over median raw time. */
  readonly ratio: number;
  /**
   * At N = 1,000 only: the raw resources one construct level down, and the constructs without validation (see
   * `SynthKind`), which split the ratio into the framework's cost of the level, building, and validation.
   * @default - not measured at this size
   */
  readonly breakdown?: { readonly nested: SynthSummary; readonly unvalidated: SynthSummary };
}

/** Median time and peak memory of one kind at one size. */
export interface SynthSummary {
  readonly medianMs: number;
  readonly runsMs: number[];
  /** The highest peak RSS of the runs. */
  readonly peakRssMb: number;
  /** The median of each phase over the runs: where the time goes. */
  readonly phasesMs: SynthPhases;
}

/** The synth overhead measurement: constructs against raw `CamPolicy` resources at each size. */
export interface SynthOverhead {
  readonly sizes: SynthSize[];
  /** Construct time at 10,000 over construct time at 1,000 (10 would be linear). */
  readonly scaling: number;
  /** The same for the raw resources: what cdktf itself does. */
  readonly rawScaling: number;
}

const CHILD = path.join(__dirname, 'synth-child.ts');

/** Runs per size (fewer for the largest, whose runs are long and steady), and the kinds run besides constructs and raw. */
const PLAN: ReadonlyArray<{ readonly n: number; readonly runs: number; readonly breakdown?: boolean }> = [
  { n: 100, runs: 5 },
  { n: 1_000, runs: 5, breakdown: true },
  { n: 10_000, runs: 3 },
];

/**
 * Synthesizes the realistic mix of constructs and, alternately, the same policies as raw resources, each run
 * in a fresh process (one warm-up pair first, to fill the file and compile caches). Throws if the two kinds
 * ever write different policies.
 */
export async function measureSynthOverhead(log: (line: string) => void): Promise<SynthOverhead> {
  await runChild<SynthRun>(CHILD, ['constructs', '100']);
  await runChild<SynthRun>(CHILD, ['raw', '100']);
  const sizes: SynthSize[] = [];
  for (const { n, runs, breakdown } of PLAN) {
    const kinds: readonly SynthKind[] = breakdown ? ['constructs', 'raw', 'nested', 'unvalidated'] : ['constructs', 'raw'];
    const results: Record<SynthKind, SynthRun[]> = { constructs: [], raw: [], nested: [], unvalidated: [] };
    // Kinds alternate within each round, so a slow spell of the machine touches them all alike.
    for (let i = 0; i < runs; i++) {
      for (const kind of kinds) results[kind].push(await runChild<SynthRun>(CHILD, [kind, String(n)]));
    }
    const all = kinds.flatMap((k) => results[k]);
    const digests = new Set(all.map((r) => r.digest));
    const counts = new Set(all.map((r) => r.policies));
    if (digests.size !== 1 || counts.size !== 1 || !counts.has(n)) {
      throw new Error(`synth n=${n}: the kinds (${kinds.join(', ')}) wrote different policies (${digests.size} digests, counts ${[...counts].join(', ')})`);
    }
    const constructs = summarize(results.constructs);
    const raw = summarize(results.raw);
    const split = breakdown ? { nested: summarize(results.nested), unvalidated: summarize(results.unvalidated) } : undefined;
    sizes.push({ n, constructs, raw, ratio: constructs.medianMs / raw.medianMs, ...(split ? { breakdown: split } : {}) });
    const extra = split ? `, nested raw ${split.nested.medianMs.toFixed(0)} ms, unvalidated constructs ${split.unvalidated.medianMs.toFixed(0)} ms` : '';
    log(`synth n=${n}: constructs ${constructs.medianMs.toFixed(0)} ms, raw ${raw.medianMs.toFixed(0)} ms${extra}`);
  }
  const at = (n: number) => sizes.find((s) => s.n === n)!;
  return {
    sizes,
    scaling: at(10_000).constructs.medianMs / at(1_000).constructs.medianMs,
    rawScaling: at(10_000).raw.medianMs / at(1_000).raw.medianMs,
  };
}

function summarize(runs: readonly SynthRun[]): SynthSummary {
  const runsMs = runs.map((r) => r.ms);
  const phase = (p: keyof SynthPhases) => median(runs.map((r) => r.phases[p]));
  const phasesMs = { build: phase('build'), prepare: phase('prepare'), validate: phase('validate'), write: phase('write') };
  return { medianMs: median(runsMs), runsMs, peakRssMb: Math.max(...runs.map((r) => r.maxRssMb)), phasesMs };
}
