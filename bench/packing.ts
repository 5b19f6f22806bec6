import { App, TerraformStack } from 'cdktf';
import { INSTANCE_ID, REGION, repositories } from './names';
import { Random } from './random';
import { MAX_DOCUMENT_LENGTH, PolicyDocument, RepoReadOnly, ResourceName } from '../lib';

/** How RepoReadOnly over `k` repositories is split into documents. */
export interface PackingCase {
  readonly k: number;
  /** The resource entries of the statement before splitting (instance, namespace, two per repository). */
  readonly entries: number;
  readonly documents: number;
  /** The fewest documents the entry lengths allow: every document filled to the last character. */
  readonly minDocuments: number;
  /** The longest document written. */
  readonly longestDocument: number;
}

/** The packing measurement. */
export interface Packing {
  /** Resource entries in the first document. */
  readonly firstDocumentEntries: number;
  /** The most entries, taken in order, whose lengths fit one document. */
  readonly bound: number;
  /** `firstDocumentEntries / bound`. */
  readonly fill: number;
  /** Repositories whose both entries are in the first document. */
  readonly firstDocumentRepositories: number;
  readonly cases: PackingCase[];
}

/** The empty document `{"version":"2.0","statement":[]}` costs this much of every document. */
const WRAPPER = new PolicyDocument().render().length;

/**
 * Builds RepoReadOnly over 100 and 1,000 realistic repository names, takes the documents it synthesizes
 * (`renderedDocuments()`), checks that they are within 6,144 characters and hold every resource entry
 * exactly once with the statement otherwise unchanged, and compares the fill of a document with the bound
 * computed from the entry lengths alone.
 */
export function measurePacking(): Packing {
  const random = new Random(3);
  const names = repositories(1_000, random);
  const cases = [100, 1_000].map((k) => packingCase(k, names.slice(0, k)));
  const big = split(names);
  const lengths = big.statement.resource.map((r) => JSON.stringify(r).length);
  const capacity = MAX_DOCUMENT_LENGTH - WRAPPER - big.baseLength;
  let bound = 0;
  for (let used = -1; bound < lengths.length && used + 1 + lengths[bound] <= capacity; bound++) used += 1 + lengths[bound];
  const first = big.parts[0].resource;
  // Entries keep their order (checked): the instance, the namespace, then each repository and its `/*`.
  const firstRepos = Math.max(0, Math.floor((first.length - 2) / 2));
  return { firstDocumentEntries: first.length, bound, fill: first.length / bound, firstDocumentRepositories: firstRepos, cases };
}

interface RenderedStatement {
  readonly action: string[];
  readonly resource: string[];
  readonly effect: string;
}

function packingCase(k: number, names: readonly string[]): PackingCase {
  const { statement, parts, baseLength, texts } = split(names);
  const cost = statement.resource.reduce((sum, r) => sum + JSON.stringify(r).length + 1, 0);
  const perDocument = MAX_DOCUMENT_LENGTH - WRAPPER - baseLength + 1;
  return {
    k,
    entries: statement.resource.length,
    documents: parts.length,
    minDocuments: Math.ceil(cost / perDocument),
    longestDocument: Math.max(...texts.map((t) => t.length)),
  };
}

/** The unsplit statement, the split parts (checked), and the length of the statement without resources. */
function split(names: readonly string[]): { statement: RenderedStatement; parts: RenderedStatement[]; baseLength: number; texts: string[] } {
  const stack = new TerraformStack(new App(), 'packing');
  // One statement's entries are what is packed: the registry login, a statement of its own, is left out.
  const policy = new RepoReadOnly(stack, 'Readers', { instanceId: INSTANCE_ID, namespace: 'platform', repositories: names, region: REGION, registryLogin: false });
  const whole = (JSON.parse(policy.document.render()) as { statement: RenderedStatement[] }).statement;
  if (whole.length !== 1) throw new Error(`RepoReadOnly rendered ${whole.length} statements, the benchmark expects one`);
  const statement = whole[0];
  const texts = policy.renderedDocuments();
  const parts = texts.flatMap((t) => (JSON.parse(t) as { statement: RenderedStatement[] }).statement);
  for (const t of texts) if (t.length > MAX_DOCUMENT_LENGTH) throw new Error(`a document of ${t.length} characters was written`);
  const key = (s: RenderedStatement) => JSON.stringify([s.effect, s.action]);
  if (parts.some((p) => key(p) !== key(statement))) throw new Error('a part changed the effect or the actions of the statement');
  // A part keeps one resource of each kind the statement has (its first), so that no action loses its resource type:
  // those are the only repeats, and without them the parts hold every entry once, in order.
  const kind = (r: string) => (r === '*' ? '*' : ResourceName.split(r)?.resourceType ?? r);
  const firstOfKind = new Set<string>();
  const kinds = new Set<string>();
  for (const r of statement.resource) {
    if (kinds.has(kind(r))) continue;
    kinds.add(kind(r));
    firstOfKind.add(r);
  }
  const seen = new Set<string>();
  const written: string[] = [];
  for (const r of parts.flatMap((p) => p.resource)) {
    if (seen.has(r)) {
      if (!firstOfKind.has(r)) throw new Error(`the parts repeat ${r}, which is not the first resource of its kind`);
      continue;
    }
    seen.add(r);
    written.push(r);
  }
  if (written.length !== statement.resource.length || written.some((r, i) => r !== statement.resource[i])) {
    throw new Error('the parts do not hold every resource entry, in order');
  }
  return { statement, parts, baseLength: JSON.stringify({ ...statement, resource: [] }).length, texts };
}
