import type { AccessTable, CatalogAssumption, Edition, Granularity } from '../catalog/types';
import type { RuleId } from '../validation/rules';

/** What a note of {@link Explanation} is about. */
export type ExplainNoteKind =
  /** A wildcard expands to operation-level APIs, which a statement without a `*` resource cannot reach. */
  | 'operation-level-not-granted'
  /** Actions whose catalog resource types match none of the statement's resources. */
  | 'resource-type-mismatch'
  /** A condition that can never hold: the statement never applies. */
  | 'condition-cannot-hold'
  /** A condition the simulator cannot evaluate: the allow's grants are unknown, the deny is never ignored (fail-closed). */
  | 'condition-not-evaluable'
  /** Condition values that are not an address/block or `key&value`: they cannot be compared. */
  | 'condition-value-malformed'
  /** A `qcs:ip` condition on APIs the CAM page does not list as supporting IP restriction: their grants are unknown. */
  | 'ip-condition-unsupported'
  /** An action entry that matches no catalog action (names are case-sensitive). */
  | 'unknown-action'
  /** An action entry that names or covers APIs outside the CAM page: an allow of them cannot be evaluated. */
  | 'undocumented-action'
  /** An action entry the simulator cannot read exactly: a `permid/` feature set, a token or policy variable, a `?`. */
  | 'action-not-evaluable'
  /** A resource entry with a variable, token, undocumented wildcard or legacy form: its grants are unknown. */
  | 'resource-not-evaluable';

/** One observation about a statement. */
export interface ExplainNote {
  /** What only looks granted, or could not be evaluated. */
  readonly kind: ExplainNoteKind;
  /** The statement the note is about. */
  readonly statementIndex: number;
  /** That statement's effect. */
  readonly effect: 'allow' | 'deny';
  /** The entry the note is about, as written (an action, resource or condition). */
  readonly subject: string;
  /** The catalog actions concerned (empty when none). */
  readonly actions: string[];
  /** A sentence for people. */
  readonly message: string;
  /**
   * The lint rule that reports the same thing, under the id lint uses: `operation-level-via-wildcard`,
   * `resource-mismatch`, `unknown-action`, `invalid-condition` or `ip-condition-unsupported`.
   * @default - no lint rule reports it (a limit of offline evaluation, e.g. a condition it cannot evaluate)
   */
  readonly ruleId?: RuleId;
}

/** The lint rule behind each note kind that lint also reports: explain names lint's findings as lint does. */
export const EXPLAIN_NOTE_RULES: Readonly<Partial<Record<ExplainNoteKind, RuleId>>> = Object.freeze({
  'operation-level-not-granted': 'operation-level-via-wildcard',
  'resource-type-mismatch': 'resource-mismatch',
  'unknown-action': 'unknown-action',
  'condition-value-malformed': 'invalid-condition',
  'ip-condition-unsupported': 'ip-condition-unsupported',
});

/** A condition entry as written. */
export interface ExplainedCondition {
  /** The condition operator, e.g. `ip_equal`. */
  readonly operator: string;
  /** The condition key, e.g. `qcs:ip`. */
  readonly key: string;
  /** The values, any of which may match. */
  readonly values: string[];
}

/** One statement's effect on one action. */
export interface ExplainedGrant {
  /** Whether the statement allows or denies the action. */
  readonly effect: 'allow' | 'deny';
  /** The statement, by index in the document. */
  readonly statementIndex: number;
  /** The action entry that covers the action, as written. */
  readonly actionPattern: string;
  /** The statement's resource entries that can apply to the action (`*` for operation-level APIs). */
  readonly resources: string[];
  /** The statement's conditions; all must hold (empty when none). */
  readonly conditions: ExplainedCondition[];
  /**
   * What the simulator cannot evaluate in this grant (a condition, a token, a name it cannot read exactly): the
   * allow may or may not apply, the deny is never ignored.
   * @default - nothing: the grant is evaluated exactly
   */
  readonly unknown?: string[];
  /**
   * The catalog assumptions this grant's outcome rests on, each as a sentence (`source-instance`: the instance
   * named is the replication source). An assumption the simulator does not rely on is in `unknown` instead.
   * @default - none
   */
  readonly assumptions?: string[];
}

/** One concrete catalog action the document allows or denies. */
export interface ExplainedAction {
  /** The concrete catalog action, e.g. `tcr:PullRepository`. */
  readonly action: string;
  /** The table the API is listed in (https://www.tencentcloud.com/document/product/598/57160): write, read or list. */
  readonly table: AccessTable;
  /** `resource` or `operation` level (https://www.tencentcloud.com/document/product/598/57160). */
  readonly granularity: Granularity;
  /** The product the API belongs to. */
  readonly edition: Edition;
  /**
   * The catalog assumptions the action's entry rests on (docs/catalog.md), e.g. `edition` when the CAM page does not
   * say which product it belongs to. @default - none: the page supports every field
   */
  readonly assumptions?: CatalogAssumption[];
  /** The statements that allow or deny it, in statement order. */
  readonly grants: ExplainedGrant[];
}

/** The effective permissions of one policy document (JSON form; text via {@link formatExplanation}). */
export interface Explanation {
  /** How many statements the document has. */
  readonly statementCount: number;
  /** Every catalog action some statement can allow or deny, sorted by name. */
  readonly actions: ExplainedAction[];
  /** What the statements look like they grant but do not, and what cannot be evaluated, in statement order. */
  readonly notes: ExplainNote[];
}
