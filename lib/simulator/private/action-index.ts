import { CompiledStatement } from './compiled-statement';
import { ActionPattern } from './match-action';
import { ResourcePattern } from './match-resource';
import { RequestView } from './request-view';
import * as tri from './truth';
import type { Truth } from './truth';
import type { Decision } from '../request';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

/** A statement that matches the action, with those of its resource entries filed under one key. */
export interface IndexEntry {
  readonly statement: CompiledStatement;
  /** The action entry that matched. */
  readonly action: ActionPattern;
  /**
   * `YES`, or `UNKNOWN` for an entry the simulator cannot read exactly (`permid/`, a token, `?`, case) and for
   * an allow of an API outside the CAM page.
   */
  readonly actionTruth: Truth;
  /** Why the action truth is unknown when the entry is not the reason (an API outside the CAM page). @default - the entry's */
  readonly whyUnknown?: string;
  /** The statement's resource entries under this bucket's key. */
  readonly resources: readonly ResourcePattern[];
}

/** The entries filed under one key, denies apart so a deny can be found first. */
export interface Bucket {
  readonly denies: IndexEntry[];
  readonly allows: IndexEntry[];
  /**
   * `denies` and `allows` without the entries that cannot change a decision: one entry per distinct resource
   * list among the unconditioned ones, since such entries apply to exactly the same requests (1,000 teams'
   * policies naming the same instance are one check, not 1,000).
   */
  distinctDenies: IndexEntry[];
  distinctAllows: IndexEntry[];
}

/**
 * Every statement that matches one action, filed by the leading `/`-separated components of the sixth
 * segment that each resource entry fixes (`repository/tcr-x/team-01` for `.../repository/tcr-x/team-01/*`).
 * A request only visits the buckets of its own prefixes, so 1,000 namespaces' policies cost a few map
 * lookups, not 1,000 pattern tests. Statements keep document order inside a bucket.
 */
export class ActionIndex {
  /** Whether the action is operation-level: only `*` resource entries are filed. */
  public readonly operationLevel: boolean;
  /** How many allow statements match the action name (whatever their resources). */
  public allowStatements = 0;
  /** Of those, how many were left out because the action is operation-level and they name no `*`. */
  public allowsWithoutAllResource = 0;
  private readonly buckets = new Map<string, Bucket>();
  private depths: number[] = [];

  /**
   * Indexes those of `statements` (in document order) that match `action`. With `allowsNotEvaluable` (why), every
   * allow is filed as unknown: an API outside the CAM page, whose CAM authorisation no grant can be evaluated against.
   */
  public constructor(action: string, operationLevel: boolean, statements: readonly CompiledStatement[], allowsNotEvaluable?: string) {
    this.operationLevel = operationLevel;
    for (const statement of statements) {
      const found = statement.actionEntry(action);
      if (!found) continue;
      const match = allowsNotEvaluable !== undefined && statement.effect === 'allow'
        ? { entry: found.entry, truth: UNKNOWN as Truth, whyUnknown: allowsNotEvaluable }
        : found;
      if (statement.effect === 'allow') this.allowStatements++;
      if (operationLevel) {
        if (statement.allResource) this.file('', { ...entryOf(statement, match), resources: [statement.allResource] });
        else if (statement.effect === 'allow') this.allowsWithoutAllResource++;
        continue;
      }
      for (const [key, resources] of statement.resourceGroups) {
        this.file(key, { ...entryOf(statement, match), resources });
      }
    }
    this.depths = [...new Set([...this.buckets.keys()].map(depthOf))].filter((d) => d > 0).sort((a, b) => a - b);
    for (const bucket of this.buckets.values()) {
      bucket.distinctDenies = distinct(bucket.denies);
      bucket.distinctAllows = distinct(bucket.allows);
    }
  }

  /** Puts the buckets on the request resource's path into `out` (from index 0); returns how many. */
  public collect(view: RequestView, out: Bucket[]): number {
    let n = 0;
    const general = this.buckets.get('');
    if (general) out[n++] = general;
    if (view.isAny || this.depths.length === 0) return n;
    const text = view.resource;
    const start = view.colons[4] + 1;
    let depth = 1;
    let slash = text.indexOf('/', start);
    for (const wanted of this.depths) {
      while (depth < wanted) {
        if (slash < 0) return n;
        slash = text.indexOf('/', slash + 1);
        depth++;
      }
      const bucket = this.buckets.get(slash < 0 ? text.substring(start) : text.substring(start, slash));
      if (bucket) out[n++] = bucket;
      if (slash < 0) return n;
    }
    return n;
  }

  /**
   * CAM's decision for the request: a deny that applies wins, else an allow that applies; whatever depends on
   * something unevaluated and is not settled by a deny that applies is `unknown`. A deny that may apply is never
   * ignored: with nothing that could allow, it denies (fail-closed). Allocates no result objects (only the
   * path-prefix keys it looks up); `scratch` receives the buckets on the request's path.
   */
  public decide(view: RequestView, scratch: Bucket[]): Decision {
    const n = this.collect(view, scratch);
    let denyUnknown = false;
    for (let b = 0; b < n; b++) {
      const denies = scratch[b].distinctDenies;
      for (let i = 0; i < denies.length; i++) {
        const t = entryTruth(denies[i], view);
        if (t === YES) return 'explicit-deny';
        if (t === UNKNOWN) denyUnknown = true;
      }
    }
    let allowUnknown = false;
    for (let b = 0; b < n; b++) {
      const allows = scratch[b].distinctAllows;
      for (let i = 0; i < allows.length; i++) {
        const t = entryTruth(allows[i], view);
        if (t === YES) return denyUnknown ? 'unknown' : 'allow';
        if (t === UNKNOWN) allowUnknown = true;
      }
    }
    return allowUnknown ? 'unknown' : denyUnknown ? 'explicit-deny' : 'implicit-deny';
  }

  private file(key: string, entry: IndexEntry): void {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { denies: [], allows: [], distinctDenies: [], distinctAllows: [] };
      this.buckets.set(key, bucket);
    }
    (entry.statement.effect === 'deny' ? bucket.denies : bucket.allows).push(entry);
  }
}

/** The entry fields of a statement's matching action entry (resources apart). */
function entryOf(statement: CompiledStatement, match: { entry: ActionPattern; truth: Truth; whyUnknown?: string }): Omit<IndexEntry, 'resources'> {
  const entry = { statement, action: match.entry, actionTruth: match.truth };
  return match.whyUnknown === undefined ? entry : { ...entry, whyUnknown: match.whyUnknown };
}

/** Whether the entry's action, resource and conditions all hold for the request (`UNKNOWN` when one is unknown). */
function entryTruth(entry: IndexEntry, view: RequestView): Truth {
  let resource: Truth = NO;
  const resources = entry.resources;
  for (let i = 0; i < resources.length && resource !== YES; i++) {
    const t = resources[i].match(view);
    if (t > resource) resource = t;
  }
  if (resource === NO) return NO;
  const conditions = entry.statement.conditions.length === 0 ? YES : entry.statement.conditionTruth(view);
  let truth = conditions < entry.actionTruth ? conditions : entry.actionTruth;
  if (resource < truth) truth = resource;
  return truth;
}

/**
 * The entries whose decision may differ, the first of each kind kept. Whether an entry applies depends on its
 * effect (one list holds one effect), its resources, its conditions (conditioned entries are all kept) and
 * its action truth.
 */
function distinct(entries: readonly IndexEntry[]): IndexEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (e.statement.conditions.length > 0) return true;
    const key = JSON.stringify([e.actionTruth, ...e.resources.map((r) => r.text)]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Number of `/`-separated components of a key ('' has none). */
function depthOf(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) n++;
  return n;
}
