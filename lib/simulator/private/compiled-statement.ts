import { compileCondition, ConditionCheck } from './condition-operators';
import { ActionPattern } from './match-action';
import { ResourcePattern } from './match-resource';
import { ParsedStatement } from './parse-document';
import { RequestView } from './request-view';
import * as tri from './truth';
import type { Truth } from './truth';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

/** A statement with every action, resource and condition entry compiled once. */
export class CompiledStatement {
  /** Index of the document in the simulator's list. */
  public readonly documentIndex: number;
  /** Index of the statement in its document. */
  public readonly statementIndex: number;
  /** Position among every statement of the simulator: sorts matches into document order. */
  public readonly ordinal: number;
  /** `allow` or `deny`. */
  public readonly effect: 'allow' | 'deny';
  /** The compiled `action` entries. */
  public readonly actions: readonly ActionPattern[];
  /** The compiled `resource` entries. */
  public readonly resources: readonly ResourcePattern[];
  /** The compiled `condition` entries; all must hold. */
  public readonly conditions: readonly ConditionCheck[];
  /** The `*` resource entry, if any: the only way to reach an operation-level API. */
  public readonly allResource: ResourcePattern | undefined;
  /** The resource entries grouped by index key, computed once for every action the statement matches. */
  public readonly resourceGroups: ReadonlyMap<string, readonly ResourcePattern[]>;

  public constructor(parsed: ParsedStatement, documentIndex: number, statementIndex: number, ordinal: number) {
    this.documentIndex = documentIndex;
    this.statementIndex = statementIndex;
    this.ordinal = ordinal;
    this.effect = parsed.effect;
    this.actions = parsed.actions.map((a) => new ActionPattern(a));
    this.resources = parsed.resources.map((r) => new ResourcePattern(r));
    this.conditions = parsed.conditions.map(compileCondition);
    this.allResource = this.resources.find((r) => r.isAll);
    const groups = new Map<string, ResourcePattern[]>();
    for (const r of this.resources) groups.set(r.bucketKey, [...(groups.get(r.bucketKey) ?? []), r]);
    this.resourceGroups = groups;
  }

  /** The first action entry that matches `action` (a definite match before an unknown one), or `undefined`. */
  public actionEntry(action: string): { readonly entry: ActionPattern; readonly truth: Truth } | undefined {
    let unknown: ActionPattern | undefined;
    for (const entry of this.actions) {
      const t = entry.match(action);
      if (t === YES) return { entry, truth: YES };
      if (t === UNKNOWN) unknown ??= entry;
    }
    return unknown ? { entry: unknown, truth: UNKNOWN } : undefined;
  }

  /** All conditions combined: `NO` as soon as one fails. */
  public conditionTruth(view: RequestView): Truth {
    let truth: Truth = YES;
    for (let i = 0; i < this.conditions.length; i++) {
      const t = this.conditions[i].evaluate(view);
      if (t === NO) return NO;
      if (t === UNKNOWN) truth = UNKNOWN;
    }
    return truth;
  }

  /** `Document d statement s`, for messages. */
  public get label(): string {
    return `document ${this.documentIndex} statement ${this.statementIndex}`;
  }
}
