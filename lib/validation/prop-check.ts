import type { Finding } from './finding';
import type { RuleId } from './rules';
import type { NameKind } from '../policy/names';
import type { TemplatePart } from '../policy/terraform-template';

/**
 * A finding about one construct prop or CLI flag (a name, a CIDR, an empty list, a grant the scope cannot
 * express): a {@link Finding} of one of the library's rules whose `prop` and `value` are always set.
 */
export interface PropProblem extends Finding {
  readonly ruleId: RuleId;
  /** The prop (or flag) name, e.g. `namespace` or `repositories[2]`. */
  readonly prop: string;
  /** The offending value. */
  readonly value: string;
}

/** One prop to check: its name, the kind of name it must be, and its value (absent = not checked). */
export type PropSpec = readonly [prop: string, kind: NameKind, value: string | undefined];

/** A name prop as Terraform will read it: its value resolved at synth and split into text and expressions. */
export type WrittenPropSpec = readonly [prop: string, kind: NameKind, parts: readonly TemplatePart[]];

// The check of names in props is the invalid-name rule's: it lives with the rule.
export { checkProps, checkWrittenProps } from './rules/invalid-name';
