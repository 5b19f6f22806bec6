// The benchmarks check their own results (both sides must agree) and abort when they do not; `npm run bench`
// is not part of npm test, so these run the same checks on small inputs, untimed, to keep the bench runnable.
import { measurePacking } from '../../bench/packing';
import { drawRequests } from '../../bench/requests';
import { checkAgainstNaive } from '../../bench/simulator-throughput';
import { synthRun } from '../../bench/synth-child';
import { buildTeamWorld } from '../../bench/team-policies';
import { compilePolicies } from '../../lib';

test('the simulator and the naive scan agree on the benchmark\'s requests (unknowns explained)', () => {
  const world = buildTeamWorld(20);
  const requests = drawRequests(world, 5_000);
  const compiled = compilePolicies(world.documents);
  const decided = requests.map((r) => compiled.decide(r));
  const counts = checkAgainstNaive(world.documents, requests, decided, (r) => compiled.simulate(r).failClosed.length > 0);
  expect(counts.allow).toBeGreaterThan(0);
  expect(counts['implicit-deny']).toBeGreaterThan(0);
  expect(counts.unknown).toBeGreaterThan(0);
});

test('the packing measurement\'s checks hold: every entry written, in order, within the limit', () => {
  const packing = measurePacking();
  expect(packing.cases.map((c) => c.k)).toEqual([100, 1_000]);
  expect(packing.fill).toBeGreaterThanOrEqual(0.95);
});

test('every kind of the synth benchmark writes the same policies (what its digest check compares)', () => {
  const runs = (['constructs', 'raw', 'nested', 'unvalidated'] as const).map((kind) => synthRun(kind, 30));
  expect(runs.map((r) => r.policies)).toEqual([30, 30, 30, 30]);
  expect(new Set(runs.map((r) => r.digest)).size).toBe(1);
});
