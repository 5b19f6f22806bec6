/**
 * Naming rules for the values that end up inside resource strings. A name is checked before it
 * reaches a resource: a `*`, `?`, `/` or `:` smuggled in through a name would widen or shift the scope.
 * Sources: https://www.tencentcloud.com/document/api/1051/50698 (namespaces), https://cloud.tencent.com/document/api/1141/42725
 * (repositories), https://cloud.tencent.com/document/api/1141/41598 (Personal namespaces), and the tencentcloud provider's schema.
 */

import type { TemplatePart } from './terraform-template';

/** The kinds of name a construct prop can hold. */
export type NameKind =
  | 'instanceId'
  | 'namespace'
  | 'repository'
  | 'personalNamespace'
  | 'personalRepository'
  | 'ccrNamespace'
  | 'ccrRepository'
  | 'ccrTag'
  | 'ownerUin'
  | 'region'
  | 'camGroupId'
  | 'camRoleId'
  | 'serviceAccountName';

interface NameRule {
  readonly what: string;
  readonly pattern: RegExp;
  readonly min: number;
  readonly max: number;
  readonly allowed: string;
  readonly slashAllowed?: boolean;
  /** The characters a name may hold anywhere: what the text around a Terraform expression is checked against. */
  readonly chars: RegExp;
}

/** Lowercase alphanumerics, single separators between them. */
const SEPARATED = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const SEPARATED_PATH = /^[a-z0-9]+(?:(?:[._-]|\/)[a-z0-9]+)*$/;
const SEPARATED_CHARS = /^[a-z0-9._-]$/;
const DIGIT = /^[0-9]$/;
const NAMESPACE_ALLOWED = '2-30 lowercase letters, digits and separators (. _ -), not at the start or end and never two in a row';

const RULES: Record<NameKind, NameRule> = {
  instanceId: {
    what: 'TCR Enterprise instance id',
    pattern: /^tcr-[a-z0-9]+$/,
    min: 5,
    max: 64,
    allowed: "'tcr-' followed by lowercase letters and digits, e.g. tcr-xxxxxxxx",
    chars: /^[a-z0-9-]$/,
  },
  namespace: { what: 'TCR Enterprise namespace', pattern: SEPARATED, min: 2, max: 30, allowed: NAMESPACE_ALLOWED, chars: SEPARATED_CHARS },
  repository: {
    what: 'TCR Enterprise repository',
    pattern: SEPARATED_PATH,
    min: 2,
    max: 200,
    slashAllowed: true,
    allowed: '2-200 lowercase letters, digits and separators (. _ - /), not at the start or end and never two in a row',
    chars: /^[a-z0-9._/-]$/,
  },
  // The Personal and CCR character rules are not documented; the Enterprise namespace rule is the assumed, safe reading.
  personalNamespace: { what: 'TCR Personal namespace', pattern: SEPARATED, min: 2, max: 30, allowed: NAMESPACE_ALLOWED, chars: SEPARATED_CHARS },
  personalRepository: {
    what: 'TCR Personal repository',
    pattern: SEPARATED,
    min: 1,
    max: 200,
    allowed: '1-200 lowercase letters, digits and separators (. _ -), not at the start or end and never two in a row; no /',
    chars: SEPARATED_CHARS,
  },
  ccrNamespace: { what: 'CCR namespace', pattern: SEPARATED, min: 2, max: 30, allowed: NAMESPACE_ALLOWED + '; no /', chars: SEPARATED_CHARS },
  ccrRepository: {
    what: 'CCR repository',
    pattern: SEPARATED,
    min: 1,
    max: 200,
    allowed: '1-200 lowercase letters, digits and separators (. _ -); no /',
    chars: SEPARATED_CHARS,
  },
  ccrTag: {
    what: 'image tag',
    pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/,
    min: 1,
    max: 128,
    allowed: 'up to 128 letters, digits, _ . -, not starting with . or -',
    chars: /^[A-Za-z0-9_.-]$/,
  },
  ownerUin: { what: 'owner uin', pattern: /^[1-9][0-9]*$/, min: 4, max: 20, allowed: 'the digits of the root account uin, e.g. 100000000001', chars: DIGIT },
  // CAM identifies groups and roles by number (AttachGroupPolicy.AttachGroupId, role ids like 4611686018427922725);
  // a group or role *name* here is the commonest mistake, and only fails at apply time.
  camGroupId: { what: 'CAM group id', pattern: /^[0-9]+$/, min: 1, max: 20, allowed: 'the numeric id of the user group (a tencentcloud_cam_group\'s id), not its name', chars: DIGIT },
  camRoleId: { what: 'CAM role id', pattern: /^[0-9]+$/, min: 1, max: 20, allowed: 'the numeric id of the role, e.g. 4611686018427922725; use attachToRoleByName for a role name', chars: DIGIT },
  // TCR documents no rule for service account names (CreateServiceAccount, https://www.tencentcloud.com/document/product/1051/56785);
  // the namespace rule is the assumed, safe reading. TCR adds the `tcr$` prefix itself: a name never carries it.
  serviceAccountName: {
    what: 'TCR service account name', pattern: SEPARATED, min: 2, max: 30, allowed: `${NAMESPACE_ALLOWED}, without the tcr$ prefix TCR adds`, chars: SEPARATED_CHARS,
  },
  region: { what: 'region', pattern: /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, min: 4, max: 40, allowed: 'an API region name such as ap-guangzhou, or leave it unset for all regions', chars: /^[a-z0-9-]$/ },
};

/**
 * Why `value` is not a valid name of this kind, or `undefined` when it is.
 * The message names the value, what is allowed, and the fix.
 */
export function checkName(kind: NameKind, value: string): string | undefined {
  const rule = RULES[kind];
  // The common case is a valid name: the value is quoted only for a message.
  const shown = () => JSON.stringify(value);
  if (value === '') return `must not be empty: an empty ${rule.what} would make the resource cover more than intended. Allowed: ${rule.allowed}.`;
  if (/[*?]/.test(value)) {
    return `${shown()} contains a wildcard (* or ?), which would widen the policy. Name one ${rule.what} exactly; allowed: ${rule.allowed}.`;
  }
  if (/\s/.test(value)) return `${shown()} contains whitespace. Allowed: ${rule.allowed}.`;
  if (value.includes('/') && !rule.slashAllowed) {
    return `${shown()} contains '/', which would address a different resource path. A ${rule.what} cannot contain '/'; allowed: ${rule.allowed}.`;
  }
  if (value.length < rule.min || value.length > rule.max) {
    return `${shown()} has ${value.length} characters; a ${rule.what} needs ${rule.min}-${rule.max}. Allowed: ${rule.allowed}.`;
  }
  if (!rule.pattern.test(value)) {
    const hint = value.toLowerCase() !== value && rule.pattern.test(value.toLowerCase())
      ? ` Did you mean ${JSON.stringify(value.toLowerCase())}?`
      : '';
    return `${shown()} is not a valid ${rule.what}. Allowed: ${rule.allowed}.${hint}`;
  }
  return undefined;
}

/**
 * Why a name as Terraform will read it is not valid, or `undefined`: the one check of every name a
 * construct writes. Plain text is checked by {@link checkName}; a value that mixes text with Terraform
 * expressions (`team-${var.suffix}`) has its text checked character by character, since only Terraform
 * knows the rest: outside the expression, only what the name's rule allows (never a wildcard, `/`, `:`
 * or whitespace that would widen or shift the resource).
 *
 * @param parts the value as Terraform reads it (see `templateParts`)
 */
export function checkNameParts(kind: NameKind, parts: readonly TemplatePart[]): string | undefined {
  if (parts.every((p) => p.kind === 'text')) return checkName(kind, parts.map((p) => p.text).join(''));
  for (const p of parts) {
    const wrong = p.kind === 'expression' ? WRONG_REFERENCES[kind]?.find(([pattern]) => pattern.test(p.text)) : undefined;
    if (wrong) return `${JSON.stringify(p.text)} ${wrong[1]}`;
  }
  const rule = RULES[kind];
  const shown = JSON.stringify(parts.map((p) => p.text).join(''));
  for (const p of parts) {
    if (p.kind !== 'text') continue;
    const bad = [...p.text].find((c) => !rule.chars.test(c));
    if (bad !== undefined) {
      return `${shown} mixes text with a Terraform expression, and its text ${JSON.stringify(p.text)} contains ${JSON.stringify(bad)}, ` +
        `which a ${rule.what} cannot hold (it would widen or shift the resource whatever the expression gives). ` +
        `Outside the expression use only what a ${rule.what} allows: ${rule.allowed}.`;
    }
  }
  return undefined;
}

/**
 * Terraform references that are never a name of the kind, with the fix: the provider sets a
 * `tencentcloud_tcr_namespace`'s `id` to `<instance id>#<name>` (resource_tc_tcr_namespace.go), so a
 * namespace given as its `id` names no namespace at all.
 */
const WRONG_REFERENCES: Partial<Record<NameKind, ReadonlyArray<readonly [RegExp, string]>>> = {
  namespace: [[
    /^\$\{tencentcloud_tcr_namespace\.[\w-]+\.id\}$/,
    'is a tencentcloud_tcr_namespace\'s id, which is "<instance id>#<name>", not a namespace name: pass the namespace\'s name (its `name` attribute, e.g. namespace.name).',
  ]],
};

/** Every kind of name, for tables that cover them all. */
export const NAME_KINDS: readonly NameKind[] = Object.keys(RULES) as NameKind[];
