import { CATALOG_ACTIONS, getUndocumentedAction } from '../catalog';
import { ActionIndex, Bucket } from './private/action-index';
import { CompiledStatement } from './private/compiled-statement';
import { outcomes, unknownParts } from './private/evaluate';
import { parseDocument } from './private/parse-document';
import { buildReason } from './private/reason';
import { RequestView } from './private/request-view';
import * as tri from './private/truth';
import { Decision, FailClosedStatement, MatchedStatement, SimulationRequest, SimulationResult } from './request';

// Actions outside the catalog are indexed on first use; bound the cache against unbounded request streams.
const OTHER_ACTIONS_LIMIT = 1024;
const { NO, UNKNOWN, YES } = tri;

/**
 * Policies parsed and compiled once for many requests: every action, resource and condition entry is
 * compiled up front, and statements are indexed by concrete catalog action (then by resource prefix), so a
 * request costs a map lookup and a few literal comparisons, whatever the number of policies.
 * Reuse one instance for a stream of requests; it is not safe to share between concurrent workers.
 *
 * @see https://www.tencentcloud.com/document/product/598/10605 (CAM evaluation logic)
 */
export class CompiledPolicies {
  /** How many documents were compiled. */
  public readonly documentCount: number;
  /** How many statements those documents hold. */
  public readonly statementCount: number;
  /** Every compiled statement, in document order; `diffAccess` reads its probe names from them. @internal */
  public readonly statements: readonly CompiledStatement[];
  private readonly catalogIndex = new Map<string, ActionIndex>();
  private readonly otherIndex = new Map<string, ActionIndex>();
  private readonly undocumentedIndex = new Map<string, UndocumentedIndexes>();
  private readonly view = new RequestView();
  private readonly buckets: Bucket[] = [];

  /** Parses and compiles `documents` (policy JSON texts); throws a `PolicyDocumentError` naming the bad document. */
  public constructor(documents: readonly string[]) {
    if (!Array.isArray(documents)) throw new TypeError(`Expected an array of policy JSON texts, got ${typeof documents}.`);
    const statements: CompiledStatement[] = [];
    documents.forEach((text, d) => {
      parseDocument(text, d).forEach((parsed, s) => statements.push(new CompiledStatement(parsed, d, s, statements.length)));
    });
    this.documentCount = documents.length;
    this.statementCount = statements.length;
    this.statements = statements;
    const candidates = statementsByCatalogAction(statements);
    for (const action of CATALOG_ACTIONS) {
      const list = candidates.get(action.name);
      if (list) this.catalogIndex.set(action.name, new ActionIndex(action.name, action.granularity === 'operation', list));
    }
  }

  /** The decision alone: stops at the first deny, then the first allow. The fast path for bulk evaluation. */
  public decide(request: SimulationRequest): Decision {
    const view = this.view.load(request);
    const undocumented = this.undocumentedFor(view.action);
    if (undocumented) return bothReadings(undocumented.resource.decide(view, this.buckets), undocumented.operation.decide(view, this.buckets));
    const index = this.indexFor(view.action);
    if (!index) return 'implicit-deny';
    return index.decide(view, this.buckets);
  }

  /** The decision with every matching statement, the ones that could not be evaluated, and the reason. */
  public simulate(request: SimulationRequest): SimulationResult {
    const view = this.view.load(request);
    const undocumented = this.undocumentedFor(view.action);
    const index = undocumented ? undocumented.resource : this.indexFor(view.action);
    const outs = index ? outcomes(this.buckets, index.collect(view, this.buckets), view) : [];
    const matched: MatchedStatement[] = [];
    const failClosed: FailClosedStatement[] = [];
    const deny = [false, false, false];
    const allow = [false, false, false];
    for (const o of outs) {
      const { documentIndex, statementIndex, effect } = o.entry.statement;
      if (o.truth === UNKNOWN) failClosed.push({ documentIndex, statementIndex, effect, why: unknownParts(o, view) });
      (effect === 'deny' ? deny : allow)[o.truth] = true;
      if (effect === 'deny' ? o.truth === NO : o.truth !== YES) continue;
      matched.push({ documentIndex, statementIndex, effect, action: o.entry.action.text, resource: o.resource.text });
    }
    const decision: Decision = deny[YES] ? 'explicit-deny'
      : deny[UNKNOWN] ? (allow[YES] || allow[UNKNOWN] ? 'unknown' : 'explicit-deny')
        : allow[YES] ? 'allow' : allow[UNKNOWN] ? 'unknown' : 'implicit-deny';
    if (!undocumented) return { decision, matched, failClosed, reason: buildReason(decision, outs, view, index) };
    const onStar = undocumented.operation.decide(view, this.buckets);
    const both = bothReadings(decision, onStar);
    const reason = undocumentedReason(both, decision, onStar, buildReason(decision, outs, view, index), undocumented.why);
    return { decision: both, matched, failClosed, reason };
  }

  /** The two indexes of an API outside the CAM page (see {@link bothReadings}), or `undefined` for any other name. */
  private undocumentedFor(action: string): UndocumentedIndexes | undefined {
    let pair = this.undocumentedIndex.get(action);
    if (pair) return pair;
    const api = getUndocumentedAction(action);
    if (!api) return undefined;
    const why = `${api.name} is not on the CAM page, so no allow of it can be evaluated`;
    pair = {
      resource: new ActionIndex(action, false, this.statements, why),
      operation: new ActionIndex(action, true, this.statements, why),
      why: `${api.name} is not on the CAM page (Tencent's API reference names it: ${api.url}), so whether CAM authorises it on `
        + 'the requested resource or only on "*" is not known, and no allow of it can be evaluated',
    };
    this.undocumentedIndex.set(action, pair);
    return pair;
  }

  private indexFor(action: string): ActionIndex | undefined {
    const known = this.catalogIndex.get(action);
    if (known) return known;
    let other = this.otherIndex.get(action);
    if (other === undefined) {
      // A catalog action without statements has no index; only build one for names outside the catalog.
      if (CATALOG_NAMES.has(action)) return undefined;
      if (this.otherIndex.size >= OTHER_ACTIONS_LIMIT) this.otherIndex.clear();
      other = new ActionIndex(action, false, this.statements);
      this.otherIndex.set(action, other);
    }
    return other;
  }
}

const CATALOG_NAMES: ReadonlySet<string> = new Set(CATALOG_ACTIONS.map((a) => a.name));

/** An API outside the CAM page read both ways: authorised on the requested resource, or only on `*` (operation level). */
interface UndocumentedIndexes {
  readonly resource: ActionIndex;
  readonly operation: ActionIndex;
  readonly why: string;
}

/**
 * The decision for an API outside the CAM page: its CAM granularity is unknown, so it is decided as a resource-level API
 * (on the requested resource) and as an operation-level one (only `*` entries reach it); allows are never evaluable. Denied
 * in both readings is denied; anything else is unknown.
 */
function bothReadings(onResource: Decision, onStar: Decision): Decision {
  if (onResource === 'unknown' || onStar === 'unknown' || onResource === 'allow' || onStar === 'allow') return 'unknown';
  return onResource === 'explicit-deny' || onStar === 'explicit-deny' ? 'explicit-deny' : 'implicit-deny';
}

/** The reason for an API outside the CAM page: what the resource reading found, and what the `*` reading changes. */
function undocumentedReason(decision: Decision, onResource: Decision, onStar: Decision, resourceReason: string, why: string): string {
  if (decision === onResource) return `${resourceReason} Note: ${why}; read as an operation-level API (only "*" reaches it) it is ${onStar}.`;
  return `Unknown: ${why}. On the requested resource: ${resourceReason} Read as an operation-level API (only "*" reaches it): ${onStar}.`;
}

/**
 * For each catalog action, the statements (in document order) with an action entry that may match it.
 * An entry the simulator cannot read exactly (`permid/`, a token, `?`, case) is filed under every action it may match.
 */
function statementsByCatalogAction(statements: readonly CompiledStatement[]): Map<string, CompiledStatement[]> {
  const out = new Map<string, CompiledStatement[]>();
  for (const statement of statements) {
    const names = new Set<string>();
    for (const entry of statement.actions) {
      for (const action of entry.candidates()) names.add(action.name);
    }
    for (const name of names) {
      const list = out.get(name);
      if (list) list.push(statement);
      else out.set(name, [statement]);
    }
  }
  return out;
}

/** Compiles policies once for many {@link CompiledPolicies.simulate} / {@link CompiledPolicies.decide} calls. */
export function compilePolicies(documents: readonly string[]): CompiledPolicies {
  return new CompiledPolicies(documents);
}
