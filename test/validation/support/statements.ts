// A fast-check generator of policy statements: catalog actions, wildcards and junk; six-segment names of every
// service and type, malformed ones and junk; conditions with known and unknown operators, keys and values.
import * as fc from 'fast-check';
import { CATALOG_ACTIONS } from '../../../lib/catalog';
import { Effect, PolicyStatement } from '../../../lib/policy';

const action = fc.oneof(
  fc.constantFrom(...CATALOG_ACTIONS.map((a) => a.name)),
  fc.constantFrom('tcr:*', 'tcr:Describe*', 'tcr:Pull*', 'ccr:*', '*', 'cam:*', 'name/tcr:*', 'tcr:pullrepository', 'tcr: Pull', ''),
  fc.string({ maxLength: 12 }),
);
const segment = fc.constantFrom('tcr-abc12345', 'team-01', 'app', 'app/secret', '*', 'a*', '', 'Team', 'x:y');
const resource = fc.oneof(
  fc.tuple(
    fc.constantFrom('tcr', 'ccr', 'cam', ''), fc.constantFrom('', 'ap-guangzhou', 'ap-shanghai'), fc.constantFrom('', 'uin/100000000001', 'uin/x'),
    fc.constantFrom('instance', 'repository', 'repo', 'namespace', ''), fc.array(segment, { minLength: 1, maxLength: 4 }),
  ).map(([service, region, account, type, path]) => `qcs::${service}:${region}:${account}:${type}/${path.join('/')}`),
  fc.constantFrom('*', 'qcs:::::', 'qcs::tcr:::instance', 'arn:aws:s3:::b'),
  fc.string({ maxLength: 12 }),
);
const conditions = fc.dictionary(
  fc.constantFrom('ip_equal', 'ip_not_equal', 'string_equal', 'for_any_value:string_equal', 'date_greater_than', 'bogus_op'),
  fc.dictionary(
    fc.constantFrom('qcs:ip', 'qcs:resource_tag', 'qcs:current_time', 'tcr:namespace', 'x'),
    fc.array(fc.constantFrom('10.0.0.0/8', '10.0.0.1/8', '::1', 'fe80::1%eth0', 'env&prod', '2026-01-01T00:00:00Z', '', 'a\\/b'), { minLength: 1, maxLength: 3 }),
    { maxKeys: 2 },
  ),
  { maxKeys: 2 },
);
/** A statement that may break any rule. */
export const statementArb = fc.record({
  effect: fc.constantFrom(Effect.ALLOW, Effect.DENY),
  actions: fc.array(action, { maxLength: 4 }),
  resources: fc.array(resource, { maxLength: 4 }),
  conditions: fc.option(conditions, { nil: undefined }),
  principals: fc.option(fc.array(fc.constantFrom('qcs::cam::uin/100000000001:root', 'qcs::cam::anyone', '*'), { maxLength: 2 }), { nil: undefined }),
}).map((props) => new PolicyStatement(props));
