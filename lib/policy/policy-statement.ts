import { Conditions, ConditionsJson, mergeCondition } from './conditions';

/** Whether a statement grants or refuses. CAM writes both in lowercase. */
export enum Effect {
  /** The statement grants its actions on its resources. */
  ALLOW = 'allow',
  /** The statement refuses its actions on its resources, whatever any allow says. */
  DENY = 'deny',
}

/** Props of a {@link PolicyStatement}. */
export interface PolicyStatementProps {
  /** @default Effect.ALLOW */
  readonly effect?: Effect;
  /** Actions such as `tcr:PullRepository`; the order given is kept. */
  readonly actions?: readonly string[];
  /** Six-segment resource names (build them with `ResourceName`) or `*`. */
  readonly resources?: readonly string[];
  /** @default - no condition */
  readonly conditions?: Conditions;
  /**
   * `principal.qcs` entries; only for role trust policies, never in a user policy.
   * @default - no principal
   */
  readonly principals?: readonly string[];
}

/** A statement as CAM reads it back: arrays everywhere, lowercase keys. */
export interface StatementJson {
  /** Who the statement applies to (trust policies): `qcs::cam::uin/<uin>:uin/<uin>` entries. */
  principal?: { qcs: string[] };
  /** The actions, `service:ApiName` or patterns with `*`. */
  action: string[];
  /** Six-segment resource names, or `*`. */
  resource: string[];
  /** Operator → key → values; every operator and key must hold. */
  condition?: ConditionsJson;
  /** `allow` or `deny`. */
  effect: 'allow' | 'deny';
}

/** One CAM policy statement. Entries keep the order given, without duplicates. */
export class PolicyStatement {
  /** Allow or deny. */
  public readonly effect: Effect;
  private readonly _actions: string[] = [];
  private readonly _resources: string[] = [];
  private readonly _principals: string[] = [];
  private readonly _conditions = new Map<string, Map<string, string[]>>();
  private frozenBy?: string;

  public constructor(props: PolicyStatementProps = {}) {
    this.effect = props.effect ?? Effect.ALLOW;
    this.addActions(...(props.actions ?? []));
    this.addResources(...(props.resources ?? []));
    this.addPrincipals(...(props.principals ?? []));
    for (const [operator, byKey] of Object.entries(props.conditions ?? {})) {
      for (const [key, value] of Object.entries(byKey)) this.addCondition(operator, key, value);
    }
  }

  /** The actions, in order. */
  public get actions(): string[] {
    return [...this._actions];
  }

  /** The resources, in order. */
  public get resources(): string[] {
    return [...this._resources];
  }

  /** The `principal.qcs` entries, in order. */
  public get principals(): string[] {
    return [...this._principals];
  }

  /** The conditions, every value an array. */
  public get conditions(): ConditionsJson {
    const out: ConditionsJson = {};
    for (const [operator, byKey] of this._conditions) {
      out[operator] = {};
      for (const [key, values] of byKey) out[operator][key] = [...values];
    }
    return out;
  }

  /** Whether the statement has a condition. */
  public get hasConditions(): boolean {
    return this._conditions.size > 0;
  }

  /** Appends actions; repeats are dropped. */
  public addActions(...actions: string[]): this {
    this.checkNotFrozen();
    appendUnique(this._actions, actions);
    return this;
  }

  /** Appends resources; repeats are dropped. */
  public addResources(...resources: string[]): this {
    this.checkNotFrozen();
    appendUnique(this._resources, resources);
    return this;
  }

  /** Appends `principal.qcs` entries; repeats are dropped. */
  public addPrincipals(...principals: string[]): this {
    this.checkNotFrozen();
    appendUnique(this._principals, principals);
    return this;
  }

  /** Adds values to `condition[operator][key]`. */
  public addCondition(operator: string, key: string, value: string | readonly string[]): this {
    this.checkNotFrozen();
    mergeCondition(this._conditions, operator, key, value);
    return this;
  }

  /** Whether the statement can no longer change (its document was written). */
  public get isFrozen(): boolean {
    return this.frozenBy !== undefined;
  }

  /** Freezes the statement: every later edit throws at the edit, naming `by`. */
  public freeze(by: string = 'PolicyStatement'): this {
    this.frozenBy = this.frozenBy ?? by;
    return this;
  }

  /** A copy with other resources (same effect, actions, conditions and principals). */
  public withResources(resources: readonly string[]): PolicyStatement {
    return new PolicyStatement({
      effect: this.effect,
      actions: this._actions,
      resources,
      conditions: this.conditions,
      principals: this._principals,
    });
  }

  /** A copy with other actions (same effect, resources, conditions and principals). */
  public withActions(actions: readonly string[]): PolicyStatement {
    return new PolicyStatement({
      effect: this.effect,
      actions,
      resources: this._resources,
      conditions: this.conditions,
      principals: this._principals,
    });
  }

  /** The canonical JSON: arrays everywhere, lowercase keys and effect, a fixed key order. */
  public toJSON(): StatementJson {
    return {
      ...(this._principals.length ? { principal: { qcs: this.principals } } : {}),
      action: this.actions,
      resource: this.resources,
      ...(this.hasConditions ? { condition: this.conditions } : {}),
      effect: this.effect,
    };
  }
  private checkNotFrozen(): void {
    if (this.frozenBy !== undefined) {
      throw new Error(`${this.frozenBy}: this statement was already written at synth, so an edit now would not be; change statements before synth.`);
    }
  }

}

/** Appends the values not yet present; a Set keeps large lists (hundreds of repositories) linear. */
function appendUnique(into: string[], values: readonly string[]): void {
  if (values.length === 0) return;
  const seen = new Set(into);
  for (const v of values) {
    if (!seen.has(v)) {
      seen.add(v);
      into.push(v);
    }
  }
}
