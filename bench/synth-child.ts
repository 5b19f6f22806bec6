/**
 * One synth run in its own process: `tsx bench/synth-child.ts <kind> <n>`. Inputs are prepared (and, for the
 * raw kinds, every document rendered) before the clock starts; the clock covers building the app and
 * `app.synth()` into a temporary outdir, as `cdktf synth` runs it. Sends a {@link SynthRun} to the parent, or
 * prints it when run by hand.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { elapsedMs } from './harness';
import { REGION } from './names';
import { addConstruct, mixedCases, renderCase, STACK_ID } from './synth-cases';
import { CamPolicy, Suppressions, TencentcloudProvider } from '../lib';

/** What one synth run reports. */
export interface SynthRun {
  readonly ms: number;
  /** The process's peak resident set size, read before the output is checked. */
  readonly maxRssMb: number;
  /** How many `tencentcloud_cam_policy` resources were written. */
  readonly policies: number;
  /** SHA-256 of the sorted (name, document) pairs written: both kinds must synthesize the same policies. */
  readonly digest: string;
  /** Where `ms` went. */
  readonly phases: SynthPhases;
}

/**
 * The parts of one synth run: building the app (the constructs' own work), the framework's preparing
 * resolve, the validations (the library's checks), and writing (resolving and writing `cdk.tf.json`, the
 * annotations and the manifest). They add up to `ms`.
 */
export interface SynthPhases {
  readonly build: number;
  readonly prepare: number;
  readonly validate: number;
  readonly write: number;
}

/**
 * The kinds of app the synth benchmark compares, each writing the same policies:
 * - `constructs`: the library's constructs, validation on (what users run);
 * - `raw`: `CamPolicy` resources in the stack, documents rendered in advance (the target's floor);
 * - `nested`: the same raw resources, each one level down in a construct of its own, at the paths the constructs
 *   write them to (`<stack>/<id>/Policy`): what the framework itself charges for the construct level;
 * - `unvalidated`: the constructs in an app made with `skipValidation: true`: what building them costs, without the
 *   library's checks (and the framework's own, which are nothing here).
 */
export type SynthKind = 'constructs' | 'raw' | 'nested' | 'unvalidated';

const KINDS: readonly SynthKind[] = ['constructs', 'raw', 'nested', 'unvalidated'];

function main(): void {
  const [kind, countText] = process.argv.slice(2);
  const n = Number(countText);
  if (!KINDS.includes(kind as SynthKind) || !Number.isInteger(n) || n < 1) {
    throw new Error(`usage: synth-child.ts <${KINDS.join('|')}> <n>, got ${process.argv.slice(2).join(' ')}`);
  }
  const run = synthRun(kind as SynthKind, n);
  // Run by hand (e.g. under `node --cpu-prof`), there is no parent to send to: print it.
  if (process.send) process.send(run);
  else process.stdout.write(`${JSON.stringify(run)}\n`);
}

/** Synthesizes `n` policies of one kind into a temporary outdir (removed after) and reports the run. */
export function synthRun(kind: SynthKind, n: number): SynthRun {
  const constructs = kind === 'constructs' || kind === 'unvalidated';
  const cases = mixedCases(n);
  const documents = constructs ? [] : cases.map(renderCase);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-bench-synth-'));

  const timed = timeStackPhases();
  const start = process.hrtime.bigint();
  const app = new App({ outdir, skipValidation: kind === 'unvalidated' });
  const stack = new TerraformStack(app, STACK_ID);
  new TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  if (constructs) {
    cases.forEach((c) => addConstruct(stack, c));
    // As examples/teams.ts does: teams use docker and the CLI, not the console's listing APIs.
    Suppressions.of(stack).add({ ruleId: 'operation-level-via-wildcard', reason: 'Teams pull with docker and the CLI, never list in the console' });
  } else if (kind === 'nested') {
    cases.forEach((c, i) => new CamPolicy(new Construct(stack, c.id), 'Policy', { name: `${STACK_ID}-${c.id}`, document: documents[i] }));
  } else {
    cases.forEach((c, i) => new CamPolicy(stack, c.id, { name: `${STACK_ID}-${c.id}`, document: documents[i] }));
  }
  const build = elapsedMs(start);
  app.synth();
  const ms = elapsedMs(start);
  const phases: SynthPhases = { build, prepare: timed.prepare, validate: timed.validate, write: ms - build - timed.prepare - timed.validate };
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', STACK_ID, 'cdk.tf.json'), 'utf8'));
  const written = Object.values<{ name: string; document: string }>(tf.resource?.tencentcloud_cam_policy ?? {});
  const pairs = written.map((p) => JSON.stringify([p.name, p.document])).sort();
  fs.rmSync(outdir, { recursive: true, force: true });
  return { ms, maxRssMb, policies: written.length, digest: createHash('sha256').update(pairs.join('\n')).digest('hex'), phases };
}

/** The phase times of the current run, and whether the stack's methods are wrapped to take them. */
const totals = { prepare: 0, validate: 0 };
let timing = false;

/** Times the framework's preparing resolve and its validations, for every stack (the bench's own instrumentation). */
function timeStackPhases(): { prepare: number; validate: number } {
  totals.prepare = 0;
  totals.validate = 0;
  if (timing) return totals;
  timing = true;
  const wrap = (name: 'prepareStack' | 'runAllValidations', phase: keyof typeof totals) => {
    const original = TerraformStack.prototype[name];
    TerraformStack.prototype[name] = function timed(this: TerraformStack) {
      const begin = process.hrtime.bigint();
      try {
        return original.call(this);
      } finally {
        totals[phase] += elapsedMs(begin);
      }
    };
  };
  wrap('prepareStack', 'prepare');
  wrap('runAllValidations', 'validate');
  return totals;
}

if (require.main === module) main();
