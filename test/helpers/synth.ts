import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';

/** A fresh app and stack for one test. */
export function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
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

/** `Testing.*` leaves `cdktf.outdir.*` folders in the temp directory: remove them after a suite. */
export function cleanTestingOutdirs(): void {
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (entry.startsWith('cdktf.outdir.')) fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true });
  }
}
