import type { Severity } from './finding';
import type { ResolvedLintOptions } from './lint-options';
import type { JsonSyntaxError } from '../policy/json/syntax-error';
import type { PolicyView } from '../policy/policy-view';

/** What a rule is: everything but its check. docs/rules.md lists every rule from it. */
export interface RuleInfo {
  /** Stable kebab-case id, part of the public contract (suppressions name it). */
  readonly id: string;
  /** Default severity of its findings. */
  readonly severity: Severity;
  /** One line: what the rule catches. */
  readonly title: string;
  /** Why it matters. */
  readonly explanation: string;
  /** How to fix a finding, in one line. */
  readonly fix: string;
}

/** One problem a rule reports; the engine adds the rule id, the severity and the construct path (see `Finding`). */
export interface RuleHit {
  /** What is wrong, the offending value, what is allowed and how to fix it. */
  readonly message: string;
  /**
   * A JSON pointer into the document, e.g. `/statement/0/action/1`; empty for the whole document or
   * for a finding about an input (see `prop`).
   */
  readonly path: string;
  /**
   * The offending value (an action, a resource, a name, a condition value); a suppression's
   * `appliesTo` matches it.
   * @default - the finding is about no single value
   */
  readonly value?: string;
  /**
   * The construct prop (or lint option) the finding is about, e.g. `namespace` or `repositories[2]`.
   * @default - the finding is about the document
   */
  readonly prop?: string;
  /** For `invalid-json`: the 1-based line of the syntax error. @default - not a syntax error */
  readonly line?: number;
  /** For `invalid-json`: the 1-based column (UTF-16 code units) of the syntax error. @default - not a syntax error */
  readonly column?: number;
}

/** What a rule's check sees. */
export interface RuleContext {
  /** The parsed document; absent when the text is not JSON or only inputs are linted. */
  readonly document?: PolicyView;
  /** Where and why the text is not JSON; absent when it parsed (or only inputs are linted). */
  readonly jsonError?: JsonSyntaxError;
  /** The lint options, defaults filled in. */
  readonly options: ResolvedLintOptions;
}

/** A validation rule: metadata plus a pure check. A check that throws becomes a finding. */
export interface Rule extends RuleInfo {
  /** Returns one hit per problem; an empty array when compliant or not applicable. */
  check(context: RuleContext): RuleHit[];
}

/** Declares a built-in rule, keeping its id as a literal type: `RuleId` is derived from the registry of these. */
export function defineRule<const Id extends string>(rule: Rule & { readonly id: Id }): Rule & { readonly id: Id } {
  return rule;
}

/** Declares the metadata of a rule whose check lives elsewhere (a construct's), keeping its id as a literal type. */
export function defineRuleInfo<const Id extends string>(info: RuleInfo & { readonly id: Id }): RuleInfo & { readonly id: Id } {
  return info;
}
