import { SimulationRequestError } from '../../simulator/errors';
import { SimulationRequest, SimulationResult } from '../../simulator/request';
import { simulate } from '../../simulator/simulate';
import { CliError, ExitCode } from '../cli-error';
import type { Command } from '../command';
import { loadDocuments, origin, withReadableDocuments } from '../documents';
import { jsonOutput, textOutput } from '../format/output';
import { paint } from '../format/paint';

/** Flags of `tcr-access simulate`. */
export interface SimulateOptions {
  readonly action: string;
  readonly resource: string;
  readonly sourceIp?: string;
  /** `key=value` entries. */
  readonly tag?: readonly string[];
  readonly ownerUin?: string;
  readonly expect?: 'allow' | 'deny';
  readonly format?: 'text' | 'json';
}

/** The decision for all documents of all files together; with `expect`, exit 1 when it differs. */
export const simulateFiles: Command<string[], SimulateOptions> = (files, options, { color }) => {
  const { inputs, texts, notes } = loadDocuments(files);
  const request: SimulationRequest = {
    action: options.action,
    resource: options.resource,
    ...(options.sourceIp !== undefined ? { sourceIp: options.sourceIp } : {}),
    ...(options.tag?.length ? { resourceTags: parseTags(options.tag) } : {}),
    ...(options.ownerUin !== undefined ? { ownerUin: options.ownerUin } : {}),
  };
  let result: SimulationResult;
  try {
    result = withReadableDocuments(inputs, () => simulate(texts, request));
  } catch (e) {
    if (e instanceof SimulationRequestError) throw new CliError(`invalid request: ${e.message}`);
    throw e;
  }
  // An unknown decision meets no expectation: the gate must not pass on a guess.
  const met = options.expect === undefined || (result.decision !== 'unknown' && (options.expect === 'allow') === (result.decision === 'allow'));
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

function parseTags(entries: readonly string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new CliError(`--tag ${JSON.stringify(entry)} must be key=value`);
    tags[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return tags;
}
