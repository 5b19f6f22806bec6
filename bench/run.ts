/**
 * `npm run bench`: the four measurements of issue 6 with their targets. Prints markdown tables and writes
 * bench/results.json. `npm run bench -- simulator packing` runs only the named measurements (synth,
 * simulator, packing, lint, access).
 */
import * as fs from 'fs';
import * as path from 'path';
import { measureAccessAnalysis } from './access-analysis';
import { elapsedMs } from './harness';
import { measureLint } from './lint-throughput';
import { measurePacking } from './packing';
import { BenchResults, checkTargets, formatTables, machine } from './report';
import { measureSimulator } from './simulator-throughput';
import { measureSynthOverhead } from './synth-overhead';

const MEASUREMENTS = ['synth', 'simulator', 'packing', 'lint', 'access'] as const;

async function run(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(MEASUREMENTS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`unknown measurement ${unknown.join(', ')}: choose from ${MEASUREMENTS.join(', ')}`);
  const wanted = (name: (typeof MEASUREMENTS)[number]) => asked.length === 0 || asked.includes(name);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const start = process.hrtime.bigint();
  const synth = wanted('synth') ? await measureSynthOverhead(log) : undefined;
  const simulator = wanted('simulator') ? measureSimulator(log) : undefined;
  const packing = wanted('packing') ? measurePacking() : undefined;
  const lint = wanted('lint') ? await measureLint(log) : undefined;
  const access = wanted('access') ? measureAccessAnalysis(log) : undefined;
  const partial = { date: new Date().toISOString(), machine: machine(), durationS: elapsedMs(start) / 1000, synth, simulator, packing, lint, access };
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };

  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, undefined, 2) + '\n');
  process.stdout.write(formatTables(results));
}

run().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
