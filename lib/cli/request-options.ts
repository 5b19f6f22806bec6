import { CliError } from './cli-error';
import { SimulationRequestError } from '../simulator/errors';
import { SimulationRequest } from '../simulator/request';

/** The request flags of `simulate` and `who-can`. */
export interface RequestOptions {
  readonly action: string;
  readonly resource: string;
  readonly sourceIp?: string;
  /** `key=value` entries. */
  readonly tag?: readonly string[];
  readonly ownerUin?: string;
}

/** The request the flags describe. */
export function requestOf(options: RequestOptions): SimulationRequest {
  return {
    action: options.action,
    resource: options.resource,
    ...(options.sourceIp !== undefined ? { sourceIp: options.sourceIp } : {}),
    ...(options.tag?.length ? { resourceTags: parseTags(options.tag) } : {}),
    ...(options.ownerUin !== undefined ? { ownerUin: options.ownerUin } : {}),
  };
}

/** Runs `fn`, turning a malformed request into a usage error (exit 2). */
export function withValidRequest<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SimulationRequestError) throw new CliError(`invalid request: ${e.message}`);
    throw e;
  }
}

function parseTags(entries: readonly string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new CliError(`--tag ${JSON.stringify(entry)} must be key=value`);
    tags[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return tags;
}
