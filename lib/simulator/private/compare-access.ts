import { CompiledStatement } from './compiled-statement';
import { conditionsImplied, globContains, resourceContains } from './containment';
import { ActionPattern } from './match-action';
import { ResourcePattern } from './match-resource';
import { boundaryContexts } from './probe-contexts';
import { ProbeValues, probeResources } from './probes';
import { YES } from './truth';
import { CATALOG_ACTIONS } from '../../catalog';
import { stripNamePrefix } from '../../catalog/actions';
import type { CatalogAction } from '../../catalog/types';
import { ResourceName } from '../../policy/resource-name';
import type { CompiledPolicies } from '../compiled-policies';
import type { AccessChange, NotCompared } from '../diff-access';
import type { SimulationRequest } from '../request';

/** One side of a comparison: the compiled policies of one principal (or one set of documents). */
export interface ComparedSide {
  readonly compiled: CompiledPolicies;
  /** Where each document came from, by document index, for messages. */
  readonly origins: readonly string[];
  /** Policies whose document is not known (an interpolation, an unknown preset): identity → why. */
  readonly unknown: ReadonlyMap<string, string>;
}

/** What one comparison found. */
export interface SideComparison {
  readonly added: AccessChange[];
  readonly removed: AccessChange[];
  readonly notCompared: NotCompared[];
  readonly probes: number;
}

/** The names and owner the probes use, shared by every action of one comparison. */
export interface ProbeSetup {
  readonly values: ProbeValues;
  readonly ownerUin: string;
}

/**
 * Compares the access of two sides. Per catalog action, a proof first: every allow of `after` lies within an
 * allow of `before` (action, resources as languages, conditions implied) and every deny of `before` within a
 * deny of `after`; then allow(after) − deny(after) ⊆ allow(before) − deny(before), so nothing is new. When the
 * proof fails, probes built from every pattern and condition boundary of both sides look for a request the
 * simulator allows after and not before: each one found is new access; a statement whose failed proof no
 * probe confirms is "not compared", as is every action entry that may name APIs outside the catalog and is not
 * covered, and every policy whose document is unknown on either side. Removed access is found the same way,
 * sides swapped, and is information only.
 */
export function compareSides(before: ComparedSide, after: ComparedSide, setup: ProbeSetup, principal?: string): SideComparison {
  const notCompared: NotCompared[] = [];
  const at = (p: NotCompared) => (principal === undefined ? p : { principal, ...p });
  for (const [key, why] of after.unknown) {
    if (!before.unknown.has(key)) notCompared.push(at({ statement: key, reason: `its document is not known (${why}): it may grant anything` }));
  }
  for (const [key, why] of before.unknown) {
    if (!after.unknown.has(key)) notCompared.push(at({ statement: key, reason: `it was removed and its document was not known (${why}): it may have denied something` }));
  }
  const forward = oneWay(before, after, setup, true);
  const backward = oneWay(after, before, setup, false);
  for (const n of [...forward.notCompared, ...outsideCatalog(before, after)]) notCompared.push(at(n));
  const tag = (c: AccessChange) => (principal === undefined ? c : { principal, ...c });
  return { added: forward.changes.map(tag), removed: backward.changes.map(tag), notCompared, probes: forward.probes + backward.probes };
}

interface OneWay {
  readonly changes: AccessChange[];
  readonly notCompared: NotCompared[];
  readonly probes: number;
}

/** Requests `to` allows and `from` does not (with proof failures not confirmed by a probe when `strict`). */
function oneWay(from: ComparedSide, to: ComparedSide, setup: ProbeSetup, strict: boolean): OneWay {
  const changes: AccessChange[] = [];
  const notCompared: NotCompared[] = [];
  let probes = 0;
  const fromIndex = byAction(from.compiled.statements);
  const toIndex = byAction(to.compiled.statements);
  for (const action of CATALOG_ACTIONS) {
    const toStatements = toIndex.get(action.name) ?? [];
    const grants = toStatements.filter((s) => s.effect === 'allow');
    if (grants.length === 0) continue;
    const fromStatements = fromIndex.get(action.name) ?? [];
    const failures = [
      ...grants.flatMap((s) => uncovered(s, fromStatements.filter((t) => t.effect === 'allow'), action, 'allow')),
      ...fromStatements.filter((d) => d.effect === 'deny')
        .flatMap((d) => uncovered(d, toStatements.filter((e) => e.effect === 'deny'), action, 'deny')),
    ];
    if (failures.length === 0) continue;
    const probe = probeAction(action, from, to, [...fromStatements, ...toStatements], setup);
    probes += probe.probes;
    changes.push(...probe.found);
    if (!strict) continue;
    for (const failure of failures) {
      // A failure some found request goes through is shown by that request; the others are not compared.
      if (probe.found.some((c) => failure.confirmedBy(c, from, to))) continue;
      const unknown = probe.unknown ? `; the simulator's answer for ${JSON.stringify(requestText(probe.unknown))} is unknown` : '';
      notCompared.push({ action: action.name, statement: label(failure.side === 'allow' ? to : from, failure.statement), reason: `${failure.why}, and no probe found a request it changes${unknown}` });
    }
  }
  return { changes, notCompared, probes };
}

interface Failure {
  readonly statement: CompiledStatement;
  readonly side: 'allow' | 'deny';
  readonly why: string;
  confirmedBy(change: AccessChange, from: ComparedSide, to: ComparedSide): boolean;
}

/**
 * The resource entries of `statement` (for `action`) that no statement of `others` covers, as failures. For an
 * allow of the new side the coverer is an old allow; for a deny of the old side, a new deny.
 */
function uncovered(statement: CompiledStatement, others: readonly CompiledStatement[], action: CatalogAction, side: 'allow' | 'deny'): Failure[] {
  const resources = relevantResources(statement, action);
  // A coverer names the action exactly, or holds the very entry through which the statement may match it.
  const entry = statement.actionEntry(action.name)!.entry.text;
  const coverers = others.filter((o) => o.actionEntry(action.name)?.truth === YES || o.actions.some((a) => a.text === entry));
  const missing = resources.filter((r) => !coverers.some((o) => conditionsImplied(o.conditions, statement.conditions)
    && relevantResources(o, action).some((c) => resourceContains(c, r))));
  if (missing.length === 0) return [];
  const what = side === 'allow'
    ? `it allows ${action.name} on ${missing.map((r) => JSON.stringify(r.text)).join(', ')}, which no allow before the change covers with conditions it implies`
    : `it denied ${action.name} on ${missing.map((r) => JSON.stringify(r.text)).join(', ')}, which no deny after the change covers with conditions it implies`;
  return [{
    statement,
    side,
    why: what,
    confirmedBy: (change, from, to) => {
      const request = { ...change, action: change.action };
      const result = side === 'allow' ? to.compiled.simulate(request) : from.compiled.simulate(request);
      return result.matched.some((m) => m.documentIndex === statement.documentIndex && m.statementIndex === statement.statementIndex);
    },
  }];
}

/** The resource entries through which a statement can reach an action: `*` alone for operation-level APIs. */
function relevantResources(statement: CompiledStatement, action: CatalogAction): ResourcePattern[] {
  if (action.granularity === 'operation') return statement.allResource ? [statement.allResource] : [];
  return statement.resources.filter((r) => admits(r, action));
}

function admits(resource: ResourcePattern, action: CatalogAction): boolean {
  return action.resources.some((template) => {
    const parts = ResourceName.split(template);
    return parts !== undefined && resource.admitsType(parts.service, parts.resourceType);
  });
}

interface ProbeOutcome {
  readonly found: AccessChange[];
  /** A request on which `to` is unknown and `from` does not allow, if any. */
  readonly unknown?: SimulationRequest;
  readonly probes: number;
}

/** Probes one action with witnesses of every pattern and every condition boundary of the statements. */
function probeAction(
  action: CatalogAction, from: ComparedSide, to: ComparedSide, statements: readonly CompiledStatement[], setup: ProbeSetup,
): ProbeOutcome {
  const resources = new Set(probeResources(action, setup.values));
  if (action.granularity !== 'operation') {
    for (const s of statements) for (const r of relevantResources(s, action)) witnesses(r, setup.values).forEach((w) => resources.add(w));
  }
  const contexts = boundaryContexts(statements.flatMap((s) => s.conditions));
  const found: AccessChange[] = [];
  let unknown: SimulationRequest | undefined;
  let probes = 0;
  for (const resource of [...resources].sort()) {
    for (const context of contexts) {
      const request: SimulationRequest = { action: action.name, resource, ownerUin: setup.ownerUin, ...context };
      probes++;
      const now = to.compiled.decide(request);
      if (now !== 'allow' && now !== 'unknown') continue;
      if (from.compiled.decide(request) === 'allow') continue;
      if (now === 'unknown') {
        unknown ??= request;
        continue;
      }
      // One request per action and resource: the first context in which it changed.
      found.push({ action: action.name, resource, ownerUin: setup.ownerUin, ...context });
      break;
    }
  }
  return { found, unknown, probes };
}

/** Concrete resources a pattern matches: every empty region and account filled, each `*` as nothing and as a fresh name. */
function witnesses(pattern: ResourcePattern, values: ProbeValues): string[] {
  if (pattern.isAll) return [];
  const parts = ResourceName.split(pattern.text);
  if (!parts) return [];
  const fill = (text: string, fresh: string) => text.replace(/\$\{[^}]*\}?/g, fresh).replace(/\*/g, fresh);
  const open = (text: string) => text === '' || text.includes('*') || text.includes('${');
  const region = parts.region ?? '';
  const account = parts.account ?? '';
  const regions = open(region) ? values.regions : [region];
  const accounts = open(account) ? values.accounts : [account];
  const paths = [...new Set([fill(`${parts.resourceType}/${parts.resourcePath}`, ''), fill(`${parts.resourceType}/${parts.resourcePath}`, 'probe9')])];
  const service = parts.service.toLowerCase();
  const out: string[] = [];
  for (const r of regions) for (const a of accounts) for (const path of paths) out.push(`qcs::${service}:${r}:${a}:${path}`);
  return out;
}

/**
 * Action entries of new allows that may name APIs outside the catalog (`cam:*`, `tcr:*` beyond the documented
 * APIs, a token, a feature set) and are not covered by an old allow, and old denies of that kind no new deny
 * covers while some new allow reaches outside the catalog: the diff cannot enumerate those APIs.
 */
function outsideCatalog(before: ComparedSide, after: ComparedSide): NotCompared[] {
  const out: NotCompared[] = [];
  const newAllows = after.compiled.statements.filter((s) => s.effect === 'allow');
  const reachesOutside = newAllows.some((s) => s.actions.some(mayLeaveCatalog));
  const check = (statement: CompiledStatement, others: readonly CompiledStatement[], side: ComparedSide, verb: string) => {
    for (const entry of statement.actions.filter(mayLeaveCatalog)) {
      const covered = others.some((o) => conditionsImplied(o.conditions, statement.conditions)
        && statement.resources.every((r) => o.resources.some((c) => resourceContains(c, r)))
        && o.actions.some((b) => entryContains(b, entry)));
      if (!covered) {
        out.push({ statement: label(side, statement), reason: `${verb} ${JSON.stringify(entry.text)}, which may name APIs outside the catalog (they cannot be enumerated, so they are not compared)` });
      }
    }
  };
  for (const s of newAllows) check(s, before.compiled.statements.filter((t) => t.effect === 'allow'), after, 'it allows');
  if (reachesOutside) {
    for (const d of before.compiled.statements.filter((s) => s.effect === 'deny')) {
      check(d, after.compiled.statements.filter((e) => e.effect === 'deny'), before, 'it denied');
    }
  }
  return out;
}

/** Whether action entry `outer` matches every name `inner` may match (identical entries, or `*` patterns as languages). */
function entryContains(outer: ActionPattern, inner: ActionPattern): boolean {
  if (outer.text === inner.text) return true;
  return outer.glob !== undefined && inner.glob !== undefined && globContains(outer.glob.pattern, inner.glob.pattern);
}

const CATALOG_NAMES: ReadonlySet<string> = new Set(CATALOG_ACTIONS.map((a) => a.name));

/** Whether an action entry may match a name outside the catalog. */
function mayLeaveCatalog(entry: ActionPattern): boolean {
  if (!entry.glob) return true;
  return !entry.glob.isLiteral || !CATALOG_NAMES.has(stripNamePrefix(entry.text));
}

/** For each catalog action, the statements (document order) with an entry that matches or may match it. */
function byAction(statements: readonly CompiledStatement[]): Map<string, CompiledStatement[]> {
  const out = new Map<string, CompiledStatement[]>();
  for (const statement of statements) {
    const names = new Set<string>();
    for (const entry of statement.actions) for (const a of entry.candidates()) names.add(a.name);
    for (const name of names) {
      const list = out.get(name);
      if (list) list.push(statement);
      else out.set(name, [statement]);
    }
  }
  return out;
}

function label(side: ComparedSide, statement: CompiledStatement): string {
  return `${side.origins[statement.documentIndex] ?? `document ${statement.documentIndex}`} statement ${statement.statementIndex}`;
}

function requestText(r: SimulationRequest): string {
  const context = [r.sourceIp ? `from ${r.sourceIp}` : '', r.resourceTags ? `tagged ${JSON.stringify(r.resourceTags)}` : ''].filter(Boolean).join(' ');
  return `${r.action} on ${r.resource}${context ? ` ${context}` : ''}`;
}
