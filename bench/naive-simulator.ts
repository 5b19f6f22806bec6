import { CATALOG_ACTIONS, Decision, SimulationRequest } from '../lib';

/** One statement as parsed from the JSON, nothing compiled. */
interface RawStatement {
  readonly deny: boolean;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

const OPERATION_LEVEL: ReadonlySet<string> = new Set(CATALOG_ACTIONS.filter((a) => a.granularity === 'operation').map((a) => a.name));

/**
 * The baseline the simulator is measured against: what one would write first. Every request scans every
 * statement of every policy in order and turns each action and resource entry it tests into a regular
 * expression. Same CAM semantics as the simulator for what it supports (explicit deny > allow > implicit
 * deny; `*` spans `/`; an empty project, region or account segment matches any, the requests naming no
 * `ownerUin`; operation-level APIs only through `"*"`); it throws on anything else (conditions, `permid/`,
 * wildcards or variables in segments 1-4, an empty service) rather than guess.
 */
export class NaiveSimulator {
  private readonly statements: RawStatement[] = [];

  /**
   * @param documents the policy JSON texts
   * @param compile turns an entry into its regular expression: built anew on every test by default; the
   *   benchmark's check of every decision passes a memoized one (the same regexes, so the same decisions)
   */
  public constructor(documents: readonly string[], private readonly compile: (entry: string) => RegExp = entryRegExp) {
    for (const text of documents) {
      const doc = JSON.parse(text) as { statement: Array<Record<string, unknown>> };
      for (const s of doc.statement) {
        if (s.condition !== undefined) throw new Error('the naive simulator does not evaluate conditions');
        this.statements.push({ deny: s.effect === 'deny', actions: list(s.action), resources: list(s.resource) });
      }
    }
  }

  /** CAM's decision for one request. */
  public decide(request: SimulationRequest): Decision {
    const action = request.action.startsWith('name/') ? request.action.slice(5) : request.action;
    const operationLevel = OPERATION_LEVEL.has(action);
    let allowed = false;
    for (const s of this.statements) {
      if (!this.anyMatches(s.actions, action) || !this.resourceMatches(s.resources, operationLevel, request.resource)) continue;
      if (s.deny) return 'explicit-deny';
      allowed = true;
    }
    return allowed ? 'allow' : 'implicit-deny';
  }

  private anyMatches(entries: readonly string[], text: string): boolean {
    for (const entry of entries) if (this.compile(entry).test(text)) return true;
    return false;
  }

  private resourceMatches(entries: readonly string[], operationLevel: boolean, resource: string): boolean {
    if (entries.includes('*')) return true;
    if (operationLevel || resource === '*') return false;
    return this.anyMatches(entries, resource);
  }
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
 * The regular expression of an action entry (`tcr:Describe*`, `name/` prefix dropped) or of a six-segment
 * resource entry (each of segments 1-4 literal, or any when empty; the sixth a wildcard spanning `/`).
 */
export function entryRegExp(entry: string): RegExp {
  if (entry.startsWith('permid/')) throw new Error(`the naive simulator cannot expand ${entry}`);
  if (!entry.startsWith('qcs:')) return new RegExp(`^${wildcard(entry.startsWith('name/') ? entry.slice(5) : entry)}$`);
  const parts = entry.split(':');
  const segments = parts.slice(1, 5).map((segment, i) => {
    if (segment.includes('*') || segment.includes('${') || (i === 1 && segment === '')) {
      throw new Error(`the naive simulator does not evaluate ${entry}`);
    }
    return segment === '' ? '[^:]*' : escape(segment);
  });
  return new RegExp(`^qcs:${segments.join(':')}:${wildcard(parts.slice(5).join(':'))}$`);
}

function wildcard(pattern: string): string {
  return pattern.split('*').map(escape).join('.*');
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}
