import { checkNameParts, NameKind } from '../policy/names';
import type { TemplatePart } from '../policy/terraform-template';

/** A construct or CLI input that breaks a naming rule. */
export interface PropProblem {
  /** The prop (or flag) name, e.g. `namespace` or `repositories[2]`. */
  readonly prop: string;
  /** The offending value. */
  readonly value: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** One prop to check: its name, the kind of name it must be, and its value (absent = not checked). */
export type PropSpec = readonly [prop: string, kind: NameKind, value: string | undefined];

/**
 * Checks every given prop and returns all problems at once, so a user fixing ten teams gets ten
 * messages in one run. `isUnresolved` skips Terraform tokens, which are only known at apply time.
 */
export function checkProps(specs: readonly PropSpec[], isUnresolved: (v: string) => boolean = () => false): PropProblem[] {
  const problems: PropProblem[] = [];
  for (const [prop, kind, value] of specs) {
    if (value === undefined || isUnresolved(value)) continue;
    const message = checkNameParts(kind, [{ kind: 'text', text: value }]);
    if (message) problems.push({ prop, value, message: `Invalid ${prop}: ${message}` });
  }
  return problems;
}

/** A name prop as Terraform will read it: its value resolved at synth and split into text and expressions. */
export type WrittenPropSpec = readonly [prop: string, kind: NameKind, parts: readonly TemplatePart[]];

/**
 * {@link checkProps} for values resolved at synth: the text around a Terraform expression is checked
 * too (`*${var.x}` is refused), with the same rules, so a token can never smuggle in what a plain value cannot.
 */
export function checkWrittenProps(specs: readonly WrittenPropSpec[]): PropProblem[] {
  const problems: PropProblem[] = [];
  for (const [prop, kind, parts] of specs) {
    const message = checkNameParts(kind, parts);
    if (message) problems.push({ prop, value: parts.map((p) => p.text).join(''), message: `Invalid ${prop}: ${message}` });
  }
  return problems;
}
