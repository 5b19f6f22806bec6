import { Scenario } from './scenario';
import { ScenarioScope } from './scope';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ALL_RESOURCES, ResourceName } from '../policy/resource-name';

/**
 * The API a CAM identity calls for its own `docker login` password on a TCR Enterprise instance: the
 * instance token (`TokenType=temp` lasts an hour; `longterm` lasts until disabled or deleted, so the same
 * grant also mints long-term tokens). Resource-level on `instance/<id>`, supports `qcs:ip` (https://www.tencentcloud.com/document/product/598/57160).
 * https://www.tencentcloud.com/document/product/1051/54755, https://www.tencentcloud.com/document/product/1051/45154
 */
export const ENTERPRISE_LOGIN_ACTIONS: readonly string[] = ['tcr:CreateInstanceToken'];

/**
 * The APIs a CAM identity calls to set its own password for `docker login ccr.ccs.tencentyun.com` (TCR
 * Personal): create the registry user, then reset its password. Both are operation-level, so CAM only
 * matches them on `*`; both support `qcs:ip` (https://www.tencentcloud.com/document/product/598/57160).
 * https://cloud.tencent.com/document/api/1141/41596, https://www.tencentcloud.com/document/product/1051/39862
 */
export const PERSONAL_LOGIN_ACTIONS: readonly string[] = ['tcr:CreateUserPersonal', 'tcr:ModifyUserPasswordPersonal'];

/** Where the identity logs in: one Enterprise instance, every Enterprise instance, or TCR Personal. */
export type RegistryLoginTarget =
  | { readonly edition: 'enterprise'; /** @default - every instance */ readonly instanceId?: string }
  | { readonly edition: 'personal' };

/** The statement that lets an identity get its own registry password for the target. */
export function registryLoginStatement(target: RegistryLoginTarget, scope: ScenarioScope): PolicyStatement {
  if (target.edition === 'personal') {
    return new PolicyStatement({ effect: Effect.ALLOW, actions: [...PERSONAL_LOGIN_ACTIONS], resources: [ALL_RESOURCES] });
  }
  return new PolicyStatement({
    effect: Effect.ALLOW,
    actions: [...ENTERPRISE_LOGIN_ACTIONS],
    resources: [ResourceName.tcrInstance([target.instanceId ?? '*'], scope)],
  });
}

/**
 * The scenario with the registry login statement appended, or unchanged without a target. The statement
 * is built with the scenario's own statements, so only after its names passed.
 */
export function withRegistryLogin(scenario: Scenario, target: RegistryLoginTarget | undefined, scope: ScenarioScope): Scenario {
  if (target === undefined) return scenario;
  return { ...scenario, build: () => [...scenario.build(), registryLoginStatement(target, scope)] };
}

/** The target when the `registryLogin` prop is on (its default), `undefined` when it is `false`. */
export function registryLoginIf(registryLogin: boolean | undefined, target: RegistryLoginTarget): RegistryLoginTarget | undefined {
  return registryLogin === false ? undefined : target;
}
