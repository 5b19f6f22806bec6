import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ALL_RESOURCES } from '../policy/resource-name';

/** Tencent's preset TCR policies (https://www.tencentcloud.com/document/product/1051/37246), by the name CAM knows them under. */
export enum TcrPreset {
  /** `tcr:*` on everything, Enterprise and Personal. */
  FULL_ACCESS = 'QcloudTCRFullAccess',
  /** `tcr:Describe*` and `tcr:PullRepository*` on everything. */
  READ_ONLY_ACCESS = 'QcloudTCRReadOnlyAccess',
}

/** The statements of a preset, as that page prints them (with arrays), for teams that want a custom copy. */
export function presetStatements(preset: TcrPreset): PolicyStatement[] {
  const actions = preset === TcrPreset.FULL_ACCESS ? ['tcr:*'] : ['tcr:Describe*', 'tcr:PullRepository*'];
  return [new PolicyStatement({ effect: Effect.ALLOW, actions, resources: [ALL_RESOURCES] })];
}
