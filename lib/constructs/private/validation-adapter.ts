/**
 * Turns validation findings into cdktf validations and annotations: errors fail synth through
 * `node.addValidation` (every construct's, listed together), warnings become warning annotations,
 * suppressed findings info annotations. Also reports suppressions that are invalid or match nothing.
 *
 * Everything it keeps lives on the construct tree, never in a module: suppressions are metadata entries of
 * the scope they were added to (so two copies of the library in one app see each other's), a policy's
 * lint and the annotations already emitted are state on the construct, and the suppressions that
 * acknowledged a finding of a written CAM policy are written into the stack's `cdk.tf.json` (`"//"`), where
 * `tcr-access lint` reads them.
 */
import { AnnotationMetadataEntryType, Aspects, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { treeState } from './tree-state';
import type { AppliedSuppression, Finding } from '../../validation/finding';
import { formatFinding } from '../../validation/format-finding';
import { RULES } from '../../validation/rules';
import { applySuppressions, checkSuppression, Suppression, unusedSuppressionMessage } from '../../validation/suppression';

/** One CAM policy the construct writes: the findings of its document, and the resource to record their suppressions for. */
export interface WrittenPolicy {
  readonly findings: readonly Finding[];
  readonly resource: { readonly terraformResourceType: string; readonly friendlyUniqueId: string };
}

/** What linting a policy construct gave: findings before suppressions, and whether a document was linted at all. */
export interface PolicyLint {
  readonly findings: Finding[];
  /** False when bad props kept the document from being rendered: the findings are about props only. */
  readonly documentLinted: boolean;
  /** Findings that would hide a broken output if acknowledged (two CAM policies of one name): never suppressed. @default - none */
  readonly unsuppressible?: readonly Finding[];
  /** The CAM policies written, each with the findings (of `findings`, same objects) of its document. @default - none */
  readonly written?: readonly WrittenPolicy[];
}

/** The metadata type of a suppression on its scope. */
export const SUPPRESSION_METADATA = 'tcr-access/suppression';
/**
 * Where a stack records, per written CAM policy, the suppressions that acknowledged its findings:
 * `"//": { "tcr_access": { "suppressions": { "tencentcloud_cam_policy": { "<logical id>": [...] } } } }` at the top of
 * its `cdk.tf.json`. One entry for the stack, not one override per resource: the frameworks list every overridden
 * resource in the stack's metadata by copying the list so far, quadratic in their number.
 */
export const SUPPRESSIONS_OVERRIDE = '//.tcr_access';

/** The stack's record of suppressions (tree state), added to its output on the first suppression recorded. */
interface SuppressionRecord {
  readonly suppressions: Record<string, Record<string, AppliedSuppression[]>>;
}

function recordSuppressions(stack: TerraformStack, resource: WrittenPolicy['resource'], suppressions: AppliedSuppression[]): void {
  const record = treeState<SuppressionRecord>(stack, 'suppression-record', () => {
    const created: SuppressionRecord = { suppressions: {} };
    // The framework merges the override when it writes the stack, after validation: later entries are written too.
    stack.addOverride(SUPPRESSIONS_OVERRIDE, created);
    return created;
  });
  (record.suppressions[resource.terraformResourceType] ??= {})[resource.friendlyUniqueId] = suppressions;
}

const RULE_IDS = RULES.map((r) => r.id);
const ERROR_RULE_IDS = new Set(RULES.filter((r) => r.severity === 'error').map((r) => r.id));

/** The lint of a registered policy construct (tree state on the construct). */
function policyLint(construct: IConstruct): (() => PolicyLint) | undefined {
  return treeState<{ lint?: () => PolicyLint }>(construct, 'policy', () => ({})).lint;
}

/** Whether a construct is a policy construct of this library (or of another copy of it in the app). */
export function isPolicyConstruct(construct: IConstruct): boolean {
  return policyLint(construct) !== undefined;
}

/** Registers a policy construct: its findings are reported when the app synthesizes. */
export function registerPolicy(construct: IConstruct, lint: () => PolicyLint): void {
  treeState<{ lint?: () => PolicyLint }>(construct, 'policy', () => ({})).lint = lint;
  construct.node.addValidation({ validate: () => reportPolicy(construct) });
  ensureStackHook(TerraformStack.of(construct));
  ensureAppHook(construct.node.root);
}

/** Marks the aspects that check every CAM policy (`CamPolicyChecks`), which cdktf does not run when they are added above a stack. */
export const CHECKS_ASPECT = Symbol.for('cdktf-tcr-access/cam-policy-checks');

/**
 * cdktf runs only a stack's own aspects (its invokeAspects starts at the stack): the checks added to the
 * app, or to another scope above the stack, are run here, on every node of the stack, before its
 * validations run (the stack's own validation comes first in the tree).
 */
function applyChecksFromAbove(stack: IConstruct): void {
  const state = treeState(stack, 'checks-from-above', () => ({ applied: false }));
  if (state.applied) return;
  state.applied = true;
  const checks = stack.node.scopes.slice(0, -1).flatMap((s) => Aspects.of(s).all)
    .filter((a) => (a as unknown as Record<symbol, unknown>)[CHECKS_ASPECT] === true);
  if (checks.length === 0) return;
  for (const node of stack.node.findAll()) checks[0].visit(node);
}

/**
 * The app's own validation, which runs after every stack: the stacks that hold none of this library's
 * constructs get the checks from above there (their own validation has no hook), so a raw policy in such a
 * stack still fails synth.
 */
function ensureAppHook(root: IConstruct): void {
  const state = treeState(root, 'app-hook', () => ({ added: false }));
  if (state.added) return;
  state.added = true;
  root.node.addValidation({
    validate: () => root.node.findAll().filter(TerraformStack.isStack)
      .filter((stack) => !treeState(stack, 'checks-from-above', () => ({ applied: false })).applied)
      .flatMap((stack) => {
        applyChecksFromAbove(stack);
        return stack.node.findAll().filter(isPolicyConstruct).flatMap((c) => reportPolicy(c).map((e) => `[${c.node.path}] ${e}`));
      }),
  });
}

/** Adds suppressions to a scope, as metadata of its node; the first adds the scope's own validation. */
export function addSuppressions(scope: IConstruct, suppressions: readonly Suppression[]): void {
  for (const s of suppressions) scope.node.addMetadata(SUPPRESSION_METADATA, { ...s });
  const state = treeState(scope, 'suppression-scope', () => ({ registered: false }));
  if (!state.registered) {
    state.registered = true;
    scope.node.addValidation({ validate: () => reportSuppressionScope(scope) });
  }
  // Annotations of a scope above the stacks (the app) are never printed: its stacks report for it.
  if (!insideStack(scope)) scope.node.findAll().filter(TerraformStack.isStack).forEach(ensureStackHook);
}

/** The suppressions added to exactly this scope. */
export function suppressionsAt(scope: IConstruct): Suppression[] {
  return scope.node.metadata.filter((m) => m.type === SUPPRESSION_METADATA).map((m) => ({ ...(m.data as Suppression) }));
}

function reportPolicy(construct: IConstruct): string[] {
  const { findings, written } = evaluate(construct);
  for (const f of findings) {
    if (f.suppression) emitFinding(construct, 'info', formatFinding(f));
    else if (f.severity === 'warning') emitFinding(construct, 'warning', formatFinding(f));
  }
  for (const w of written) if (w.suppressions.length) recordSuppressions(TerraformStack.of(construct), w.resource, w.suppressions);
  return findings.filter((f) => !f.suppression && f.severity === 'error').map(formatFinding);
}

interface Evaluation {
  readonly findings: Finding[];
  readonly used: Set<Suppression>;
  readonly documentLinted: boolean;
  /** Per written CAM policy, the suppressions that acknowledged one of its findings. */
  readonly written: ReadonlyArray<{ readonly resource: WrittenPolicy['resource']; readonly suppressions: AppliedSuppression[] }>;
}

/**
 * Lints a policy construct and applies the valid suppressions of it and every scope above it. A
 * suppression above the construct acknowledges an error only when narrowed to its value (`appliesTo`):
 * a blanket one there would hide every future error of the rule in every policy below.
 */
function evaluate(construct: IConstruct): Evaluation {
  const lint = policyLint(construct)!();
  const scopes = [...construct.node.scopes].reverse();
  const valid = scopes.map(validSuppressionsAt);
  // The same lint under the same suppressions gives the same evaluation (asked by every suppression scope above, then by the construct).
  const memo = treeState<{ last?: { lint: PolicyLint; valid: Suppression[][]; evaluation: Evaluation } }>(construct, 'evaluation', () => ({}));
  const last = memo.last;
  if (last?.lint === lint && last.valid.length === valid.length && last.valid.every((v, i) => v === valid[i])) return last.evaluation;
  const evaluation = evaluateUnder(lint, scopes, valid, construct);
  memo.last = { lint, valid, evaluation };
  return evaluation;
}

/** {@link evaluate} itself: `valid[i]` are the valid suppressions of `scopes[i]`, the construct first. */
function evaluateUnder(lint: PolicyLint, scopes: readonly IConstruct[], valid: readonly Suppression[][], construct: IConstruct): Evaluation {
  const hard = lint.unsuppressible ?? [];
  // Prop findings are not suppressible: the document is not rendered until the prop is fixed.
  if (!lint.documentLinted) return { findings: [...lint.findings, ...hard], used: new Set(), documentLinted: false, written: [] };
  const general: Array<{ original: Suppression; applied: AppliedSuppression }> = [];
  const warningsOnly: typeof general = [];
  for (const [i, scope] of scopes.entries()) {
    for (const s of valid[i]) {
      const entry = { original: s, applied: { ...s, scope: label(scope) } };
      (scope === construct || s.appliesTo !== undefined ? general : warningsOnly).push(entry);
    }
  }
  const first = applySuppressions(lint.findings, general.map((e) => e.applied));
  const warnings = first.findings.map((f) => (f.severity === 'warning' ? f : { ...f, suppression: f.suppression ?? BLOCKED }));
  const second = applySuppressions(warnings, warningsOnly.map((e) => e.applied));
  const findings = second.findings.map((f) => (f.suppression === BLOCKED ? { ...f, suppression: undefined } : f))
    .map((f) => (f.suppression === undefined ? withoutSuppression(f) : f));
  const used = new Set([...general.filter((_, i) => first.used[i]), ...warningsOnly.filter((_, i) => second.used[i])].map((e) => e.original));
  const byOriginal = new Map(lint.findings.map((f, i) => [f, findings[i]]));
  const written = (lint.written ?? []).map((w) => ({
    resource: w.resource,
    suppressions: unique(w.findings.map((f) => byOriginal.get(f)?.suppression).filter((s): s is AppliedSuppression => s !== undefined)),
  }));
  return { findings: [...findings, ...hard], used, documentLinted: true, written };
}

/** Marks the errors the warnings-only suppressions must not touch (removed again after). */
const BLOCKED: AppliedSuppression = Object.freeze({ ruleId: '', reason: '' });

function withoutSuppression(f: Finding): Finding {
  if (!('suppression' in f)) return f;
  const { suppression: _, ...rest } = f;
  return rest;
}

function unique(list: AppliedSuppression[]): AppliedSuppression[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = JSON.stringify([s.ruleId, s.appliesTo, s.scope, s.reason]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The suppressions of exactly this scope that are applied: the invalid ones are reported instead. Worked out
 * again only when the scope's metadata grew (it is append-only): every policy below asks, at every check.
 */
function validSuppressionsAt(scope: IConstruct): Suppression[] {
  const state = treeState<{ entries: number; valid: Suppression[] }>(scope, 'valid-suppressions', () => ({ entries: -1, valid: [] }));
  const entries = scope.node.metadata.length;
  if (state.entries !== entries) {
    state.valid = suppressionsAt(scope).filter((s) => suppressionProblems(scope, s).length === 0);
    state.entries = entries;
  }
  return state.valid;
}

/**
 * What is wrong with a suppression on this scope: `checkSuppression`'s problems, and a blanket suppression
 * of an error rule above the construct that owns the findings (it must name the value with `appliesTo`).
 */
function suppressionProblems(scope: IConstruct, s: Suppression): string[] {
  const problems = checkSuppression(s, RULE_IDS);
  if (problems.length === 0 && ERROR_RULE_IDS.has(s.ruleId) && s.appliesTo === undefined && !isPolicyConstruct(scope)) {
    problems.push(`Suppression of "${s.ruleId}" on ${label(scope)}: ${s.ruleId} is an error rule, which can be acknowledged above the ` +
      'construct that owns the finding only for one value: set appliesTo to the value, or add the suppression to the policy construct itself.');
  }
  return problems;
}

function reportSuppressionScope(scope: IConstruct): string[] {
  const errors = suppressionsAt(scope).flatMap((s) =>
    suppressionProblems(scope, s).map((message) => formatFinding({ ruleId: 'invalid-suppression', severity: 'error', message, path: '' })));
  if (insideStack(scope)) reportUnused(scope, scope);
  return errors;
}

/** Warns on `target` about the valid suppressions of `scope` that match no finding of any policy below it. */
function reportUnused(scope: IConstruct, target: IConstruct): void {
  const valid = validSuppressionsAt(scope);
  if (valid.length === 0) return;
  const used = new Set<string>();
  const key = (s: Suppression) => JSON.stringify([s.ruleId, s.appliesTo, s.reason]);
  for (const policy of scope.node.findAll().filter(isPolicyConstruct)) {
    const result = evaluate(policy);
    // A policy with bad props has no document yet: whether a suppression is needed cannot be known.
    if (!result.documentLinted) return;
    result.used.forEach((s) => used.add(key(s)));
  }
  for (const s of valid.filter((x) => !used.has(key(x)))) {
    const message = unusedSuppressionMessage({ ...s, scope: label(scope) });
    emit(target, 'warning', formatFinding({ ruleId: 'unused-suppression', severity: 'warning', message, path: '' }));
  }
}

/** Reports, in a stack, the unused suppressions of the scopes above it (whose own annotations are not printed). */
function ensureStackHook(stack: IConstruct): void {
  const state = treeState(stack, 'stack-hook', () => ({ added: false }));
  if (state.added) return;
  state.added = true;
  stack.node.addValidation({
    validate: () => {
      applyChecksFromAbove(stack);
      for (const scope of stack.node.scopes) {
        if (!insideStack(scope) && suppressionsAt(scope).length) reportUnused(scope, stack);
      }
      return [];
    },
  });
}

/**
 * How many findings of one level (warnings; suppressed findings) a stack annotates. cdktf and CDK Terrain
 * gather a stack's annotations in time quadratic in their number (each node copies the list so far), so
 * annotating every finding of thousands of policies made synth slower than everything else together;
 * `tcr-access lint` on the synthesized stack lists every finding.
 */
export const FINDING_ANNOTATIONS_PER_STACK = 100;

/** Annotates a finding of a policy construct, within the stack's allowance; past it, the stack says once where the rest are listed. */
function emitFinding(construct: IConstruct, level: 'info' | 'warning', message: string): void {
  const stack = TerraformStack.of(construct);
  const shown = treeState(stack, `${level}-annotations`, () => ({ count: 0 }));
  if (shown.count < FINDING_ANNOTATIONS_PER_STACK) {
    if (emit(construct, level, message)) shown.count++;
    return;
  }
  const what = level === 'warning' ? 'warnings' : 'suppressed findings';
  emit(stack, level, `More than ${FINDING_ANNOTATIONS_PER_STACK} ${what} in stack ${stack.node.id}: the first ${FINDING_ANNOTATIONS_PER_STACK} are ` +
    `annotated; list every one with \`npx tcr-access lint <outdir>/stacks/${stack.node.id}/cdk.tf.json\`, which reads the suppressions written there.`);
}

/** Adds an annotation once, however often validation runs (the construct records what it emitted); whether it was new. */
function emit(construct: IConstruct, level: 'info' | 'warning', message: string): boolean {
  const type = level === 'info' ? AnnotationMetadataEntryType.INFO : AnnotationMetadataEntryType.WARN;
  const emitted = treeState(construct, 'emitted', () => new Set<string>());
  const key = `${type}\n${message}`;
  if (emitted.has(key)) return false;
  emitted.add(key);
  // What Annotations.addInfo/addWarning write, without their stack trace: taken while the app validates, it
  // would point into cdktf and this adapter, never at the user's code, and cost more than the whole lint.
  construct.node.addMetadata(type, message);
  return true;
}

function insideStack(scope: IConstruct): boolean {
  return scope.node.scopes.some((s) => TerraformStack.isStack(s));
}

function label(scope: IConstruct): string {
  return scope.node.path || 'the app';
}
