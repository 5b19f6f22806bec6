import { IAspect, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkPolicyNameParts } from '../../policy/policy-name';
import type { Finding } from '../../validation/finding';
import { lintInputs } from '../../validation/lint-policy';
import { duplicatePolicyName } from '../../validation/rules/duplicate-policy-name';
import { claimPolicyName, policyNameOwner } from '../private/policy-names';
import { rawValue } from '../private/terraform-value';
import { treeState } from '../private/tree-state';
import { CHECKS_ASPECT, isPolicyConstruct, PolicyLint, registerPolicy } from '../private/validation-adapter';
import { lintWritten, readableDocument } from '../private/written-document';

/** The Terraform type the checks look for. */
const CAM_POLICY = 'tencentcloud_cam_policy';

/**
 * Runs the validation rules on every `tencentcloud_cam_policy` below the scope it is added to, including
 * raw ones this library did not make, with the same `Suppressions` (those of the resource and of every scope
 * above it), like cdk-nag's `AwsSolutionsChecks`: errors fail synth, warnings are annotations. A name another
 * policy of the app already writes is a `duplicate-policy-name` error.
 *
 * @example
 * Aspects.of(app).add(new CamPolicyChecks());
 */
export class CamPolicyChecks implements IAspect {
  /** Whether a construct is a `tencentcloud_cam_policy` resource. */
  public static isCamPolicy(node: IConstruct): node is TerraformResource {
    return node instanceof TerraformResource && node.terraformResourceType === CAM_POLICY;
  }

  /** Tells the library's stacks to run this aspect when it is added above them (cdktf runs only a stack's own aspects). */
  public readonly [CHECKS_ASPECT] = true;

  /** Registers the checks of a raw `tencentcloud_cam_policy` (the library's own policies are checked by their construct). */
  public visit(node: IConstruct): void {
    if (!CamPolicyChecks.isCamPolicy(node)) return;
    const parent = node.node.scope;
    if (parent !== undefined && isPolicyConstruct(parent)) return;
    const state = treeState(node, 'cam-policy-checks', () => ({ registered: false }));
    if (state.registered) return;
    state.registered = true;
    registerPolicy(node, () => lintRawPolicy(node));
  }
}

function lintRawPolicy(policy: TerraformResource): PolicyLint {
  const path = policy.node.path;
  const attributes = policy as unknown as { documentInput?: unknown; nameInput?: unknown };
  const findings: Finding[] = [];
  const hard: Finding[] = [];
  const name = typeof attributes.nameInput === 'string' ? rawValue(policy, attributes.nameInput) : undefined;
  if (name && !('problem' in name)) {
    const problem = checkPolicyNameParts(name.parts);
    const text = name.parts.map((p) => p.text).join('');
    if (problem) {
      findings.push({ ruleId: 'invalid-policy-name', severity: 'error', message: `Invalid name: ${problem}`, path: '', prop: 'name', value: text, constructPath: path });
    } else if (name.parts.every((p) => p.kind === 'text')) {
      claimPolicyName(policy, text);
      const owner = policyNameOwner(policy, text);
      if (owner !== undefined && owner !== policy) {
        const [dup] = lintInputs({ policyName: text, policyNameUsedBy: owner.node.path, constructPath: path, rules: [duplicatePolicyName] });
        (TerraformStack.of(owner) === TerraformStack.of(policy) ? hard : findings).push(dup);
      }
    }
  }
  const document = typeof attributes.documentInput === 'string' ? rawValue(policy, attributes.documentInput) : undefined;
  if (document === undefined || 'problem' in document) {
    const why = document === undefined ? 'is not a string this check can read' : `holds a value that ${document.problem}`;
    findings.push({ ruleId: 'invalid-syntax', severity: 'error', message: `The policy document of ${path} ${why}; it cannot be checked.`, path: '', constructPath: path });
    return { findings, documentLinted: true, unsuppressible: hard };
  }
  const documentFindings = lintWritten(readableDocument(document.parts), path);
  return {
    findings: [...documentFindings, ...findings],
    documentLinted: true,
    unsuppressible: hard,
    written: [{ findings: documentFindings, resource: policy }],
  };
}
