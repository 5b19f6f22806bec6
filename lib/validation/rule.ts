import type { Severity } from './finding';
import type { JsonSyntaxError } from './json-syntax-error';
import type { ResolvedLintOptions } from './lint-options';
import type { PolicyView } from './policy-view';

/** What a rule is: everything but its check. The README rules table and the CLI list these. */
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

/** One problem a rule reports; the engine adds the rule id, the severity and the construct path. */
export interface RuleHit {
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** JSON pointer into the document; empty for the whole document or an input. */
  readonly path: string;
  /** The offending value, matched by a suppression's `appliesTo`. @default - none */
  readonly value?: string;
  /** The input (construct prop or lint option) at fault. @default - the document */
  readonly prop?: string;
  /** 1-based line, for syntax errors. @default - none */
  readonly line?: number;
  /** 1-based column, for syntax errors. @default - none */
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
