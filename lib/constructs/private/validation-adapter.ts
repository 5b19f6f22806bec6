/**
 * Turns validation findings into cdktf validations and annotations: errors fail synth through
 * `node.addValidation` (every construct's, listed together), warnings become warning annotations,
 * suppressed findings info annotations. Also reports suppressions that are invalid or match nothing.
 */
import { AnnotationMetadataEntryType, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import type { AppliedSuppression, Finding } from '../../validation/finding';
import { formatFinding } from '../../validation/format-finding';
import { RULES } from '../../validation/rules';
import { applySuppressions, checkSuppression, Suppression, unusedSuppressionMessage } from '../../validation/suppression';

/** What linting a policy construct gave: findings before suppressions, and whether a document was linted at all. */
export interface PolicyLint {
  readonly findings: Finding[];
  /** False when bad props kept the document from being rendered: the findings are about props only. */
  readonly documentLinted: boolean;
}

const POLICIES = new WeakMap<IConstruct, () => PolicyLint>();
const SUPPRESSIONS = new WeakMap<IConstruct, Suppression[]>();
const EMITTED = new WeakMap<IConstruct, Set<string>>();
const STACKS_WITH_HOOK = new WeakSet<IConstruct>();
const RULE_IDS = RULES.map((r) => r.id);

/** Registers a policy construct: its findings are reported when the app synthesizes. */
export function registerPolicy(construct: IConstruct, lint: () => PolicyLint): void {
  POLICIES.set(construct, lint);
  construct.node.addValidation({ validate: () => reportPolicy(construct) });
  ensureStackHook(TerraformStack.of(construct));
}

/** The (mutable) suppression list of a scope, created with its validation on first use. */
export function suppressionList(scope: IConstruct): Suppression[] {
  let list = SUPPRESSIONS.get(scope);
  if (!list) {
    list = [];
    SUPPRESSIONS.set(scope, list);
    scope.node.addValidation({ validate: () => reportSuppressionScope(scope) });
  }
  // Annotations of a scope above the stacks (the app) are never printed: its stacks report for it.
  if (!insideStack(scope)) scope.node.findAll().filter(TerraformStack.isStack).forEach(ensureStackHook);
  return list;
}

/** The suppressions added to exactly this scope. */
export function suppressionsAt(scope: IConstruct): readonly Suppression[] {
  return SUPPRESSIONS.get(scope) ?? [];
}

function reportPolicy(construct: IConstruct): string[] {
  const { findings } = evaluate(construct);
  for (const f of findings) {
    if (f.suppression) emit(construct, 'info', formatFinding(f));
    else if (f.severity === 'warning') emit(construct, 'warning', formatFinding(f));
  }
  return findings.filter((f) => !f.suppression && f.severity === 'error').map(formatFinding);
}

/** Lints a policy construct and applies the valid suppressions of it and every scope above it. */
function evaluate(construct: IConstruct): { findings: Finding[]; used: Set<Suppression>; documentLinted: boolean } {
  const lint = POLICIES.get(construct)!();
  // Prop findings are not suppressible: the document is not rendered until the prop is fixed.
  if (!lint.documentLinted) return { findings: lint.findings, used: new Set(), documentLinted: false };
  const entries: Array<{ original: Suppression; applied: AppliedSuppression }> = [];
  for (const scope of [...construct.node.scopes].reverse()) {
    for (const s of validSuppressionsAt(scope)) entries.push({ original: s, applied: { ...s, scope: label(scope) } });
  }
  const result = applySuppressions(lint.findings, entries.map((e) => e.applied));
  return { findings: result.findings, used: new Set(entries.filter((_, i) => result.used[i]).map((e) => e.original)), documentLinted: true };
}

/** The suppressions of exactly this scope that are applied: the invalid ones are reported instead. */
function validSuppressionsAt(scope: IConstruct): Suppression[] {
  return suppressionsAt(scope).filter((s) => checkSuppression(s, RULE_IDS).length === 0);
}

function reportSuppressionScope(scope: IConstruct): string[] {
  const errors = suppressionsAt(scope).flatMap((s) =>
    checkSuppression(s, RULE_IDS).map((message) => formatFinding({ ruleId: 'invalid-suppression', severity: 'error', message, path: '' })));
  if (insideStack(scope)) reportUnused(scope, scope);
  return errors;
}

/** Warns on `target` about the valid suppressions of `scope` that match no finding of any policy below it. */
function reportUnused(scope: IConstruct, target: IConstruct): void {
  const valid = validSuppressionsAt(scope);
  if (valid.length === 0) return;
  const used = new Set<Suppression>();
  for (const policy of scope.node.findAll().filter((c) => POLICIES.has(c))) {
    const result = evaluate(policy);
    // A policy with bad props has no document yet: whether a suppression is needed cannot be known.
    if (!result.documentLinted) return;
    result.used.forEach((s) => used.add(s));
  }
  for (const s of valid.filter((x) => !used.has(x))) {
    const message = unusedSuppressionMessage({ ...s, scope: label(scope) });
    emit(target, 'warning', formatFinding({ ruleId: 'unused-suppression', severity: 'warning', message, path: '' }));
  }
}

/** Reports, in a stack, the unused suppressions of the scopes above it (whose own annotations are not printed). */
function ensureStackHook(stack: IConstruct): void {
  if (STACKS_WITH_HOOK.has(stack)) return;
  STACKS_WITH_HOOK.add(stack);
  stack.node.addValidation({
    validate: () => {
      for (const scope of stack.node.scopes) {
        if (!insideStack(scope) && SUPPRESSIONS.has(scope)) reportUnused(scope, stack);
      }
      return [];
    },
  });
}

/** Adds an annotation once, however often validation runs. */
function emit(construct: IConstruct, level: 'info' | 'warning', message: string): void {
  let seen = EMITTED.get(construct);
  if (!seen) {
    seen = new Set();
    EMITTED.set(construct, seen);
  }
  const key = `${level}\n${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  // What Annotations.addInfo/addWarning write, without their stack trace: taken while the app validates, it
  // would point into cdktf and this adapter, never at the user's code, and cost more than the whole lint.
  construct.node.addMetadata(level === 'info' ? AnnotationMetadataEntryType.INFO : AnnotationMetadataEntryType.WARN, message);
}

function insideStack(scope: IConstruct): boolean {
  return scope.node.scopes.some((s) => TerraformStack.isStack(s));
}

function label(scope: IConstruct): string {
  return scope.node.path || 'the app';
}
