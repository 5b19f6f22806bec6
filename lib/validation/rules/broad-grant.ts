import { stripNamePrefix } from '../../catalog/actions';
import { Glob } from '../../catalog/glob';
import { scanResourceName } from '../../policy/resource-name';
import { show } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/**
 * An allowed action pattern that matches every action of some service on every resource, judged by what the
 * pattern matches, not how it is spelled: `*`, `*:*`, `tcr:*`, `tcr:**`, `t*:*` and `cam:*` (another service
 * in full) all are; `tcr:Describe*` is not.
 */
export const broadGrant = defineRule({
  id: 'broad-grant',
  severity: 'warning',
  title: 'Every action of a service is allowed on every resource',
  explanation: 'An action pattern that matches every action of a service (tcr:*, ccr:*, *, *:*, t*:*, tcr:**) on resource "*" ' +
    'grants every API of that service on every resource of the account, including deleting them: the opposite of least ' +
    'privilege (it is what QcloudTCRFullAccess does). Full access to another service is worse: cam:* lets the holder grant ' +
    'itself anything (an account takeover).',
  fix: 'Scope it (TcrInstanceAccess with instanceId, NamespaceAdmin, RepoReadOnly) or name the actions and resources needed.',
  check({ document }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      if (s.effect !== 'allow') continue;
      const everywhere = s.resources.map((r) => coveredService(r.value)).filter((c): c is string => c !== undefined);
      if (everywhere.length === 0) continue;
      for (const a of s.actions) {
        const service = everywhere.find((resourceService) => resourceService === '*' ? coversSomeService(a.value) : coversService(a.value, resourceService));
        if (service === undefined) continue;
        const resource = s.resources.find((r) => coveredService(r.value) === service)!.value;
        const where = resource === '*' ? 'resource "*"' : `resource ${show(resource)}, which is every resource of ${service === '*' ? 'every service' : `"${service}"`},`;
        hits.push({
          message: `Statement ${s.index} allows ${show(a.value)} on ${where}: ${describe(a.value)} on every resource of the account. ` +
            'Scope it to the instances, namespaces or repositories needed, or name the actions.',
          path: a.path,
          value: a.value,
        });
      }
    }
    return hits;
  },
});

/**
 * The service whose every resource a resource entry covers (`*` for every service), or `undefined`: `*`,
 * or a six-segment name whose type/path is only wildcards (`*`, or `*` on both sides of one slash; region and account say where, not what).
 */
function coveredService(resource: string): string | undefined {
  if (resource === '*') return '*';
  const colons = [0, 0, 0, 0, 0];
  // Every type/path has a `/`, so `*/*` covers them all as `*` does.
  if (scanResourceName(resource, colons) === -2 || !/^\*+(?:\/\*+)?$/.test(resource.slice(colons[4] + 1))) return undefined;
  const service = resource.slice(colons[1] + 1, colons[2]);
  return service === '' || service.includes('*') ? '*' : service;
}

/** Whether the pattern matches every `service:<anything>`: it ends with `*` and the rest matches a prefix of `service:`. */
function coversService(action: string, service: string): boolean {
  const body = stripNamePrefix(action);
  if (!body.endsWith('*')) return false;
  const head = new Glob(body.replace(/\*+$/, ''));
  const whole = `${service}:`;
  for (let n = 0; n <= whole.length; n++) if (head.matches(whole.slice(0, n))) return true;
  return false;
}

/** Service names as CAM spells them. */
const SERVICE_CHARS = /^[a-z0-9_-]*$/;

/**
 * Whether the pattern matches every action of at least one service: it ends with `*` and what comes before
 * can be a service name's start (`t*`, `tc`) or a whole `service:` (`tcr:`, `*:`, `t*:`).
 */
function coversSomeService(action: string): boolean {
  const body = stripNamePrefix(action);
  if (!body.endsWith('*')) return false;
  const head = body.replace(/\*+$/, '');
  const literal = head.replace(/\*/g, '');
  if (!head.endsWith(':')) return !literal.includes(':') && SERVICE_CHARS.test(literal);
  const name = head.slice(0, -1);
  return !name.replace(/\*/g, '').includes(':') && SERVICE_CHARS.test(name.replace(/\*/g, '')) && name !== '';
}

/** What the pattern grants, for the message. */
function describe(action: string): string {
  const body = stripNamePrefix(action);
  if (coversService(body, 'cam')) {
    return (coversService(body, 'tcr') && coversService(body, 'cvm') ? 'every action of every service' : 'every CAM action') +
      ' (CAM included: the holder can grant itself anything, an account takeover)';
  }
  const known = ['tcr', 'ccr'].filter((s) => coversService(body, s)).map((s) => s.toUpperCase());
  if (known.length > 0) return `every ${known.join(' and every ')} action`;
  return `every action of each service ${show(body)} matches`;
}
