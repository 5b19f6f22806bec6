import { IConstruct } from 'constructs';
import { writtenValue } from './terraform-value';
import { checkDescriptionParts, checkPolicyNameParts } from '../../policy/policy-name';
import type { TemplatePart } from '../../policy/terraform-template';
import { checkGrantConditions, GrantConditions } from '../../scenarios/grant-conditions';
import type { Finding } from '../../validation/finding';
import { checkWrittenProps, PropSpec, WrittenPropSpec } from '../../validation/prop-check';
import { ruleFinding } from '../../validation/rule-finding';
import type { RuleId } from '../../validation/rules';

/** The inputs of a policy construct that are written into Terraform besides its document. */
export interface ConstructInputs {
  /** The name props of the scenario, values as given (tokens unresolved). */
  readonly specs: readonly PropSpec[];
  readonly policyName: string;
  readonly description?: string;
  readonly conditions: GrantConditions;
}

/** What checking the inputs after resolution gave. */
export interface WrittenInputs {
  readonly findings: Finding[];
  /** The policy name as written, when it is plain text (a name only Terraform knows is not compared). */
  readonly policyName?: string;
}

/**
 * The name props of a construct as synth writes them (`invalid-name`): each value resolved, the text around a
 * Terraform expression checked with the name's rule, a list token refused. Run at validation.
 */
export function checkWrittenSpecs(scope: IConstruct, specs: readonly PropSpec[]): Finding[] {
  // The construct path is worked out only for a finding (a valid construct has none).
  const finding = (prop: string, value: string, message: string): Finding => ruleFinding('invalid-name', value, message, { prop, constructPath: scope.node.path });
  const findings: Finding[] = [];
  const written: WrittenPropSpec[] = [];
  for (const [prop, kind, value] of specs) {
    if (value === undefined) continue;
    const w = writtenValue(scope, value);
    if ('problem' in w) findings.push(finding(prop, '(a token)', `Invalid ${prop}: the value ${w.problem}`));
    else written.push([prop, kind, w.parts]);
  }
  for (const p of checkWrittenProps(written)) findings.push(finding(p.prop, p.value, p.message));
  return findings;
}

/**
 * The one check of a construct's inputs as synth writes them: every value resolved (a `Lazy` name that
 * resolves to `*` is refused like a plain `*`), the text around a Terraform expression checked with the
 * name's rule, list tokens refused with a message that says so. Run at validation, when every value
 * that resolves at synth has resolved.
 */
export function checkWrittenInputs(scope: IConstruct, inputs: ConstructInputs): WrittenInputs {
  const findings: Finding[] = [];
  const add = (ruleId: RuleId, prop: string, value: string, message: string) =>
    findings.push(ruleFinding(ruleId, value, message, { prop, constructPath: scope.node.path }));
  /** The value as Terraform reads it, or undefined after reporting why it cannot be written. */
  const read = (ruleId: RuleId, prop: string, value: string): readonly TemplatePart[] | undefined => {
    const w = writtenValue(scope, value);
    if ('problem' in w) {
      add(ruleId, prop, '(a token)', `Invalid ${prop}: the value ${w.problem}`);
      return undefined;
    }
    return w.parts;
  };

  findings.push(...checkWrittenSpecs(scope, inputs.specs));

  const nameParts = read('invalid-policy-name', 'policyName', inputs.policyName);
  let policyName: string | undefined;
  if (nameParts) {
    const problem = checkPolicyNameParts(nameParts);
    const shown = nameParts.map((p) => p.text).join('');
    if (problem) add('invalid-policy-name', 'policyName', shown, `Invalid policyName: ${problem}`);
    else if (nameParts.every((p) => p.kind === 'text')) policyName = shown;
  }
  if (inputs.description !== undefined) {
    const parts = read('invalid-policy-name', 'description', inputs.description);
    // Like every optional string prop, '' is a mistake to report, not a value to write: leave it unset for none.
    const problem = parts && (inputs.description === '' ? 'must not be empty; leave description unset for none.' : checkDescriptionParts(parts));
    if (problem) add('invalid-policy-name', 'description', inputs.description, `Invalid description: ${problem}`);
  }
  const withExpressions = new Set<string>();
  for (const p of checkGrantConditions(resolvedConditions(scope, inputs.conditions, withExpressions, add), (v) => withExpressions.has(v))) {
    add(p.ruleId, p.prop, p.value, p.message);
  }
  return { findings, policyName };
}

/** The condition props with each value as Terraform reads it (an expression kept as `${…}`, which the checks skip). */
function resolvedConditions(
  scope: IConstruct,
  conditions: GrantConditions,
  withExpressions: Set<string>,
  add: (ruleId: RuleId, prop: string, value: string, message: string) => void,
): GrantConditions {
  const resolve = (prop: string, value: string): string => {
    const w = writtenValue(scope, value);
    if ('problem' in w) {
      add('invalid-condition', prop, '(a token)', `Invalid ${prop}: the value ${w.problem}`);
      withExpressions.add(value);
      return value;
    }
    const text = w.parts.map((p) => p.text).join('');
    if (w.parts.some((p) => p.kind === 'expression')) withExpressions.add(text);
    return text;
  };
  const ips = conditions.allowedSourceIps?.map((ip, i) => resolve(`allowedSourceIps[${i}]`, ip));
  const tags = conditions.resourceTags === undefined ? undefined
    : Object.fromEntries(Object.entries(conditions.resourceTags).map(([k, v]) => [resolve('resourceTags', k), resolve('resourceTags', v)]));
  return { ...conditions, allowedSourceIps: ips, resourceTags: tags };
}
