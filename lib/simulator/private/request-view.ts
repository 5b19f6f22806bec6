import { listActions, stripNamePrefix } from '../../catalog/actions';
import { IpAddress, parseIp } from '../../policy/cidr';
import { scanResourceName } from '../../policy/resource-name';
import { SimulationRequestError } from '../errors';
import { SimulationRequest } from '../request';

/** The APIs the CAM page documents with an empty region (catalog assumption `empty-region`), looked up once per request. */
const EMPTY_REGION_APIS: ReadonlySet<string> = new Set(listActions().filter((a) => a.assumptions.includes('empty-region')).map((a) => a.name));
/** The APIs the CAM page marks as honouring `qcs:ip` ("IP Restriction: Supported"). */
const IP_APIS: ReadonlySet<string> = new Set(listActions().filter((a) => a.ipRestriction).map((a) => a.name));

/**
 * A request parsed for matching: the positions of the five `:` of the resource instead of substrings, so
 * matching a segment is a `startsWith` at an offset. One view is reused for every request of a simulator.
 */
export class RequestView {
  /** The action without `name/` prefix. */
  public action = '';
  /**
   * The action's name when the CAM page documents its resource with an empty region (catalog assumption
   * `empty-region`): a policy resource that names a region is then not relied on. `undefined` otherwise.
   */
  public emptyRegionApi: string | undefined;
  /**
   * Whether CAM restricts the action by the caller's address: the CAM page marks its IP restriction "Supported".
   * For any other action (marked not supported, CCR, outside the catalog) a `qcs:ip` condition is unknown.
   */
  public ipHonoured = false;
  /** The resource as given. */
  public resource = '';
  /** Whether the resource is `*`. */
  public isAny = false;
  /** Offsets of the five `:` separators (unused when `isAny`). */
  public readonly colons = [0, 0, 0, 0, 0];
  /** The owner uin, or `undefined`. */
  public ownerUin: string | undefined;
  /** The parsed source address, or `undefined` when not given. */
  public ip: IpAddress | undefined;
  /** The source address as given. */
  public sourceIp: string | undefined;
  /** The resource tags, or `undefined` when not given. */
  public tags: Readonly<Record<string, string>> | undefined;

  /** Loads and checks a request; throws a {@link SimulationRequestError} naming the bad field. */
  public load(request: SimulationRequest): this {
    if (typeof request !== 'object' || request === null) throw new SimulationRequestError('A simulation request must be an object { action, resource }.');
    const { action, resource } = request;
    if (typeof action !== 'string' || action === '') {
      throw new SimulationRequestError(`Request action must be a non-empty string such as "tcr:PullRepository", got ${JSON.stringify(action)}.`);
    }
    this.action = stripNamePrefix(action);
    this.emptyRegionApi = EMPTY_REGION_APIS.has(this.action) ? this.action : undefined;
    this.ipHonoured = IP_APIS.has(this.action);
    this.loadResource(resource);
    this.loadOwner(request.ownerUin);
    this.sourceIp = request.sourceIp;
    this.ip = undefined;
    if (request.sourceIp !== undefined) {
      this.ip = typeof request.sourceIp === 'string' ? parseIp(request.sourceIp) : undefined;
      if (!this.ip) {
        throw new SimulationRequestError(`Request sourceIp ${JSON.stringify(request.sourceIp)} is not an IPv4 or IPv6 address (e.g. "10.0.0.1"); give one address, not a block.`);
      }
    }
    this.loadTags(request.resourceTags);
    return this;
  }

  /** The resource text between colon `i - 1` and colon `i` (segment `i`, 0 = `qcs`); allocates, for messages. */
  public segment(i: number): string {
    const from = i === 0 ? 0 : this.colons[i - 1] + 1;
    return i === 5 ? this.resource.slice(from) : this.resource.slice(from, this.colons[i]);
  }

  /** Whether segment `i` (1-4) equals `text`, without allocating. */
  public segmentEquals(i: number, text: string): boolean {
    const from = this.colons[i - 1] + 1;
    return this.colons[i] - from === text.length && this.resource.startsWith(text, from);
  }

  /** Whether segment `i` (1-4) is empty. */
  public segmentEmpty(i: number): boolean {
    return this.colons[i] === this.colons[i - 1] + 1;
  }

  private loadResource(resource: unknown): void {
    if (typeof resource !== 'string') {
      throw new SimulationRequestError(`Request resource must be a string, got ${JSON.stringify(resource)}.`);
    }
    this.resource = resource;
    this.isAny = resource === '*';
    if (this.isAny) return;
    const slash = scanResourceName(resource, this.colons);
    if (slash <= this.colons[4] + 1) {
      throw new SimulationRequestError(
        `Request resource ${JSON.stringify(resource)} is neither "*" nor a six-segment name qcs:project:service:region:account:type/path, e.g. "qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-abcd1234/team-01/app".`,
      );
    }
  }

  private loadOwner(ownerUin: unknown): void {
    this.ownerUin = undefined;
    if (ownerUin === undefined) return;
    if (typeof ownerUin !== 'string' || !isDigits(ownerUin)) {
      throw new SimulationRequestError(`Request ownerUin must be the digits of the root account uin (no "uin/" prefix), got ${JSON.stringify(ownerUin)}.`);
    }
    this.ownerUin = ownerUin;
  }

  private loadTags(tags: unknown): void {
    this.tags = undefined;
    if (tags === undefined) return;
    if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
      throw new SimulationRequestError(`Request resourceTags must be an object of tag key to value, got ${JSON.stringify(tags)}.`);
    }
    for (const key in tags) {
      const value = (tags as Record<string, unknown>)[key];
      if (typeof value !== 'string') {
        throw new SimulationRequestError(`Request resourceTags[${JSON.stringify(key)}] must be a string, got ${JSON.stringify(value)}.`);
      }
    }
    this.tags = tags as Record<string, string>;
  }
}

function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
