import { AccessModel } from '../../analysis/access-model';
import { Decision, SimulationRequest, SimulationResult } from '../../simulator/request';
import { simulate } from '../../simulator/simulate';
import { ExitCode } from '../cli-error';
import type { Command } from '../command';
import { loadDocuments, origin, withReadableDocuments } from '../documents';
import { CommandOutput, jsonOutput, textOutput } from '../format/output';
import { paint } from '../format/paint';
import { expandInputs, readModel, selectPrincipals } from '../model-inputs';
import { RequestOptions, requestOf, withValidRequest } from '../request-options';

/** Flags of `tcr-access simulate`. */
export interface SimulateOptions extends RequestOptions {
  readonly expect?: 'allow' | 'deny';
  readonly format?: 'text' | 'json';
  /** Decide for these principals only. */
  readonly principal?: readonly string[];
}

/**
 * The decision for the request: per principal when the input has attachments (each principal's own policies),
 * else for all documents of all files together. With `expect`, exit 1 when a decision differs.
 */
export const simulateFiles: Command<string[], SimulateOptions> = (files, options, { color }) => {
  const request = requestOf(options);
  const model = readModel(files);
  if (model.principals.length > 0) return perPrincipal(model, request, options, color);
  const { inputs, texts, notes } = loadDocuments(expandInputs(files));
  const result: SimulationResult = withValidRequest(() => withReadableDocuments(inputs, () => simulate(texts, request)));
  const met = meets(options.expect, result.decision);
  const exitCode = met ? ExitCode.OK : ExitCode.CHECK_FAILED;
  const matched = result.matched.map((m) => ({ ...m, document: origin(inputs[m.documentIndex]) }));
  if (options.format === 'json') {
    const json = {
      decision: result.decision,
      reason: result.reason,
      matched,
      failClosed: result.failClosed,
      ...(options.expect ? { expected: options.expect, met } : {}),
    };
    return { output: jsonOutput(json), exitCode };
  }
  const p = paint(color);
  const decision = result.decision === 'allow' ? p.green(result.decision) : result.decision === 'unknown' ? p.yellow(result.decision) : p.red(result.decision);
  const lines = [...notes, `decision: ${decision}`, `reason: ${result.reason}`];
  for (const m of matched) lines.push(`  ${m.effect} ${m.document} statement ${m.statementIndex}: ${m.action} on ${m.resource}`);
  for (const f of result.failClosed) lines.push(`  not evaluable: ${f.effect} ${origin(inputs[f.documentIndex])} statement ${f.statementIndex}: ${f.why}`);
  if (options.expect) lines.push(met ? `expected ${options.expect}: met` : p.red(`expected ${options.expect}: NOT met`));
  return { output: textOutput(lines), exitCode };
};

/** An unknown decision meets no expectation: the gate must not pass on a guess. */
function meets(expect: 'allow' | 'deny' | undefined, decision: Decision): boolean {
  return expect === undefined || (decision !== 'unknown' && (expect === 'allow') === (decision === 'allow'));
}

function perPrincipal(model: AccessModel, request: SimulationRequest, options: SimulateOptions, color: boolean): CommandOutput {
  const principals = selectPrincipals(model, options.principal);
  const decisions = withValidRequest(() => principals.map((p) => p.simulate(request)));
  const unmet = decisions.filter((d) => !meets(options.expect, d.decision));
  const exitCode = unmet.length ? ExitCode.CHECK_FAILED : ExitCode.OK;
  if (options.format === 'json') {
    return { output: jsonOutput({ request, decisions, ...(options.expect ? { expected: options.expect, met: unmet.length === 0 } : {}) }), exitCode };
  }
  const p = paint(color);
  const lines: string[] = [];
  for (const d of decisions) {
    const decision = d.decision === 'allow' ? p.green(d.decision) : d.decision === 'unknown' ? p.yellow(d.decision) : p.red(d.decision);
    lines.push(`${d.principal}: ${decision}`, `  reason: ${d.reason}`);
    for (const m of d.matched) lines.push(`  ${m.effect} ${m.policy} statement ${m.statementIndex}: ${m.action} on ${m.resource}`);
  }
  if (options.expect) {
    lines.push(unmet.length ? p.red(`expected ${options.expect}: NOT met for ${unmet.map((d) => d.principal).join(', ')}`) : `expected ${options.expect}: met for every principal`);
  }
  return { output: textOutput(lines), exitCode };
}
