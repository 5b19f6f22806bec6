import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import type { IConstruct } from 'constructs';
import { TencentcloudProvider } from '../../lib';

/**
 * `Testing.app()` writes into `os.tmpdir()`, and the test runs of several worktrees share /tmp, where each
 * suite's clean-up removes every `cdktf.outdir.*`: each jest worker process gets a temporary directory of its
 * own instead, so no clean-up removes another run's output mid-synth. (The `os` module is shared by every
 * test file of the worker, unlike jest's sandboxed `process.env`; the directory is made once per process.)
 */
const TMP = Symbol.for('cdktf-tcr-access/test-tmpdir');
// The module object itself: `import * as os` is a read-only copy of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const osModule: typeof os & { [TMP]?: string } = require('os');
if (osModule[TMP] === undefined) {
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-access-test-'));
  osModule[TMP] = own;
  osModule.tmpdir = () => own;
}

/** A fresh app and stack for one test. */
export function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** A fresh app with one stack, `stack`, that configures the tencentcloud provider: what the construct tests build in. */
export function newApp(): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new TencentcloudProvider(stack, 'tencentcloud');
  return { app, stack };
}

/** A {@link newApp} app with what `build` adds to its stack. */
export function appWith(build: (stack: TerraformStack) => void): App {
  const { app, stack } = newApp();
  build(stack);
  return app;
}

/** The annotations of one level recorded on a construct. */
export function annotations(construct: IConstruct, type: '@cdktf/warn' | '@cdktf/info'): string[] {
  return construct.node.metadata.filter((m) => m.type === type).map((m) => m.data as string);
}

/** Synthesizes a stack and returns its parsed Terraform JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** Every `tencentcloud_cam_policy` of a synthesized stack, keyed by logical id. */
export function camPolicies(stack: TerraformStack): Record<string, { name: string; document: string; description?: string }> {
  return synthJson(stack).resource?.tencentcloud_cam_policy ?? {};
}

/** Runs the app's validations the way `app.synth()` does and returns the error text, or '' when valid. */
export function synthErrors(app: App): string {
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/** `Testing.*` leaves `cdktf.outdir.*` folders in the temp directory (this worker's own): remove them after a suite. */
export function cleanTestingOutdirs(): void {
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (entry.startsWith('cdktf.outdir.')) fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true });
  }
}
