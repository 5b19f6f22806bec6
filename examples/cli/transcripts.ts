// The `tcr-access` sessions shown in the README and docs/cli.md, run against the built CLI by test/docs/
// and copied into the pages by `npm run docs`.
import { session } from './session';

const REPO = 'qcs::tcr:::repository/tcr-xxxxxxxx/team-01/app';
/** A document with a misspelt action, as a user might paste it. */
const TYPO = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcr:PullRepo'], resource: [REPO] }] }, undefined, 2);

/** The CLI in five lines (README). */
export function tour(): string {
  return session({}, [
    { command: 'tcr-access generate repo-read-only --instance-id tcr-xxxxxxxx --namespace team-01 --repository app > pull.json', quiet: true },
    { command: 'tcr-access lint pull.json', comment: 'the validation rules: exit 1 on an error', quiet: true },
    { command: 'tcr-access explain pull.json', comment: 'every API it allows, and what it only seems to grant', quiet: true },
    { command: `tcr-access simulate pull.json --action tcr:PushRepository --resource ${REPO} --expect deny`, comment: 'exit 1 if not', quiet: true },
    { command: 'tcr-access generate namespace-admin --instance-id tcr-xxxxxxxx --namespace team-01 > admin.json', hidden: true },
    { command: 'tcr-access diff pull.json admin.json', comment: 'what admin.json grants beyond pull.json: exit 1 if anything', exit: 1, quiet: true },
  ]);
}

/** `generate`, and a bad name refused with its rule id (docs/cli.md). */
export function generateSession(): string {
  return session({}, [
    { command: 'tcr-access generate repo-read-only --instance-id tcr-xxxxxxxx --namespace team-01 --repository repo-demo' },
    { command: 'tcr-access generate namespace-admin --instance-id tcr-xxxxxxxx --namespace team/01', exit: 2, showExit: true },
  ]);
}

/** `lint` on a misspelt action (docs/cli.md). */
export function lintSession(): string {
  return session({ 'typo.json': TYPO }, [{ command: 'tcr-access lint typo.json', exit: 1, showExit: true }]);
}

/** `explain` on TCR Personal's repository read-only template (docs/cli.md). */
export function explainSession(): string {
  return session({}, [
    { command: 'tcr-access generate personal-repo-read-only --namespace team-01 --repository repo-demo > personal.json' },
    { command: 'tcr-access explain personal.json', head: 12, width: 200 },
  ]);
}

/** `simulate` with `--expect` (docs/cli.md). */
export function simulateSession(): string {
  return session({}, [
    { command: 'tcr-access generate repo-read-only --instance-id tcr-xxxxxxxx --namespace team-01 --repository app > pull.json' },
    { command: `tcr-access simulate pull.json --action tcr:PushRepository --resource ${REPO} --expect deny` },
  ]);
}

/** `diff` as a pull-request gate (docs/cli.md). */
export function diffSession(): string {
  return session({}, [
    { command: 'tcr-access generate repo-read-only --instance-id tcr-xxxxxxxx --namespace team-01 --repository app > before.json' },
    { command: 'tcr-access generate namespace-admin --instance-id tcr-xxxxxxxx --namespace team-01 > after.json' },
    { command: 'tcr-access diff before.json after.json', exit: 1, head: 4, showExit: true },
  ]);
}

/** `tcr-access <command> --help`: the synopsis, arguments and flags, as the CLI states them. */
const help = (command: string) => session({}, [{ command: `tcr-access ${command} --help` }]);
export const generateHelp = () => help('generate');
export const lintHelp = () => help('lint');
export const explainHelp = () => help('explain');
export const simulateHelp = () => help('simulate');
export const diffHelp = () => help('diff');
export const whoCanHelp = () => help('who-can');
export const reportHelp = () => help('report');
/** `tcr-access --help`: every command (docs/cli.md has a section for each; test/docs/ checks it). */
export const programHelp = () => session({}, [{ command: 'tcr-access --help' }]);
