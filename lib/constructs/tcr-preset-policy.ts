import { Construct } from 'constructs';
import { DataTencentcloudCamPolicies } from '../provider';
import { registerPolicy } from './private/validation-adapter';
import { TcrAttachable } from './tcr-attachable';
import { CcrPreset } from '../scenarios/ccr-presets';
import { TcrPreset } from '../scenarios/presets';
import type { Finding } from '../validation/finding';

/** Props of {@link TcrPresetPolicy}. */
export interface TcrPresetPolicyProps {
  /** Tencent's preset: `TcrPreset.FULL_ACCESS`, `TcrPreset.READ_ONLY_ACCESS`, `CcrPreset.FULL_ACCESS` or `CcrPreset.READ_ONLY_ACCESS`. */
  readonly preset: TcrPreset | CcrPreset;
}

/** Preset type in `tencentcloud_cam_policies` (1 custom, 2 preset). */
const PRESET_TYPE = 2;
const PRESETS: readonly string[] = [...Object.values(TcrPreset), ...Object.values(CcrPreset)];

/**
 * One of Tencent's preset TCR or CCR policies, for teams that want the preset rather than a custom copy:
 * looked up by exact name through the `tencentcloud_cam_policies` data source (`type = 2`, presets only)
 * and attachable like the custom policies. Nothing is created but the lookup and the attachments.
 */
export class TcrPresetPolicy extends TcrAttachable {
  /** The `tencentcloud_cam_policies` data source that resolves the preset. */
  public readonly lookup: DataTencentcloudCamPolicies;
  /** The preset's name, e.g. `QcloudTCRReadOnlyAccess`. */
  public readonly policyName: string;
  /** The preset's policy id: `policy_list.0.policy_id` of the lookup (a token until plan). */
  public readonly policyId: string;
  private readonly presetProblem?: Finding;

  public constructor(scope: Construct, id: string, props: TcrPresetPolicyProps) {
    super(scope, id);
    const preset: unknown = typeof props === 'object' && props !== null ? props.preset : undefined;
    // A plain-JavaScript caller may pass anything: an unknown preset fails synth naming the prop, and nothing is looked up.
    this.presetProblem = typeof preset === 'string' && PRESETS.includes(preset) ? undefined : {
      ruleId: 'invalid-name',
      severity: 'error',
      path: '',
      prop: 'preset',
      value: String(preset),
      constructPath: this.node.path,
      message: `Invalid preset: ${JSON.stringify(preset) ?? String(preset)} is not a TCR or CCR preset policy. Use one of ` +
        `${PRESETS.join(', ')} (TcrPreset / CcrPreset), or a custom policy construct.`,
    };
    this.policyName = this.presetProblem ? '' : preset as string;
    this.lookup = new DataTencentcloudCamPolicies(this, 'Lookup', { name: this.policyName, type: PRESET_TYPE });
    this.policyId = this.lookup.policyList.get(0).policyId;
    registerPolicy(this, () => ({ findings: this.lint(), documentLinted: this.presetProblem === undefined }));
  }

  /** The findings synth reports about the attachments, before `Suppressions` are applied. */
  public lint(): Finding[] {
    return [...(this.presetProblem ? [this.presetProblem] : []), ...this.attachments.findings()];
  }

  /** A preset is one policy, known by its looked-up id and its name. */
  protected syncAttachments(): void {
    this.attachments.sync([{ id: this.policyId, name: this.policyName }]);
  }
}
