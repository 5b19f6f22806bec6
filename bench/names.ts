import { Random } from './random';

/** Words teams name services after; combined they give names of the lengths seen in real registries. */
const DOMAINS = ['payments', 'search', 'checkout', 'ledger', 'identity', 'billing', 'catalog', 'shipping', 'media', 'risk',
  'growth', 'ads', 'notifications', 'inventory', 'pricing', 'reporting', 'platform', 'data', 'ml', 'security'];
const COMPONENTS = ['api', 'worker', 'gateway', 'indexer', 'scheduler', 'consumer', 'frontend', 'backend', 'migrator',
  'exporter', 'sidecar', 'cron', 'query-api', 'event-processor', 'web', 'admin-ui', 'batch', 'stream-reader'];
const FLAVOURS = ['', '', '', '-v2', '-canary', '-internal', '-grpc', '-jobs'];
const BASES = ['base-images', 'tools', 'ci', 'third-party'];
const BASE_IMAGES = ['node', 'jdk', 'python', 'golang', 'nginx', 'alpine', 'debian-slim', 'envoy', 'redis', 'busybox'];

/** The TCR Enterprise instance of the benchmark registry. */
export const INSTANCE_ID = 'tcr-prod8k2m';
/** The region of every benchmark policy. */
export const REGION = 'ap-guangzhou';
/** The root account the requests are made in. */
export const OWNER_UIN = '100000000001';

/** `n` distinct namespace names such as `payments-7` (2-30 characters, the Enterprise namespace rule). */
export function namespaces(n: number, random: Random): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(`${random.pick(DOMAINS)}-${random.int(Math.max(10, n))}`);
  return [...out];
}

/**
 * `n` distinct repository names as registries hold them: `checkout-api`, `ledger-worker-v2`, and path-like
 * `base-images/node-18` (2-200 characters, the Enterprise repository rule).
 */
export function repositories(n: number, random: Random): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const name = random.chance(0.15)
      ? `${random.pick(BASES)}/${random.pick(BASE_IMAGES)}-${10 + random.int(15)}`
      : `${random.pick(DOMAINS)}-${random.pick(COMPONENTS)}${random.pick(FLAVOURS)}`;
    out.add(out.has(name) ? `${name}-${out.size}` : name);
  }
  return [...out];
}
