/**
 * What the simulator decides: CAM's explicit deny > allow > implicit deny, and `unknown` when the outcome
 * depends on something the simulator cannot evaluate offline (a condition, a token, a feature set, a name it
 * cannot read exactly) and no deny that applies settles it. A deny that may apply is never ignored: with
 * nothing that could allow the request, it denies (`explicit-deny`, listed in `failClosed`).
 */
export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny' | 'unknown';

/** One API call to evaluate. */
export interface SimulationRequest {
  /** The API, e.g. `tcr:PullRepository` (an optional `name/` prefix is ignored). Case-sensitive. */
  readonly action: string;
  /**
   * The fully qualified six-segment resource, e.g.
   * `qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-abcd1234/team-01/app`, or `*` for an API that
   * has no resource (operation-level APIs are evaluated against `*` whatever is given here).
   */
  readonly resource: string;
  /**
   * The caller's address, for `qcs:ip` conditions.
   * @default - unknown: `qcs:ip` conditions cannot be evaluated (fail-closed)
   */
  readonly sourceIp?: string;
  /**
   * The tags of the resource, for `qcs:resource_tag` conditions (`key&value`).
   * @default - unknown: `qcs:resource_tag` conditions cannot be evaluated (fail-closed)
   */
  readonly resourceTags?: Readonly<Record<string, string>>;
  /**
   * The uin of the root account whose sub-account calls (digits). A policy resource with an empty account
   * segment means this account.
   * @default - the account of the requested resource
   */
  readonly ownerUin?: string;
}

/** A statement that took part in the decision. */
export interface MatchedStatement {
  /** Index of the document in the list given to the simulator. */
  readonly documentIndex: number;
  /** Index of the statement in its document. */
  readonly statementIndex: number;
  /** The statement's effect. */
  readonly effect: 'allow' | 'deny';
  /** The statement's action entry that matched the request, as written. */
  readonly action: string;
  /** The statement's resource entry that matched the request, as written. */
  readonly resource: string;
}

/** A statement whose outcome depended on something the simulator cannot evaluate. */
export interface FailClosedStatement {
  /** Index of the document in the list given to the simulator. */
  readonly documentIndex: number;
  /** Index of the statement in its document. */
  readonly statementIndex: number;
  /**
   * `deny`: it may apply, so the request is never allowed through it (the decision is `explicit-deny` when
   * nothing could allow, else `unknown`); `allow`: it may apply, so the decision is `unknown` unless a deny settles it.
   */
  readonly effect: 'allow' | 'deny';
  /** What could not be evaluated. */
  readonly why: string;
}

/** The outcome of {@link simulate}. */
export interface SimulationResult {
  /** The decision. */
  readonly decision: Decision;
  /** Every statement that matched (denies and allows), in document and statement order. */
  readonly matched: MatchedStatement[];
  /** Statements that could not be evaluated (denies among them are also in `matched`); their `why` names what. */
  readonly failClosed: FailClosedStatement[];
  /** One or two sentences saying why, naming the statements (for `unknown`: what could not be evaluated). */
  readonly reason: string;
}
