import { explain } from '../../simulator/explain';
import { formatExplanation } from '../../simulator/format-explanation';
import { CliError, ExitCode } from '../cli-error';
import type { Command } from '../command';
import { loadDocuments, origin, withReadableDocuments } from '../documents';
import { jsonOutput } from '../format/output';
import { expandInputs, readModel, selectPrincipals } from '../model-inputs';

/** Flags of `tcr-access explain`. */
export interface ExplainOptions {
  readonly format?: 'text' | 'json';
  /** Explain these principals only. */
  readonly principal?: readonly string[];
}

/**
 * `tcr-access explain`: the effective permissions of each document of a file; per principal (each with the
 * policies attached to it, and those whose document is unknown) when the input has attachments.
 */
export const explainFile: Command<[file: string], ExplainOptions> = ([file], options) => ({
  output: explanationText(file, options),
  exitCode: ExitCode.OK,
});

function explanationText(file: string, options: ExplainOptions): string {
  const model = readModel([file]);
  if (model.principals.length > 0) {
    const principals = selectPrincipals(model, options.principal);
    const sections = principals.map((p) => ({
      principal: p.principal,
      policies: p.known.map((policy) => ({ policy: policy.origin, ...explainOne(policy.origin, policy.document!) })),
      unknown: [...p.unknown.values()],
    }));
    if (options.format === 'json') return jsonOutput(sections);
    return sections.map((s) => [
      `=== ${s.principal}`,
      ...s.policies.map((e) => `== ${e.policy}\n${formatExplanation(e)}`),
      ...s.unknown.map((why) => `== UNKNOWN: ${why}: what it allows or denies cannot be explained`),
    ].join('\n\n')).join('\n\n') + '\n';
  }
  const { inputs, notes } = loadDocuments(expandInputs([file]));
  if (inputs.length === 0) throw new CliError(`no policy document to explain in ${file}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  // explain reports a bad document as index 0: pass each input alone so the message names it.
  const explanations = inputs.map((input) => withReadableDocuments([input], () => explain(input.text)));
  if (options.format === 'json') {
    return jsonOutput(inputs.map((input, i) => ({ file: input.file, resource: input.resource, ...explanations[i] })));
  }
  const sections = inputs.map((input, i) => (inputs.length > 1 || input.resource ? `== ${origin(input)}\n` : '') + formatExplanation(explanations[i]));
  return [...notes, ...sections].join('\n\n') + '\n';
}

function explainOne(where: string, document: string): ReturnType<typeof explain> {
  try {
    return explain(document);
  } catch (e) {
    throw new CliError(`cannot explain ${where}: ${(e as Error).message.split('\n')[0]} (run tcr-access lint on it)`);
  }
}
