import { AccessModel } from './access-model';
import { PrincipalAccess, PrincipalDecision } from './principal-access';
import { SimulationRequest } from '../simulator/request';

/** The answer of {@link whoCan}. */
export interface WhoCan {
  /** The principals the simulator allows, each with the statements that allow it. */
  readonly allowed: PrincipalDecision[];
  /** The principals whose decision is unknown, each with the reason: the question cannot be settled for them. */
  readonly unknown: PrincipalDecision[];
  /** How many principals were asked. */
  readonly principals: number;
}

/** Compiles each principal of a model once, for many questions. */
export class ModelAccess {
  /** Every principal's compiled policies, sorted by principal id. */
  public readonly principals: readonly PrincipalAccess[];

  public constructor(model: AccessModel) {
    this.principals = model.principals.map((p) => PrincipalAccess.of(p));
  }

  /**
   * Who may make the request: every principal the simulator allows, and apart those it cannot decide for
   * (`unknown`), never counted as denied. Service accounts answer through their own permissions.
   */
  public whoCan(request: SimulationRequest): WhoCan {
    const allowed: PrincipalDecision[] = [];
    const unknown: PrincipalDecision[] = [];
    for (const p of this.principals) {
      const decision = p.decide(request);
      if (decision === 'allow') allowed.push(p.simulate(request));
      else if (decision === 'unknown') unknown.push(p.simulate(request));
    }
    return { allowed, unknown, principals: this.principals.length };
  }
}

/** Who may make the request, over every principal of the model (compile once with {@link ModelAccess} for many questions). */
export function whoCan(model: AccessModel, request: SimulationRequest): WhoCan {
  return new ModelAccess(model).whoCan(request);
}
