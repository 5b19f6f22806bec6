import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from './cli-error';
import { generate } from './commands/generate';
import { lintFiles } from './commands/lint';
import { formatLintJson } from './format/lint-json';
import { formatLintSarif } from './format/lint-sarif';
import { formatLintText } from './format/lint-text';
import { CliIo } from './io';
import { CLI_SCENARIOS } from './scenarios';

/** The package version, read once (the CLI runs from dist/, two levels below package.json). */
function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { version: string }).version;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The command table; each action writes through `io` and returns its exit code via `setExit`. */
export function buildProgram(io: CliIo, setExit: (code: ExitCode) => void): Command {
  const program = new Command('tcr-access')
    .description('Generate, lint, explain, simulate and diff Tencent Cloud CAM policies for TCR and CCR')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();

  program
    .command('generate')
    .description('print the policy of a scenario (seed templates), validated like the constructs')
    .argument('<scenario>', `one of: ${Object.keys(CLI_SCENARIOS).join(', ')}`)
    .option('--instance-id <id>', 'TCR Enterprise instance id, e.g. tcr-xxxxxxxx')
    .option('--namespace <ns>', 'namespace')
    .option('--repository <name>', 'repository (repeat for several)', collect)
    .option('--region <region>', 'region, e.g. ap-guangzhou (default: all regions)')
    .option('--owner-uin <uin>', 'root account uin owning the resources (default: the policy creator\'s)')
    .option('--name <policy-name>', 'CAM policy name for tf-json (default: tcr-access-<scenario>)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'tf-json']).default('json'))
    .action((scenario: string, options) => {
      io.stdout(generate(scenario, options) + '\n');
      setExit(ExitCode.OK);
    });

  program
    .command('lint')
    .description('lint CAM policy documents, or every tencentcloud_cam_policy of Terraform JSON files (e.g. cdk.tf.json)')
    .argument('<file...>', 'policy documents or Terraform JSON files')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--strict', 'warnings fail too (exit 1)')
    .action((files: string[], options: { format: string; strict?: boolean }) => {
      const report = lintFiles(files, { strict: options.strict });
      const out = options.format === 'json'
        ? formatLintJson(report)
        : options.format === 'sarif' ? formatLintSarif(report, version()) : formatLintText(report, io.color);
      io.stdout(out);
      setExit(report.exitCode);
    });

  return program;
}

/** Maps commander's own errors: help and version are success, every other one a usage error. */
export function commanderExit(e: CommanderError): ExitCode {
  return e.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
}

