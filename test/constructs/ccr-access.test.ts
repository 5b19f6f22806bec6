import { TerraformStack } from 'cdktf';
import { CcrAccess, CcrPermission, TcrDeleteGuardrail, simulate } from '../../lib';
import { SEED_TEMPLATES } from '../fixtures/seed-templates';
import { arraysEverywhere } from '../helpers/seed-text';
import { camPolicies, cleanTestingOutdirs, newStack, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const seed = (id: string) => JSON.stringify(arraysEverywhere(JSON.parse(SEED_TEMPLATES.find((t) => t.id === id)!.json)));

/** The seed 003 examples CcrAccess writes: the same documents, byte for byte. */
const SAME_SHAPE: Array<[string, (s: TerraformStack) => void]> = [
  ['ccr-create-repository', (s) => new CcrAccess(s, 'P', { permissions: [CcrPermission.CREATE_REPOSITORY] })],
  ['ccr-delete-in-namespaces', (s) => new CcrAccess(s, 'P', { permissions: [CcrPermission.DELETE_REPOSITORY], namespaces: ['foo', 'bar'] })],
  ['ccr-manage-namespace-foo', (s) => new CcrAccess(s, 'P', { permissions: [CcrPermission.CREATE_REPOSITORY, CcrPermission.DELETE_REPOSITORY, CcrPermission.PUSH], namespaces: ['foo'] })],
];

describe('CcrAccess', () => {
  test.each(SAME_SHAPE)('reproduces the seed template %s', (id, build) => {
    const stack = newStack();
    build(stack);
    const policies = Object.values(camPolicies(stack));
    expect(policies.map((p) => p.document)).toEqual([seed(id)]);
  });

  test('the deny example of seed 003 is covered by the delete guardrail: everything it denies is denied', () => {
    const stack = newStack();
    const docs = new TcrDeleteGuardrail(stack, 'G').renderedDocuments();
    const template = [seed('ccr-deny-repository-deletes')];
    for (const action of ['ccr:DeleteRepository', 'ccr:BatchDeleteRepository']) {
      expect(simulate(template, { action, resource: 'qcs::ccr:::repo/foo/app' }).decision).toBe('explicit-deny');
      expect(simulate(docs, { action, resource: 'qcs::ccr:::repo/foo/app' }).decision).toBe('explicit-deny');
    }
  });

  test('bad names fail synth, with the CCR rules (no /)', () => {
    const stack = newStack();
    new CcrAccess(stack, 'P', { permissions: [CcrPermission.PULL], namespaces: ['foo/bar'], repositories: [{ namespace: 'foo', repository: 'a/b' }] });
    const errors = synthErrors(stack.node.scope as any);
    expect(errors).toContain('[test/P] [invalid-name] Invalid namespaces[0]: "foo/bar" contains \'/\'');
    expect(errors).toContain('[test/P] [invalid-name] Invalid repositories[0].repository: "a/b" contains \'/\'');
  });

  test('a namespace permission scoped to repositories only fails synth', () => {
    const stack = newStack();
    new CcrAccess(stack, 'P', { permissions: [CcrPermission.CREATE_NAMESPACE], repositories: [{ namespace: 'foo', repository: 'app' }] });
    expect(synthErrors(stack.node.scope as any)).toContain('[test/P] [resource-mismatch] Invalid permissions[0]: ccr:CreateCCRNamespace is authorized on a namespace');
  });
});
