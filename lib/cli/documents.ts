import { CliError } from './cli-error';
import { PolicyInput, readPolicyInputs } from './policy-inputs';
import { PolicyDocumentError } from '../simulator/errors';

/** The documents of some files that the simulator can evaluate, and a note for each skipped one. */
export interface LoadedDocuments {
  readonly inputs: PolicyInput[];
  readonly texts: string[];
  /** One line per document that was skipped (a Terraform interpolation). */
  readonly notes: string[];
}

/** Where a document came from, for messages: `file` or `file#tencentcloud_cam_policy.x`. */
export function origin(input: PolicyInput): string {
  return input.resource ? `${input.file}#${input.resource}` : input.file;
}

/** Reads every document of the files; unreadable files are usage errors (exit 2). */
export function loadDocuments(files: readonly string[]): LoadedDocuments {
  const inputs: PolicyInput[] = [];
  const notes: string[] = [];
  for (const input of files.flatMap(readPolicyInputs)) {
    if (input.skipped) notes.push(`note: ${origin(input)} skipped: ${input.skipped}`);
    else inputs.push(input);
  }
  return { inputs, texts: inputs.map((i) => i.text), notes };
}

/**
 * Runs `fn`, turning a document the simulator cannot read into a one-line usage error that names the
 * file (exit 2): run `tcr-access lint` on it for the details.
 */
export function withReadableDocuments<T>(inputs: readonly PolicyInput[], fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PolicyDocumentError) {
      const input = inputs[e.documentIndex];
      throw new CliError(`cannot evaluate ${input ? origin(input) : 'a document'}: ${e.message.split('\n')[0]} (run tcr-access lint on it)`);
    }
    throw e;
  }
}
