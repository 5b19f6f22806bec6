import * as os from 'os';
import type { AccessAnalysisBench } from './access-analysis';
import type { LintThroughput } from './lint-throughput';
import type { Packing } from './packing';
import type { SimulatorThroughput } from './simulator-throughput';
import type { SynthOverhead, SynthSummary } from './synth-overhead';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  readonly date: string;
  readonly machine: { readonly node: string; readonly cpus: number; readonly cpuModel: string; readonly platform: string };
  readonly durationS: number;
  readonly synth?: SynthOverhead;
  readonly simulator?: SimulatorThroughput;
  readonly packing?: Packing;
  readonly lint?: LintThroughput;
  readonly access?: AccessAnalysisBench;
  readonly targets: TargetCheck[];
}

/** One target of the issue, checked. */
export interface TargetCheck {
  readonly name: string;
  readonly value: number;
  readonly target: string;
  readonly met: boolean;
}

/** The machine the numbers come from. */
export function machine(): BenchResults['machine'] {
  const cpus = os.cpus();
  return { node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', platform: `${os.platform()} ${os.arch()}` };
}

/** The targets the measurements that ran can be checked against. */
export function checkTargets(r: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (name: string, value: number, target: string, met: boolean) => checks.push({ name, value, target, met });
  if (r.synth) {
    const at1k = r.synth.sizes.find((s) => s.n === 1_000)!;
    add('synth time, constructs / raw, N = 1,000', at1k.ratio, '≤ 1.5', at1k.ratio <= 1.5);
    add('synth time(10,000) / time(1,000), constructs', r.synth.scaling, '≤ 11', r.synth.scaling <= 11);
  }
  if (r.simulator) {
    add('simulator evaluations/s, one core', r.simulator.evalsPerSecond, '≥ 1,000,000', r.simulator.evalsPerSecond >= 1_000_000);
    add('simulator speed / naive speed', r.simulator.speedup, '≥ 20', r.simulator.speedup >= 20);
  }
  if (r.access) {
    add('access diff, 1,000 policies × 250 principals (ms)', r.access.diffMs, '≤ 2,000', r.access.diffMs <= 2000);
    add('who-can over them, one question (ms)', r.access.whoCanMs, '≤ 50', r.access.whoCanMs <= 50);
  }
  if (r.packing) add('packing: entries in one document / bound', r.packing.fill, '≥ 0.95', r.packing.fill >= 0.95);
  return checks;
}

/** The markdown tables printed at the end of a run and pasted into the README. */
export function formatTables(r: BenchResults): string {
  const lines: string[] = [];
  const row = (...cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(`Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.platform}, Node ${r.machine.node}; whole run ${r.durationS.toFixed(0)} s.`, '');
  row('Target', 'Measured', 'Target', 'Met');
  row('---', '---:', '---', '---');
  for (const t of r.targets) row(t.name, number(t.value, t.value < 100 ? 2 : 0), t.target, t.met ? 'yes' : '**no**');
  if (r.synth) {
    lines.push('', 'Synth (median of fresh processes; peak = highest max RSS of the runs):', '');
    row('N', 'constructs', 'peak RSS', 'raw CamPolicy', 'peak RSS', 'ratio');
    row('---:', '---:', '---:', '---:', '---:', '---:');
    for (const s of r.synth.sizes) {
      row(number(s.n), ms(s.constructs.medianMs), mb(s.constructs.peakRssMb), ms(s.raw.medianMs), mb(s.raw.peakRssMb), number(s.ratio, 2));
    }
    lines.push('', `time(10,000)/time(1,000): constructs ${number(r.synth.scaling, 2)}, raw ${number(r.synth.rawScaling, 2)}.`);
    const at1k = r.synth.sizes.find((s) => s.n === 1_000);
    if (at1k) {
      lines.push('', 'Where the time goes at N = 1,000 (medians: the whole run, and each phase: building the app, the framework\'s ' +
        'preparing resolve, the validations, writing cdk.tf.json and the manifest). Each row adds one thing to the one above: ' +
        'the framework\'s cost of one construct level, then the constructs themselves, then their validation:', '');
      row('', 'total', '/ raw', 'build', 'prepare', 'validate', 'write');
      row('---', '---:', '---:', '---:', '---:', '---:', '---:');
      const kinds: Array<readonly [string, SynthSummary]> = [['raw CamPolicy', at1k.raw]];
      if (at1k.breakdown) {
        kinds.push(['raw, one construct level down', at1k.breakdown.nested], ['constructs, validation off', at1k.breakdown.unvalidated]);
      }
      kinds.push(['constructs', at1k.constructs]);
      for (const [kind, summary] of kinds) {
        const p = summary.phasesMs;
        row(kind, ms(summary.medianMs), number(summary.medianMs / at1k.raw.medianMs, 2), ms(p.build), ms(p.prepare), ms(p.validate), ms(p.write));
      }
    }
  }
  if (r.simulator) {
    const s = r.simulator;
    lines.push('', `Simulator: ${number(s.policies)} policies (${number(s.statements)} statements) from TcrTeamAccess, compiled in ${ms(s.compileMs)}; ` +
      `${number(s.requests)} requests (${number(s.decisions.allow)} allowed, ${number(s.decisions['implicit-deny'])} implicitly denied, ` +
      `${number(s.decisions['explicit-deny'])} explicitly denied, ${number(s.decisions.unknown)} unknown) in ${ms(s.medianMs)}: ` +
      `${number(s.evalsPerSecond)} evaluations/s; naive ${number(s.naiveEvalsPerSecond)} evaluations/s (first ${number(s.naiveSample)} requests); ` +
      'the same decision on every request the simulator decides; each unknown rests on a catalog assumption the simulator names.');
  }
  if (r.packing) {
    const p = r.packing;
    lines.push('', `Packing (RepoReadOnly): the first document holds ${p.firstDocumentEntries} resource entries ` +
      `(${p.firstDocumentRepositories} repositories) of a bound of ${p.bound}; ` +
      p.cases.map((c) => `k = ${number(c.k)}: ${c.documents} documents (at least ${c.minDocuments}, longest ${number(c.longestDocument)} characters)`).join('; ') + '.');
  }
  if (r.lint) {
    lines.push('', `Lint: ${number(r.lint.files)} files (${r.lint.faultyFiles} with a mistake) in one \`tcr-access lint\` run in ${ms(r.lint.medianMs)}: ` +
      `${number(r.lint.filesPerSecond)} files/s.`);
  }
  if (r.access) {
    const a = r.access;
    lines.push('', `Access analysis: two synths of ${number(a.policies)} policies attached to ${a.principals} principals (each read in ${ms(a.modelMs)}); `
      + `diff in ${ms(a.diffMs)}: ${a.added} new requests for ${a.changedPrincipals} principals, ${a.notCompared} not compared; `
      + `who-can in ${number(a.whoCanMs, 2)} ms per question after compiling every principal once (${ms(a.whoCanCompileMs)}), ${a.whoCanAllowed} allowed.`);
  }
  return lines.join('\n') + '\n';
}

function number(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ms(value: number): string {
  return value >= 1000 ? `${number(value / 1000, 2)} s` : `${number(value)} ms`;
}

function mb(value: number): string {
  return `${number(value)} MB`;
}
