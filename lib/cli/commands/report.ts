import * as fs from 'fs';
import { accessMatrix } from '../../analysis/access-matrix';
import { CliError, ExitCode } from '../cli-error';
import type { Command } from '../command';
import { accessReportHtml, accessReportMarkdown } from '../format/access-report';
import { readModel, withReadablePolicies } from '../model-inputs';

/** Flags of `tcr-access report`. */
export interface ReportOptions {
  readonly format?: 'markdown' | 'html';
  /** Write the report here instead of stdout. */
  readonly out?: string;
}

/**
 * `tcr-access report`: the access matrix of a synth (principals × namespaces per instance × login, pull,
 * push, delete, administer), as markdown or one self-contained HTML page. Exit 0; 2 on unreadable input or
 * input without attachments.
 */
export const report: Command<string[], ReportOptions> = (paths, options) => {
  const model = readModel(paths);
  if (model.principals.length === 0) throw new CliError(`no principal in ${paths.join(', ')}: the report needs policy attachments or TCR service accounts`);
  const matrix = withReadablePolicies(() => accessMatrix(model));
  const title = paths.join(', ');
  const text = options.format === 'html' ? accessReportHtml(matrix, title) : accessReportMarkdown(matrix, title);
  if (!options.out) return { output: text, exitCode: ExitCode.OK };
  try {
    fs.writeFileSync(options.out, text);
  } catch (e) {
    throw new CliError(`cannot write ${options.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return { output: `wrote ${options.out} (${matrix.namespaces.length} namespace tables, ${matrix.principals} principals)\n`, exitCode: ExitCode.OK };
};
