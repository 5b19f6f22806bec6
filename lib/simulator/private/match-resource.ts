import { RequestView } from './request-view';
import * as tri from './truth';
import type { Truth } from './truth';
import { Glob } from '../../catalog/glob';
import { scanResourceName } from '../../policy/resource-name';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

const enum Seg { ANY, EQUAL, UNKNOWN_GLOB, UNKNOWN_ALWAYS, UNKNOWN_FOLD }

/** How a policy matches one of the segments project, service, region, account (1-4). */
interface SegmentRule {
  readonly kind: Seg;
  readonly text: string;
  readonly glob?: Glob;
}

const SEGMENT_NAMES = ['', 'project', 'service', 'region', 'account'];

/**
 * One compiled `resource` entry of a statement. CAM's six-segment semantics
 * (https://www.tencentcloud.com/document/product/598/10606):
 * `*` alone matches everything; an empty project or region matches any; an empty account means the owner's
 * account (the request's `ownerUin`, else the account of the requested resource); the sixth segment
 * `type/path` is a wildcard pattern (`*` spans `/`), exact without `*`. What CAM leaves undocumented is
 * evaluated as unknown (fail-closed): an empty service segment, a `*` in segments 1-4, policy variables
 * or unresolved Terraform tokens (`${...}`), which are treated as wildcards that only ever yield unknown, and
 * every form the simulator cannot read exactly: a legacy short region (`gz`), a project that is not digits, an
 * account that is neither `uin/<digits>` nor `uid/<digits>` (`uin/`), and upper case in the service or the path,
 * compared ignoring case (CAM documents lowercase names; whether it folds case is undocumented).
 */
export class ResourcePattern {
  /** The entry as written. */
  public readonly text: string;
  /** Whether the entry is `*`. */
  public readonly isAll: boolean;
  /** The service segment as written ('' for `*`). */
  public readonly service: string;
  /**
   * The whole `/`-separated components every matching resource's sixth segment starts with: the index key.
   * '' when none (and for `*`).
   */
  public readonly bucketKey: string;
  /** Why the entry can never be fully evaluated, or `undefined`. */
  public readonly staticUnknown: string | undefined;
  private readonly segments: readonly SegmentRule[];
  private readonly typePath: Glob;
  private readonly typePathUnknown: boolean;
  /** The lowercase path, for a path written with upper case: a match ignoring case is unknown. */
  private readonly foldedPath: Glob | undefined;

  public constructor(text: string) {
    this.text = text;
    this.isAll = text === '*';
    // `*` matches before any segment is read: give it segments that need no evaluation.
    const parts = this.isAll ? ['qcs', '', 'all', '', '', '*'] : splitSix(text);
    this.service = this.isAll ? '' : parts[2];
    const why: string[] = [];
    this.segments = [1, 2, 3, 4].map((i) => segmentRule(i, parts[i], why));
    const variables = hasVariable(parts[5]);
    if (variables) why.push(`its path ${JSON.stringify(parts[5])} contains a policy variable or unresolved token`);
    this.typePathUnknown = variables;
    this.typePath = new Glob(variables ? replaceVariables(parts[5]) : parts[5]);
    const lower = parts[5].toLowerCase();
    this.foldedPath = lower === parts[5] ? undefined : new Glob(variables ? replaceVariables(lower) : lower);
    this.staticUnknown = why.length ? `resource ${JSON.stringify(text)}: ${why.join('; ')}` : undefined;
    const head = this.typePath.head;
    // A path compared ignoring case can match a request under any key: file it where every request looks.
    this.bucketKey = this.isAll || this.foldedPath ? '' : this.typePath.isLiteral ? head : head.slice(0, Math.max(0, head.lastIndexOf('/')));
  }

  /** Whether the entry matches the request's resource. */
  public match(view: RequestView): Truth {
    if (this.isAll) return YES;
    if (view.isAny) return NO;
    let truth: Truth = YES;
    if (!this.typePath.matches(view.resource, view.colons[4] + 1)) {
      if (!this.foldedPath || !this.foldedPath.matches(view.resource.slice(view.colons[4] + 1).toLowerCase())) return NO;
      truth = UNKNOWN;
    }
    if (this.typePathUnknown) truth = UNKNOWN;
    for (let i = 0; i < 4; i++) {
      const t = this.matchSegment(i + 1, this.segments[i], view);
      if (t === NO) return NO;
      if (t === UNKNOWN) truth = UNKNOWN;
    }
    return truth;
  }

  /** Why {@link match} returned unknown for this request. */
  public whyUnknown(view: RequestView): string {
    if (this.foldedPath && !this.typePath.matches(view.resource, view.colons[4] + 1)) {
      return `resource ${JSON.stringify(this.text)} matches ${JSON.stringify(view.resource)} only when case is ignored (CAM documents lowercase names, not whether it folds case)`;
    }
    const region = this.segments[2];
    const parts = this.staticUnknown ? [this.staticUnknown] : [];
    if (view.emptyRegionApi && region.kind === Seg.EQUAL) {
      parts.push(`resource ${JSON.stringify(this.text)} names region ${JSON.stringify(region.text)}, but the CAM page documents `
        + `${view.emptyRegionApi} with an empty region, so whether a region-scoped resource reaches it is not known (catalog assumption empty-region)`);
    }
    if (parts.length === 0 || matchAccount(this.segments[3], view) === UNKNOWN) {
      parts.push(`resource ${JSON.stringify(this.text)} names account ${JSON.stringify(this.segments[3].text)}, `
        + `but the request gives neither the resource's account nor ownerUin (${JSON.stringify(view.resource)})`);
    }
    return parts.join('; ');
  }

  /**
   * Whether the entry can match some resource of this service and type (explain's resource-type check).
   * Entries that can never be fully evaluated are left to the caller.
   */
  public admitsType(service: string, resourceType: string): boolean {
    if (this.isAll) return true;
    const rule = this.segments[1];
    const serviceOk = rule.kind === Seg.EQUAL ? rule.text === service
      : rule.kind === Seg.UNKNOWN_FOLD ? rule.text.toLowerCase() === service
        : rule.glob ? rule.glob.matches(service) : true;
    return serviceOk && this.typePath.admitsPrefix(`${resourceType}/`);
  }

  private matchSegment(i: number, rule: SegmentRule, view: RequestView): Truth {
    if (i === 4) return matchAccount(rule, view);
    switch (rule.kind) {
      case Seg.ANY: return YES;
      // A named region is not relied on for an API the CAM page documents with an empty one (catalog assumption empty-region).
      case Seg.EQUAL: return view.segmentEquals(i, rule.text) ? (i === 3 && view.emptyRegionApi ? UNKNOWN : YES) : NO;
      case Seg.UNKNOWN_GLOB: return rule.glob!.matches(view.segment(i)) ? UNKNOWN : NO;
      case Seg.UNKNOWN_FOLD: return view.segment(i).toLowerCase() === rule.text.toLowerCase() ? UNKNOWN : NO;
      default: return UNKNOWN;
    }
  }
}

/**
 * Account segment: empty = the owner's account; otherwise exact. A request resource without an account
 * is in the owner's account; if the owner is not given either, a named account cannot be compared.
 */
function matchAccount(rule: SegmentRule, view: RequestView): Truth {
  if (rule.kind === Seg.UNKNOWN_GLOB) return rule.glob!.matches(view.segment(4)) ? UNKNOWN : NO;
  if (rule.kind === Seg.UNKNOWN_ALWAYS) return UNKNOWN;
  const owner = view.ownerUin;
  const requestEmpty = view.segmentEmpty(4);
  if (rule.kind === Seg.ANY) {
    // Empty in the policy: the owner's account. Without ownerUin the owner is the request's account.
    if (owner === undefined || requestEmpty) return YES;
    const from = view.colons[3] + 1;
    const r = view.resource;
    return view.colons[4] - from === 4 + owner.length && r.startsWith('uin/', from) && r.startsWith(owner, from + 4) ? YES : NO;
  }
  if (!requestEmpty) return view.segmentEquals(4, rule.text) ? YES : NO;
  if (owner === undefined) return UNKNOWN;
  const t = rule.text;
  return t.length === 4 + owner.length && t.startsWith('uin/') && t.endsWith(owner) ? YES : NO;
}

function segmentRule(i: number, text: string, why: string[]): SegmentRule {
  const name = SEGMENT_NAMES[i];
  if (hasVariable(text) || text.includes('*')) {
    why.push(`its ${name} segment ${JSON.stringify(text)} uses a wildcard or variable CAM does not document there`);
    return { kind: Seg.UNKNOWN_GLOB, text, glob: new Glob(replaceVariables(text)) };
  }
  if (text === '') {
    if (i === 2) {
      // CAM documents an empty service as "all products", older pages as required: not evaluated.
      why.push('its service segment is empty (documented both as "all products" and as required)');
      return { kind: Seg.UNKNOWN_ALWAYS, text };
    }
    return { kind: Seg.ANY, text };
  }
  if (EXACT_FORMS[i].test(text)) return { kind: Seg.EQUAL, text };
  if (i === 2 && EXACT_FORMS[2].test(text.toLowerCase())) {
    why.push(`its service segment ${JSON.stringify(text)} is not lowercase (compared ignoring case)`);
    return { kind: Seg.UNKNOWN_FOLD, text };
  }
  why.push(`its ${name} segment ${JSON.stringify(text)} is not in a form the simulator reads exactly (${FORM_NAMES[i]})`);
  return { kind: Seg.UNKNOWN_ALWAYS, text };
}

/**
 * The forms of segments 1-4 read exactly; anything else (a legacy short region such as `gz`, an empty `uin/`)
 * may name any value. Regions: https://www.tencentcloud.com/document/product/213/6091 (`ap-guangzhou`,
 * `ap-shanghai-fsi`, `na-siliconvalley`); legacy short forms: https://intl.cloud.tencent.com/document/product/598/10606.
 */
const EXACT_FORMS: readonly RegExp[] = [/^$/, /^\d+$/, /^[a-z][a-z0-9_-]*$/, /^[a-z]+-[a-z]+(-[a-z0-9]+)*$/, /^(uin|uid)\/\d+$/];
const FORM_NAMES = ['', 'digits', 'a lowercase product name', 'a region name such as ap-guangzhou, not a legacy short form', 'uin/<digits> or uid/<digits>'];

/** The six segments as written (the sixth may lack a `/`: `qcs::tcr:::repo*`), read by the one scanner. */
function splitSix(text: string): string[] {
  const colons = [0, 0, 0, 0, 0];
  if (scanResourceName(text, colons) === -2) {
    throw new Error(`resource ${JSON.stringify(text)} is neither "*" nor a six-segment name`);
  }
  return [0, 1, 2, 3, 4, 5].map((i) => text.slice(i === 0 ? 0 : colons[i - 1] + 1, i === 5 ? text.length : colons[i]));
}

function hasVariable(text: string): boolean {
  return text.includes('${');
}

/** `${anything}` (a policy variable or a Terraform token) becomes `*`. */
function replaceVariables(text: string): string {
  return text.replace(/\$\{[^}]*\}?/g, '*');
}
