import { Finding } from '../../validation/finding';
import { lintPolicy } from '../../validation/lint-policy';
import { ExitCode } from '../cli-error';
import type { Command } from '../command';
import { formatLintJson } from '../format/lint-json';
import { formatLintSarif } from '../format/lint-sarif';
import { formatLintText } from '../format/lint-text';
import { hasInterpolation, PolicyInput, readPolicyInputs } from '../policy-inputs';

/** Options of `tcr-access lint`. */
export interface LintCommandOptions {
  /** Warnings fail too. */
  readonly strict?: boolean;
  /** @default 'text' */
  readonly format?: 'text' | 'json' | 'sarif';
}

/** The findings of one document, or why it was skipped. */
export interface LintedInput {
  readonly input: PolicyInput;
  readonly findings: Finding[];
}

/** What `lint` found in all files, and the exit code it implies. */
export interface LintReport {
  readonly results: LintedInput[];
  readonly exitCode: ExitCode;
}

/**
 * Lints every document of every file. Terraform interpolations inside a document are placeholders
 * (never judged); a document that is wholly an interpolation is skipped. An unreadable file throws a
 * usage error (exit 2).
 */
export function lintFiles(files: readonly string[], options: LintCommandOptions = {}): LintReport {
  const results: LintedInput[] = [];
  for (const file of files) {
    for (const input of readPolicyInputs(file)) {
      const findings = input.skipped
        ? []
        : lintPolicy(input.text, {
          isUnresolved: hasInterpolation, policyName: input.policyName, description: input.description, suppressions: input.suppressions,
        });
      results.push({ input, findings });
    }
  }
  const all = results.flatMap((r) => r.findings).filter((f) => !f.suppression);
  const failed = all.some((f) => f.severity === 'error') || (options.strict === true && all.length > 0);
  return { results, exitCode: failed ? ExitCode.CHECK_FAILED : ExitCode.OK };
}

/** `tcr-access lint`: the findings of every document of the files, in the chosen format. */
export const lint: Command<string[], LintCommandOptions> = (files, options, context) => {
  const report = lintFiles(files, options);
  const output = options.format === 'json'
    ? formatLintJson(report)
    : options.format === 'sarif' ? formatLintSarif(report, context.version) : formatLintText(report, context.color);
  return { output, exitCode: report.exitCode };
};
