import { MAX_DOCUMENT_LENGTH, PolicyDocument } from './policy-document';
import { PolicyStatement } from './policy-statement';
import { ALL_RESOURCES, ResourceName } from './resource-name';

/** What a document costs besides its statements: `{"version":"2.0","statement":[]}`. */
const EMPTY_DOCUMENT_LENGTH = new PolicyDocument().render().length;

/**
 * Splits statements over as few documents as the greedy order allows, each at most `maxLength`
 * characters rendered, keeping every statement's effect, actions, conditions and principals.
 *
 * Each document is filled before the next is started: a statement that does not fit whole is split by
 * resources (a statement allows or denies the union of what its resources name, so its parts together
 * mean the same), and one whose actions alone leave no room for its longest resource is first split
 * by actions (the same union argument). Lengths are computed from the entries' JSON lengths, one render
 * per statement, so the cost is linear in the size of the input. The output is deterministic: the
 * statements and entries keep their order.
 *
 * A statement that cannot fit even with one action and one resource (e.g. a condition of 6,000
 * characters) is put in a document of its own, which stays too long (`document-too-long` reports it).
 *
 * @param statements the statements of one policy, in order
 * @param maxLength the longest rendered document @default MAX_DOCUMENT_LENGTH (6,144, CAM's limit)
 * @returns the statements of each document; one empty list when there is no statement
 */
export function splitStatements(statements: readonly PolicyStatement[], maxLength: number = MAX_DOCUMENT_LENGTH): PolicyStatement[][] {
  const packer = new Packer(maxLength);
  for (const statement of statements) packer.place(statement);
  return packer.documents;
}

/** {@link splitStatements} over a document: the document itself when it fits. */
export function splitDocument(document: PolicyDocument, maxLength: number = MAX_DOCUMENT_LENGTH): PolicyDocument[] {
  const parts = splitStatements(document.statements, maxLength);
  return parts.length === 1 ? [document] : parts.map((statements) => new PolicyDocument({ statements }));
}

/** The lengths that decide where a statement can be cut. */
interface Measured {
  readonly statement: PolicyStatement;
  /** The statement rendered with an empty resource list. */
  readonly base: number;
  /** The JSON length of each resource entry. */
  readonly resources: number[];
  /** The longest resource entry (0 without resources). */
  readonly longest: number;
  /** The rendered statement. */
  readonly total: number;
}

class Packer {
  public readonly documents: PolicyStatement[][] = [[]];
  /** The rendered length of the last document. */
  private used = EMPTY_DOCUMENT_LENGTH;
  /** The room for statements in an empty document. */
  private readonly capacity: number;

  public constructor(private readonly max: number) {
    this.capacity = max - EMPTY_DOCUMENT_LENGTH;
  }

  public place(statement: PolicyStatement): void {
    const m = measure(statement);
    if (m.total <= this.room()) {
      this.add(statement, m.total);
    } else if (m.resources.length > 0 && m.base + m.longest <= this.capacity) {
      this.placeByResources(m);
    } else if (m.total <= this.capacity) {
      this.startDocument();
      this.add(statement, m.total);
    } else if (statement.actions.length > 1) {
      for (const part of splitActions(m, this.capacity)) this.place(part);
    } else {
      // Cannot be cut further: alone in a document, reported as too long by the linter.
      if (this.last.length > 0) this.startDocument();
      this.add(statement, m.total);
    }
  }

  /**
   * Cuts a statement by resources. Every part keeps one resource of each kind the statement has (its first
   * `instance/…`, its first `repository/…`, `*`…), added where the part lacks one: the parts then mean
   * exactly what the statement means (a repeated pair grants or denies nothing new), and no part has an action
   * whose resource type it lost, which would otherwise read as `resource-mismatch` or as a newly scoped grant.
   */
  private placeByResources(m: Measured): void {
    const resources = m.statement.resources;
    const kinds = resources.map(kindOf);
    /** The first resource of each kind. */
    const anchors = new Map<string, number>();
    kinds.forEach((k, i) => anchors.has(k) || anchors.set(k, i));
    const anchorCost = (k: string) => 1 + m.resources[anchors.get(k)!];
    const allAnchors = [...anchors.keys()].reduce((sum, k) => sum + anchorCost(k), 0);
    // Without room for the anchors next to the longest resource, cut as before (the linter reports what follows).
    const anchored = m.base + m.longest + allAnchors <= this.capacity;
    let i = 0;
    while (i < resources.length) {
      /** The cost of the anchors of the kinds not yet in the part (each with its comma). */
      let missing = anchored ? allAnchors - anchorCost(kinds[i]) : 0;
      let room = this.room();
      if (m.base + m.resources[i] + missing > room) {
        this.startDocument();
        room = this.capacity;
      }
      const covered = new Set([kinds[i]]);
      let length = m.base + m.resources[i];
      let j = i + 1;
      for (; j < resources.length; j++) {
        const fresh = anchored && !covered.has(kinds[j]);
        const next = length + 1 + m.resources[j];
        const nextMissing = fresh ? missing - anchorCost(kinds[j]) : missing;
        if (next + nextMissing > room) break;
        length = next;
        missing = nextMissing;
        if (fresh) covered.add(kinds[j]);
      }
      const slice = resources.slice(i, j);
      const added = anchored ? [...anchors].filter(([k]) => !covered.has(k)).map(([, index]) => resources[index]) : [];
      this.add(m.statement.withResources([...added, ...slice]), length + missing);
      i = j;
    }
  }

  /** Room for one more statement in the last document, its separating comma counted. */
  private room(): number {
    return this.max - this.used - (this.last.length > 0 ? 1 : 0);
  }

  private add(statement: PolicyStatement, length: number): void {
    this.used += (this.last.length > 0 ? 1 : 0) + length;
    this.last.push(statement);
  }

  private startDocument(): void {
    this.documents.push([]);
    this.used = EMPTY_DOCUMENT_LENGTH;
  }

  private get last(): PolicyStatement[] {
    return this.documents[this.documents.length - 1];
  }
}

/** What a resource entry is for the rules that judge a statement by its resources: `service:type`, `*`, or not a six-segment name. */
function kindOf(resource: string): string {
  if (resource === ALL_RESOURCES) return '*';
  if (!resource.startsWith('qcs:')) return 'not-qcs';
  const name = ResourceName.split(resource);
  return name ? `${name.service}:${name.resourceType}` : 'malformed';
}

function measure(statement: PolicyStatement): Measured {
  const json = statement.toJSON();
  const resources = json.resource.map((r) => JSON.stringify(r).length);
  const base = JSON.stringify({ ...json, resource: [] }).length;
  const longest = resources.reduce((a, b) => Math.max(a, b), 0);
  return { statement, base, resources, longest, total: base + listLength(resources) };
}

/** The extra length of a JSON list of entries of these lengths, over an empty list: entries plus commas. */
function listLength(lengths: readonly number[]): number {
  let sum = 0;
  for (const l of lengths) sum += l;
  return lengths.length > 0 ? sum + lengths.length - 1 : 0;
}

/**
 * Cuts the actions into groups whose statement leaves room for the longest resource (one group per action
 * at worst). Only called when the actions do not fit together, so there are always at least two groups.
 */
function splitActions(m: Measured, capacity: number): PolicyStatement[] {
  const s = m.statement;
  const json = s.toJSON();
  const room = capacity - JSON.stringify({ ...json, action: [], resource: [] }).length - m.longest;
  const groups: string[][] = [];
  let group: string[] = [];
  let length = 0;
  for (const action of s.actions) {
    const entry = JSON.stringify(action).length;
    if (group.length > 0 && length + 1 + entry > room) {
      groups.push(group);
      group = [];
      length = 0;
    }
    length += (group.length > 0 ? 1 : 0) + entry;
    group.push(action);
  }
  groups.push(group);
  return groups.map((actions) => s.withActions(actions));
}
