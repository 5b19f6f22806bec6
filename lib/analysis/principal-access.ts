import { AccessModel, ModelPolicy, ModelPrincipal } from './access-model';
import { CompiledPolicies } from '../simulator/compiled-policies';
import { PolicyDocumentError } from '../simulator/errors';
import type { ComparedSide } from '../simulator/private/compare-access';
import { Decision, MatchedStatement, SimulationRequest, SimulationResult } from '../simulator/request';

/** A policy of the input the simulator cannot read. */
export class ModelPolicyError extends Error {
  public constructor(message: string, public readonly origin: string) {
    super(message);
    this.name = 'ModelPolicyError';
  }
}

/** The decision for one principal, with the policies behind it. */
export interface PrincipalDecision {
  readonly principal: string;
  readonly decision: Decision;
  readonly reason: string;
  /** The statements that matched, each with the policy it belongs to. */
  readonly matched: ReadonlyArray<MatchedStatement & { readonly policy: string }>;
}

/**
 * The policies of one principal (or of a set of documents) compiled for the simulator, with those whose
 * document is unknown. A policy that may grant or deny anything makes every decision `unknown` unless a deny
 * that certainly applies settles it.
 */
export class PrincipalAccess {
  /** The policies of a principal of the model. */
  public static of(principal: ModelPrincipal): PrincipalAccess {
    return new PrincipalAccess(principal.id, principal.policies);
  }

  /** Every policy of the model as if one caller held them all (input without attachments). */
  public static allOf(model: AccessModel): PrincipalAccess {
    return new PrincipalAccess('(all policies)', model.policies.filter((p) => p.plane === 'cam'));
  }

  public readonly compiled: CompiledPolicies;
  /** The known policies, by document index. */
  public readonly known: readonly ModelPolicy[];
  /** Policies whose document is unknown: identity → why. */
  public readonly unknown: ReadonlyMap<string, string>;
  private readonly unknownOrigins: readonly string[];

  private constructor(public readonly principal: string, policies: readonly ModelPolicy[]) {
    this.known = policies.filter((p) => p.document !== undefined);
    const unknown = policies.filter((p) => p.document === undefined);
    this.unknown = new Map(unknown.map((p) => [p.identity, `${p.origin}: ${p.unknown}`]));
    this.unknownOrigins = unknown.map((p) => `${p.origin} (${p.unknown})`);
    try {
      this.compiled = new CompiledPolicies(this.known.map((p) => p.document!));
    } catch (e) {
      if (e instanceof PolicyDocumentError) {
        const origin = this.known[e.documentIndex]?.origin ?? 'a policy';
        throw new ModelPolicyError(`cannot evaluate ${origin}: ${e.message} (run tcr-access lint on it)`, origin);
      }
      throw e;
    }
  }

  /** The side of a comparison. */
  public side(): ComparedSide {
    return { compiled: this.compiled, origins: this.known.map((p) => p.origin), unknown: this.unknown };
  }

  /** A key equal for two principals with the same policies (documents and unknown identities). */
  public get fingerprint(): string {
    return JSON.stringify([this.known.map((p) => p.document).sort(), [...this.unknown.keys()].sort()]);
  }

  /** The decision alone (the fast path). */
  public decide(request: SimulationRequest): Decision {
    const decision = this.compiled.decide(request);
    if (this.unknown.size === 0 || decision === 'unknown') return decision;
    return decision === 'explicit-deny' && this.denyCertain(this.compiled.simulate(request)) ? decision : 'unknown';
  }

  /** The decision with the matched statements (each naming its policy) and the reason. */
  public simulate(request: SimulationRequest): PrincipalDecision {
    const result = this.compiled.simulate(request);
    const matched = result.matched.map((m) => ({ ...m, policy: this.known[m.documentIndex].origin }));
    if (this.unknown.size === 0 || result.decision === 'unknown' || (result.decision === 'explicit-deny' && this.denyCertain(result))) {
      return { principal: this.principal, decision: result.decision, reason: this.named(result.reason), matched };
    }
    const reason = `Unknown: ${this.unknownOrigins.join('; ')} may allow or deny it; the known policies alone decide ${result.decision}.`;
    return { principal: this.principal, decision: 'unknown', reason, matched };
  }

  /** Whether a deny that matched certainly applies (not one assumed to apply). */
  private denyCertain(result: SimulationResult): boolean {
    return result.matched.some((m) => m.effect === 'deny'
      && !result.failClosed.some((f) => f.documentIndex === m.documentIndex && f.statementIndex === m.statementIndex));
  }

  /** The simulator's reason with `document i` replaced by the policy's origin. */
  private named(reason: string): string {
    return reason.replace(/document (\d+) statement/g, (_, i: string) => `${this.known[Number(i)]?.origin ?? `document ${i}`} statement`);
  }
}
