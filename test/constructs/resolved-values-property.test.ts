import { Lazy, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { GuardrailScope } from '../../lib';
import { checkNameParts, NAME_KINDS, NameKind } from '../../lib/policy/names';
import { escapeTemplateText, TemplatePart } from '../../lib/policy/terraform-template';
import { cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';
import { CONSTRUCTS } from './support/constructs';

afterAll(cleanTestingOutdirs);

/** Runs of the pure property; `TCR_PROPERTY_RUNS=100000` for the long run. The synth property runs a tenth. */
const RUNS = Number(process.env.TCR_PROPERTY_RUNS ?? 5000);

/**
 * What would widen or shift a resource, judged independently of the naming rules: a wildcard, a segment
 * separator, whitespace, quoting or template syntax in the text of a name (`/` only inside an Enterprise
 * repository, which may hold sub-paths), or a name with no text and no expression.
 */
function widens(parts: readonly TemplatePart[], slashAllowed: boolean): boolean {
  if (parts.every((p) => p.kind === 'text' && p.text === '')) return true;
  const bad = slashAllowed ? /[*?:\s"\\${}%&]/ : /[*?:\s"\\${}%&/]/;
  return parts.some((p) => p.kind === 'text' && bad.test(p.text));
}

/** A value as a token's producer returns it: text (any character, escaped) and Terraform expressions. */
const segmentArb: fc.Arbitrary<TemplatePart> = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9._\-/*?: A"$%{}]{0,6}$/).map((text): TemplatePart => ({ kind: 'text', text })) },
  { weight: 1, arbitrary: fc.constantFrom('${var.x}', '${local.y}').map((text): TemplatePart => ({ kind: 'expression', text })) },
);
const valueArb = fc.array(segmentArb, { minLength: 1, maxLength: 4 });

/** The parts Terraform reads, adjacent text merged (what the construct sees once the token resolved). */
function merged(parts: readonly TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
    else if (p.kind === 'expression' || p.text !== '') out.push(p);
  }
  return out.length ? out : [{ kind: 'text', text: '' }];
}
const produced = (parts: readonly TemplatePart[]) => parts.map((p) => (p.kind === 'text' ? escapeTemplateText(p.text) : p.text)).join('');
/** Text ending in `$` or `%` right before an expression cannot be written as text (`$${` is an escape): not generated. */
const representable = (parts: readonly TemplatePart[]) => parts.every((p, i) => p.kind !== 'text' || parts[i + 1]?.kind !== 'expression' || !/[$%]$/.test(p.text));

describe('no resolved value widens scope', () => {
  test(`pure (${RUNS} runs): a name the checker accepts never holds a wildcard, separator or template syntax in its text`, () => {
    fc.assert(fc.property(fc.constantFrom(...NAME_KINDS), valueArb, (kind: NameKind, parts) => {
      const value = merged(parts);
      const accepted = checkNameParts(kind, value) === undefined;
      if (accepted) expect(widens(value, kind === 'repository')).toBe(false);
    }), { numRuns: RUNS });
  });

  /** Every name prop of every construct: its name, and how to set it to a token on the construct's valid props. */
  const NAME_PROPS = Object.entries(CONSTRUCTS).flatMap(([name, c]) => Object.entries(c.types)
    .filter(([, spec]) => spec.ruleId === undefined && (spec.type.kind === 'string' || spec.type.kind === 'strings'))
    .map(([prop, spec]) => ({ name, prop, list: spec.type.kind === 'strings', slash: prop.startsWith('repositor') && name !== 'PersonalRepoAccess' })));

  test('the synth property covers every name prop of every construct', () => {
    expect(NAME_PROPS.map((p) => `${p.name}.${p.prop}`)).toEqual(expect.arrayContaining([
      'NamespaceAdmin.namespace', 'NamespaceAdmin.ownerUin', 'RepoReadOnly.repositories', 'CcrAccess.namespaces', 'TcrTeamAccess.namespace', 'PersonalRepoAccess.repository',
    ]));
  });

  test(`synth (${Math.ceil(RUNS / 10)} runs): a Lazy value that would widen scope fails synth naming the prop; one that passes does not widen`, () => {
    const propArb = fc.constantFrom(...NAME_PROPS, { name: 'TcrDeleteGuardrail', prop: 'scope.namespace', list: false, slash: false });
    fc.assert(fc.property(propArb, valueArb.map(merged), ({ name, prop, list, slash }, parts) => {
      fc.pre(representable(parts));
      const { app, stack } = newApp();
      new TerraformVariable(stack, 'x', { type: 'string' });
      const token = Lazy.stringValue({ produce: () => produced(parts) });
      const c = CONSTRUCTS[name];
      const props = prop === 'scope.namespace' ? { scope: GuardrailScope.namespace('tcr-abcd1234', token) } : { [prop]: list ? [token] : token };
      c.build(stack, { ...c.valid, ...props });
      const errors = synthErrors(app);
      if (widens(merged(parts), slash)) expect(errors).toMatch(new RegExp(`\\[invalid-name\\] Invalid (${prop.replace('.', '\\.')}|${prop}\\[0\\])`));
      if (errors === '') expect(widens(merged(parts), slash)).toBe(false);
    }), { numRuns: Math.ceil(RUNS / 10) });
  });
});
