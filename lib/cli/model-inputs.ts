import * as fs from 'fs';
import * as path from 'path';
import { CliError } from './cli-error';
import { readInput } from './io';
import { AccessModel } from '../analysis/access-model';
import { ModelPolicyError, PrincipalAccess } from '../analysis/principal-access';
import { TerraformJsonError } from '../analysis/terraform-json';

/**
 * The files of the given paths: a file as given; a folder (a `cdktf.out`, a stack folder) is searched for
 * `*.tf.json` files, sorted, so a whole synth is read at once.
 */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new CliError(`cannot read ${p}: no such file or folder`);
    }
    if (!stat.isDirectory()) return [p];
    const found = findTerraformJson(p);
    if (found.length === 0) throw new CliError(`no *.tf.json file in the folder ${p} (give a cdktf.out folder, a stack folder or files)`);
    return found;
  });
}

function findTerraformJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...findTerraformJson(full));
    else if (entry.isFile() && entry.name.endsWith('.tf.json')) out.push(full);
  }
  return out;
}

/** The access model of the paths; unreadable input is a usage error (exit 2) naming the file. */
export function readModel(paths: readonly string[]): AccessModel {
  const files = expandInputs(paths);
  try {
    return AccessModel.fromTerraform(files.map((file) => ({ file, text: readInput(file) })));
  } catch (e) {
    if (e instanceof TerraformJsonError) throw new CliError(e.message);
    throw e;
  }
}

/** Runs `fn`, turning a policy the simulator cannot read into a usage error naming it (exit 2). */
export function withReadablePolicies<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ModelPolicyError) throw new CliError(e.message);
    throw e;
  }
}

/** The principals to work on: every principal of the model, or those `--principal` names (each must exist). */
export function selectPrincipals(model: AccessModel, wanted: readonly string[] | undefined): PrincipalAccess[] {
  const ids = new Set(model.principals.map((p) => p.id));
  for (const id of wanted ?? []) {
    if (!ids.has(id)) {
      const known = [...ids].slice(0, 10).join(', ');
      throw new CliError(`--principal ${JSON.stringify(id)} has no attachment in the input (principals: ${known || 'none'}${ids.size > 10 ? ', …' : ''})`);
    }
  }
  const chosen = wanted?.length ? model.principals.filter((p) => wanted.includes(p.id)) : model.principals;
  return withReadablePolicies(() => chosen.map((p) => PrincipalAccess.of(p)));
}
