import { documentsOf } from './policy-source';
import { Decision, simulate, SimulationRequest, SimulationResult } from '../simulator';

/** The optional request fields of a matcher call: source address, resource tags, owner uin. */
export type RequestContext = Omit<SimulationRequest, 'action' | 'resource'>;

/** The result shape `expect.extend` expects from a matcher. */
export interface MatcherResult {
  /** Whether the expectation holds. */
  readonly pass: boolean;
  /** The failure message: the decision, the reason and the statements involved. */
  readonly message: () => string;
}

/** The part of jest's matcher context the matchers read. */
interface MatcherState {
  readonly isNot?: boolean;
}

/**
 * `expect(policy).toAllow(action, resource, context?)`: passes when the decision is `allow`. Like every matcher
 * here, it fails both plain and negated (`.not`) when the decision is `unknown`, and says what could not be evaluated.
 */
export function toAllow(this: MatcherState | void, received: unknown, action: string, resource: string, context?: RequestContext): MatcherResult {
  return check(this, received, action, resource, context, 'allow', (d) => d === 'allow');
}

/** `expect(policy).toDeny(action, resource, context?)`: passes when the decision is not `allow` (explicit or implicit deny). */
export function toDeny(this: MatcherState | void, received: unknown, action: string, resource: string, context?: RequestContext): MatcherResult {
  return check(this, received, action, resource, context, 'deny', (d) => d !== 'allow');
}

/** `expect(policy).toExplicitlyDeny(action, resource, context?)`: passes when a deny statement matches. */
export function toExplicitlyDeny(
  this: MatcherState | void, received: unknown, action: string, resource: string, context?: RequestContext,
): MatcherResult {
  return check(this, received, action, resource, context, 'explicitly deny', (d) => d === 'explicit-deny');
}

function check(
  state: MatcherState | void,
  received: unknown,
  action: string,
  resource: string,
  context: RequestContext | undefined,
  expectation: string,
  passes: (d: Decision) => boolean,
): MatcherResult {
  const result = simulate(documentsOf(received), { ...context, action, resource });
  const not = state?.isNot ? 'not ' : '';
  const expected = `expected the policies ${not}to ${expectation} ${action} on ${resource}`;
  if (result.decision === 'unknown') {
    // Neither claim can be checked: fail `.not` too (jest inverts `pass` under `.not`).
    const hint = 'The simulator cannot decide this offline; give the request context the policies test (sourceIp, resourceTags, ownerUin) or remove what it cannot evaluate.';
    return { pass: Boolean(state?.isNot), message: () => `${failureMessage(expected, result, context)}\n${hint}` };
  }
  const pass = passes(result.decision);
  return { pass, message: () => failureMessage(expected, result, context) };
}

function failureMessage(expected: string, result: SimulationResult, context: RequestContext | undefined): string {
  const lines = [`${expected}${context && Object.keys(context).length ? ` with ${JSON.stringify(context)}` : ''},`, `but the decision is ${result.decision}: ${result.reason}`];
  if (result.matched.length) {
    lines.push('Matched statements:', ...result.matched.map((m) => `  document ${m.documentIndex} statement ${m.statementIndex} (${m.effect}): ${m.action} on ${m.resource}`));
  }
  if (result.failClosed.length) {
    lines.push('Not evaluable:', ...result.failClosed.map((f) => `  document ${f.documentIndex} statement ${f.statementIndex} (${f.effect}): ${f.why}`));
  }
  return lines.join('\n');
}
