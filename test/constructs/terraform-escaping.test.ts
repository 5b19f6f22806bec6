import { Lazy, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { Effect, NamespaceAdmin, PolicyStatement, ResourceName, TcrPolicy } from '../../lib';
import { templateParts } from '../../lib/policy/terraform-template';
import { camPolicies, cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
/** What Terraform reads from a written string, with any expression marked. */
const read = (written: string) => templateParts(written)
  .map((p) => (p.kind === 'text' ? p.text : /^\$\{"\$+"\}$/.test(p.text) ? p.text.slice(3, -2) : `<expr ${p.text}>`)).join('');

describe('nothing unescaped reaches Terraform', () => {
  test('a description with ${…} is written escaped, so Terraform reads it as text', () => {
    const { app, stack } = newApp();
    new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: 'ns', description: 'x ${file("/etc/hostname")} %{ if true }' });
    expect(synthErrors(app)).toBe('');
    const [policy] = Object.values(camPolicies(stack));
    expect(policy.description).toBe('x $${file("/etc/hostname")} %%{ if true }');
  });

  test('a CAM policy variable in a document is written as $${uin}, tags and condition values too', () => {
    const { app, stack } = newApp();
    new TcrPolicy(stack, 'P', {
      statements: [new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['tcr:PullRepository'],
        resources: [`qcs::tcr::uin/\${uin}:repository/${I}/ns/*`],
        conditions: { string_equal: { 'qcs:requested_region': ['${region}'] } },
      })],
      tags: { 'owner${x}': 'team %{y}' },
    });
    synthErrors(app);
    const [policy] = Object.values(camPolicies(stack)) as any[];
    expect(policy.document).toContain('uin/$${uin}:');
    expect(policy.document).toContain('"$${region}"');
    expect(policy.tags).toEqual({ 'owner$${x}': 'team %%{y}' });
  });

  test('a real token is written as the expression it stands for, never escaped', () => {
    const { app, stack } = newApp();
    const ns = new TerraformVariable(stack, 'ns', { type: 'string' }).stringValue;
    new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: ns, description: `for ${ns}` });
    expect(synthErrors(app)).toBe('');
    const [policy] = Object.values(camPolicies(stack));
    expect(policy.document).toContain(`repository/${I}/\${var.ns}/*`);
    expect(policy.description).toBe('for ${var.ns}');
  });

  test('property: any description, literal or around a token, is read by Terraform exactly as given', () => {
    const text = fc.stringMatching(/^[a-z${}%"\\ ]{0,12}$/);
    fc.assert(fc.property(text, text, fc.boolean(), (before, after, withLazy) => {
      const { app, stack } = newApp();
      const middle = withLazy ? Lazy.stringValue({ produce: () => 'mid' }) : 'mid';
      new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: 'ns', description: before + middle + after });
      synthErrors(app);
      const [policy] = Object.values(camPolicies(stack));
      expect(read(policy.description!)).toBe(before + 'mid' + after);
    }), { numRuns: Number(process.env.TCR_ESC_RUNS ?? 60) });
  });

  test('a resource tag value the provider would read back changed (\\/ → /) is refused', () => {
    const { app, stack } = newApp();
    new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: 'ns', resourceTags: { env: 'a\\/b' } });
    expect(synthErrors(app)).toContain('[stack/A] [invalid-condition] Invalid resourceTags: "a\\\\/b" holds a backslash before "/"');
  });

  test('a document value with \\/ is refused: the provider\'s read-back would change it', () => {
    const { app, stack } = newApp();
    new TcrPolicy(stack, 'P', {
      statements: [new PolicyStatement({ actions: ['tcr:PullRepository'], resources: [ResourceName.tcrRepository([I, 'ns', '*'])], conditions: { string_equal: { 'qcs:x': ['a\\/b'] } } })],
    });
    expect(synthErrors(app)).toContain('[stack/P] [invalid-syntax] The policy document holds a backslash before "/"');
  });
});
