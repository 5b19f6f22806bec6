import { CcrPreset, TcrPreset, TcrPresetPolicy } from '../../lib';
import { cleanTestingOutdirs, newApp, synthErrors, synthJson } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

describe('TcrPresetPolicy', () => {
  test.each([
    [TcrPreset.FULL_ACCESS, 'QcloudTCRFullAccess'],
    [TcrPreset.READ_ONLY_ACCESS, 'QcloudTCRReadOnlyAccess'],
    [CcrPreset.FULL_ACCESS, 'QcloudCCRFullAccess'],
    [CcrPreset.READ_ONLY_ACCESS, 'QcloudCCRReadOnlyAccess'],
  ])('%s is looked up by exact name among the presets', (preset, name) => {
    const { stack } = newApp();
    const p = new TcrPresetPolicy(stack, 'Preset', { preset });
    expect(p.policyName).toBe(name);
    const lookups = Object.values(synthJson(stack).data.tencentcloud_cam_policies) as any[];
    expect(lookups).toEqual([{ name, type: 2 }]);
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test('attaches like the custom policies, with policy_id from policy_list.0.policy_id', () => {
    const { app, stack } = newApp();
    new TcrPresetPolicy(stack, 'Preset', { preset: TcrPreset.READ_ONLY_ACCESS }).attachToUser('alice').attachToGroup('12345').attachToRole('4611686018427922725');
    expect(synthErrors(app)).toBe('');
    const r = synthJson(stack).resource;
    const lookupRef = /^\$\{data\.tencentcloud_cam_policies\.Preset_Lookup_[0-9A-F]+\.policy_list\[0\]\.policy_id\}$/;
    for (const type of ['tencentcloud_cam_user_policy_attachment', 'tencentcloud_cam_group_policy_attachment', 'tencentcloud_cam_role_policy_attachment']) {
      const [attachment] = Object.values(r[type]) as any[];
      expect(attachment.policy_id).toMatch(lookupRef);
    }
  });

  test('attachToRoleByName names the preset directly', () => {
    const { stack } = newApp();
    new TcrPresetPolicy(stack, 'Preset', { preset: CcrPreset.READ_ONLY_ACCESS }).attachToRoleByName('auditor');
    const [attachment] = Object.values(synthJson(stack).resource.tencentcloud_cam_role_policy_attachment_by_name) as any[];
    expect(attachment).toEqual({ role_name: 'auditor', policy_name: 'QcloudCCRReadOnlyAccess' });
  });

  test('a repeated attachment is an error at synth', () => {
    const { app, stack } = newApp();
    new TcrPresetPolicy(stack, 'Preset', { preset: TcrPreset.FULL_ACCESS }).attachToGroup('7').attachToGroup('7');
    expect(synthErrors(app)).toContain('[stack/Preset] [duplicate-attachment] attachToGroup(groupId): stack/Preset is already attached to group "7"');
  });

  test('an unknown preset name fails synth with the prop and the known ones', () => {
    const { app, stack } = newApp();
    new TcrPresetPolicy(stack, 'Preset', { preset: 'QcloudTCRFullAcess' as TcrPreset });
    expect(synthErrors(app)).toContain('[stack/Preset] [invalid-name] Invalid preset: "QcloudTCRFullAcess" is not a TCR or CCR preset policy. ' +
      'Use one of QcloudTCRFullAccess, QcloudTCRReadOnlyAccess, QcloudCCRFullAccess, QcloudCCRReadOnlyAccess');
  });
});
