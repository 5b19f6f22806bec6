import { explain } from '../../simulator/explain';
import { formatExplanation } from '../../simulator/format-explanation';
import { CliError, ExitCode } from '../cli-error';
import type { Command } from '../command';
import { loadDocuments, origin, withReadableDocuments } from '../documents';
import { jsonOutput } from '../format/output';

/** `tcr-access explain`: the effective permissions of each document of a file. */
export const explainFile: Command<[file: string], { readonly format?: 'text' | 'json' }> = ([file], { format }) => ({
  output: explanationText(file, format ?? 'text'),
  exitCode: ExitCode.OK,
});

function explanationText(file: string, format: 'text' | 'json'): string {
  const { inputs, notes } = loadDocuments([file]);
  if (inputs.length === 0) throw new CliError(`no policy document to explain in ${file}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  // explain reports a bad document as index 0: pass each input alone so the message names it.
  const explanations = inputs.map((input) => withReadableDocuments([input], () => explain(input.text)));
  if (format === 'json') {
    return jsonOutput(inputs.map((input, i) => ({ file: input.file, resource: input.resource, ...explanations[i] })));
  }
  const sections = inputs.map((input, i) => (inputs.length > 1 || input.resource ? `== ${origin(input)}\n` : '') + formatExplanation(explanations[i]));
  return [...notes, ...sections].join('\n\n') + '\n';
}
