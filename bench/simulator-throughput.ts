import { elapsedMs, timeRuns } from './harness';
import { entryRegExp, NaiveSimulator } from './naive-simulator';
import { drawRequests } from './requests';
import { buildTeamWorld } from './team-policies';
import { compilePolicies, Decision, SimulationRequest } from '../lib';

/** Policies of the team blueprint: 250 teams of four. */
const TEAMS = 250;
const REQUESTS = 100_000;
/** The naive baseline is timed on the first requests only: over all of them it would take minutes. */
const NAIVE_SAMPLE = 500;

/** The simulator throughput measurement. */
export interface SimulatorThroughput {
  readonly policies: number;
  readonly statements: number;
  readonly requests: number;
  /**
   * How the requests were decided (the same by both implementations, but for `unknown`: the naive scan takes every
   * match as given, the simulator declines to rely on a catalog assumption, and each of those is checked to say why).
   */
  readonly decisions: Record<Decision, number>;
  readonly compileMs: number;
  /** Median time of one pass over every request. */
  readonly medianMs: number;
  readonly runsMs: number[];
  readonly evalsPerSecond: number;
  readonly naiveSample: number;
  readonly naiveEvalsPerSecond: number;
  /** Simulator over naive, evaluations per second. */
  readonly speedup: number;
}

/**
 * Compiles the blueprint's 1,000 policies once and decides 100,000 requests with `decide` (one thread),
 * against the naive linear scan. Throws unless both decide every request the same way.
 */
export function measureSimulator(log: (line: string) => void): SimulatorThroughput {
  const world = buildTeamWorld(TEAMS);
  if (world.documents.length !== 4 * TEAMS) throw new Error(`expected ${4 * TEAMS} policies, the blueprint gave ${world.documents.length}`);
  const requests = drawRequests(world, REQUESTS);

  const compileStart = process.hrtime.bigint();
  const compiled = compilePolicies(world.documents);
  const compileMs = elapsedMs(compileStart);
  const out: Decision[] = new Array(requests.length);
  const timing = timeRuns(() => {
    for (let i = 0; i < requests.length; i++) out[i] = compiled.decide(requests[i]);
  }, { warmup: 2, runs: 7 });
  log(`simulator: ${timing.medianMs.toFixed(0)} ms for ${REQUESTS} requests`);

  const naive = new NaiveSimulator(world.documents);
  const sample = requests.slice(0, NAIVE_SAMPLE);
  const naiveTiming = timeRuns(() => sample.forEach((r) => naive.decide(r)), { warmup: 1, runs: 3 });
  log(`naive: ${naiveTiming.medianMs.toFixed(0)} ms for ${NAIVE_SAMPLE} requests`);

  const decisions = checkAgainstNaive(world.documents, requests, out, (request) => compiled.simulate(request).failClosed.length > 0);
  const evalsPerSecond = REQUESTS / (timing.medianMs / 1000);
  const naiveEvalsPerSecond = NAIVE_SAMPLE / (naiveTiming.medianMs / 1000);
  return {
    policies: world.documents.length,
    statements: compiled.statementCount,
    requests: REQUESTS,
    decisions,
    compileMs,
    medianMs: timing.medianMs,
    runsMs: timing.runsMs,
    evalsPerSecond,
    naiveSample: NAIVE_SAMPLE,
    naiveEvalsPerSecond,
    speedup: evalsPerSecond / naiveEvalsPerSecond,
  };
}

/**
 * The naive decision of every request against the simulator's. The naive code runs with its regular
 * expressions memoized and once per distinct request (an entry's regex does not depend on when it is built,
 * and a decision depends on the request alone), so the check takes seconds, not the naive's minutes.
 *
 * The naive scan knows nothing of the catalog's assumptions (an API the CAM page documents without a region,
 * reached through a regional resource entry): where the simulator answers `unknown`, the naive scan must have
 * found the allow the simulator declines to rely on, and the simulator must name the statements it could not
 * rely on (`explained`).
 */
export function checkAgainstNaive(
  documents: readonly string[], requests: readonly SimulationRequest[], decided: readonly Decision[],
  explained: (request: SimulationRequest) => boolean,
): Record<Decision, number> {
  const regexes = new Map<string, RegExp>();
  const memoized = (entry: string) => {
    let re = regexes.get(entry);
    if (!re) regexes.set(entry, (re = entryRegExp(entry)));
    return re;
  };
  const naive = new NaiveSimulator(documents, memoized);
  const known = new Map<string, Decision>();
  const counts: Record<Decision, number> = { 'allow': 0, 'explicit-deny': 0, 'implicit-deny': 0, 'unknown': 0 };
  requests.forEach((request, i) => {
    const key = JSON.stringify(request);
    let expected = known.get(key);
    if (expected === undefined) known.set(key, (expected = naive.decide(request)));
    const agree = decided[i] === 'unknown' ? expected === 'allow' && explained(request) : expected === decided[i];
    if (!agree) throw new Error(`simulator and naive disagree on ${JSON.stringify(request)}: ${decided[i]} vs ${expected}`);
    counts[decided[i]]++;
  });
  return counts;
}
