import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from './cli-error';
import type { Command as CommandFn, CommandContext } from './command';
import { diffFiles } from './commands/diff';
import { explainFile } from './commands/explain';
import { ACCESS_FLAGS, CCR_PERMISSION_FLAGS, generate } from './commands/generate';
import { lint } from './commands/lint';
import { report } from './commands/report';
import { simulateFiles } from './commands/simulate';
import { whoCanFiles } from './commands/who-can';
import { CliIo } from './io';
import { NAMED_SCENARIOS } from '../scenarios/named-scenarios';

/** The package version, read once (the CLI runs from dist/, two levels below package.json). */
function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { version: string }).version;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The command table; every command has one contract (see `Command`): the program writes its output and sets its exit code. */
export function buildProgram(io: CliIo, setExit: (code: ExitCode) => void): Command {
  const context: CommandContext = { color: io.color, version: version() };
  const run = <A extends readonly string[], O>(command: CommandFn<A, O>, args: A, options: O) => {
    const { output, exitCode } = command(args, options, context);
    io.stdout(output);
    setExit(exitCode);
  };
  const program = new Command('tcr-access')
    .description('Generate, lint, explain, simulate and diff Tencent Cloud CAM policies for TCR and CCR')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();

  program
    .command('generate')
    .description('print the policy of a scenario (Tencent\'s templates and the constructs\' grants), validated like the constructs')
    .argument('<scenario>', `one of: ${Object.keys(NAMED_SCENARIOS).join(', ')}`)
    .option('--instance-id <id>', 'TCR Enterprise instance id, e.g. tcr-xxxxxxxx')
    .option('--namespace <ns>', 'namespace')
    .option('--repository <name>', 'repository (repeat for several)', collect)
    .option('--region <region>', 'region, e.g. ap-guangzhou (default: all regions)')
    .option('--owner-uin <uin>', 'root account uin owning the resources (default: the policy creator\'s)')
    .addOption(new Option('--access <level>', 'repository-access: what to grant').choices(ACCESS_FLAGS))
    .addOption(new Option('--permission <permission...>', 'ccr-access: CCR permissions (repeat or list several)').choices(Object.keys(CCR_PERMISSION_FLAGS)))
    .option('--no-registry-login', 'leave out the registry login (docker login password) the scenario\'s construct adds')
    .option('--name <policy-name>', 'CAM policy name for tf-json (default: tcr-access-<scenario>)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'tf-json']).default('json'))
    .action((scenario: string, options) => run(generate, [scenario], options));

  program
    .command('lint')
    .description('lint CAM policy documents, or every tencentcloud_cam_policy of Terraform JSON files (e.g. cdk.tf.json)')
    .argument('<file...>', 'policy documents or Terraform JSON files')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--strict', 'warnings fail too (exit 1)')
    .action((files: string[], options) => run(lint, files, options));

  program
    .command('explain')
    .description('the effective permissions of a policy document: every catalog action it allows or denies, and what it only seems to grant; per principal when the input has attachments')
    .argument('<file>', 'a policy document, a Terraform JSON file or a folder')
    .option('--principal <id>', 'explain only this principal (repeat for several)', collect)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((file: string, options) => run(explainFile, [file], options));

  program
    .command('simulate')
    .description('decide one request offline with CAM\'s evaluation logic: per principal when the input has attachments, else all given policies together')
    .argument('<file...>', 'policy documents, Terraform JSON files or folders')
    .option('--principal <id>', 'decide only for this principal, e.g. user:alice (repeat for several)', collect)
    .requiredOption('--action <action>', 'the API, e.g. tcr:PullRepository')
    .requiredOption('--resource <resource>', 'six-segment resource, e.g. qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-xxxxxxxx/team-01/app, or *')
    .option('--source-ip <ip>', 'the caller\'s address, for qcs:ip conditions')
    .option('--tag <key=value>', 'a tag of the resource, for qcs:resource_tag conditions (repeat for several)', collect)
    .option('--owner-uin <uin>', 'the root account the caller belongs to')
    .addOption(new Option('--expect <decision>', 'exit 1 unless the decision is this (deny covers explicit and implicit; unknown meets neither)').choices(['allow', 'deny']))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((files: string[], options) => run(simulateFiles, files, options));

  program
    .command('diff')
    .description('per principal, the access <new> grants that <old> did not; exit 1 on any, or on anything it cannot compare (a "no new access" gate)')
    .argument('<old>', 'before the change: a policy document, a Terraform JSON file, or a folder (cdktf.out, a stack folder)')
    .argument('<new>', 'after the change: the same kinds of input')
    .option('--principal <id>', 'compare only this principal, e.g. role:4611686018427922701 (repeat for several)', collect)
    .option('--allow-unknown', '"not compared" entries warn instead of failing (the output says so)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((oldFile: string, newFile: string, options) => run(diffFiles, [oldFile, newFile], options));

  program
    .command('who-can')
    .description('the principals allowed to make one request, each with the statements that allow it (and those it cannot decide)')
    .argument('<file...>', 'Terraform JSON files or folders (cdktf.out, stack folders)')
    .requiredOption('--action <action>', 'the API, e.g. tcr:PushRepository')
    .requiredOption('--resource <resource>', 'six-segment resource, e.g. qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-xxxxxxxx/payments/app')
    .option('--source-ip <ip>', 'the caller\'s address, for qcs:ip conditions')
    .option('--tag <key=value>', 'a tag of the resource, for qcs:resource_tag conditions (repeat for several)', collect)
    .option('--owner-uin <uin>', 'the root account the callers belong to')
    .option('--allow-unknown', 'principals the simulator cannot decide for do not fail the command (exit 0)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((files: string[], options) => run(whoCanFiles, files, options));

  program
    .command('report')
    .description('the access matrix of a synth: principals × namespaces (per instance) × login, pull, push, delete, administer')
    .argument('<path...>', 'a cdktf.out folder, stack folders or Terraform JSON files')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'html']).default('markdown'))
    .option('--out <file>', 'write the report to this file (default: stdout)')
    .action((paths: string[], options) => run(report, paths, options));

  return program;
}

/** Maps commander's own errors: help and version are success, every other one a usage error. */
export function commanderExit(e: CommanderError): ExitCode {
  return e.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
}

