import { ModelAccess } from '../../analysis/who-can';
import { ExitCode, CliError } from '../cli-error';
import type { Command } from '../command';
import { jsonOutput, textOutput } from '../format/output';
import { paint } from '../format/paint';
import { readModel, withReadablePolicies } from '../model-inputs';
import { RequestOptions, requestOf, withValidRequest } from '../request-options';

/** Flags of `tcr-access who-can`. */
export interface WhoCanOptions extends RequestOptions {
  readonly allowUnknown?: boolean;
  readonly format?: 'text' | 'json';
}

/**
 * `tcr-access who-can`: the principals the simulator allows to make the request, each with the statements that
 * allow it, and apart those it cannot decide for. Exit 0; 1 when some principal's decision is unknown (the
 * answer is incomplete) unless `--allow-unknown`; 2 on unreadable input or input without attachments.
 */
export const whoCanFiles: Command<string[], WhoCanOptions> = (files, options, { color }) => {
  const model = readModel(files);
  if (model.principals.length === 0) {
    throw new CliError(`no principal in ${files.join(', ')}: who-can needs policy attachments (users, groups, roles) or TCR service accounts`);
  }
  const request = requestOf(options);
  const access = withReadablePolicies(() => new ModelAccess(model));
  const answer = withValidRequest(() => access.whoCan(request));
  const exitCode = answer.unknown.length && !options.allowUnknown ? ExitCode.CHECK_FAILED : ExitCode.OK;
  if (options.format === 'json') return { output: jsonOutput({ request, ...answer, unread: model.unread }), exitCode };
  const p = paint(color);
  const lines = [`${request.action} on ${request.resource}: ${answer.allowed.length} of ${answer.principals} principals allowed.`];
  for (const d of answer.allowed) {
    lines.push(p.green(`  ${d.principal}`));
    for (const m of d.matched.filter((x) => x.effect === 'allow')) lines.push(`    allowed by ${m.policy} statement ${m.statementIndex} (${m.action} on ${m.resource})`);
  }
  if (answer.unknown.length) {
    lines.push(p.yellow(`Unknown for ${answer.unknown.length} principals${options.allowUnknown ? ' (accepted with --allow-unknown)' : ''}:`));
    for (const d of answer.unknown) lines.push(`  ${d.principal}: ${d.reason}`);
  }
  if (model.unread.length) {
    // Not part of the answer (they name no principal), but who may become a principal can depend on them.
    lines.push(p.dim(`Not evaluated (${model.unread.length}): these resources may change who may do what:`));
    for (const u of model.unread) lines.push(p.dim(`  ${u.origin}: ${u.why}`));
  }
  return { output: textOutput(lines), exitCode };
};
