import type { ValueAt } from '../../policy/policy-view';
import { ALL_RESOURCES } from '../../policy/resource-name';
import { CATALOG_SERVICES, parseAction } from '../private/actions';
import { closest } from '../private/closest';
import { show } from '../private/json-values';
import { resourceParts } from '../private/resource-parts';
import { resourceTypesOf, TEMPLATE_SERVICES } from '../private/resource-types';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

const REGION = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `uin/<digits>`, or a CAM policy variable standing for it (`uin/${owner_uin}`). */
const UIN_ACCOUNT = /^uin\/(?:[0-9]+|\$\{[a-z_]+\})$/;
/** `uid/<appid>` is for COS and CAS only (https://www.tencentcloud.com/document/product/598/10606). */
const UID_ACCOUNT = /^uid\/(?:[0-9]+|\$\{[a-z_]+\})$/;
const UID_SERVICES = ['cos', 'cas'];

/** A resource that is neither `*` nor a well-formed six-segment name. */
export const invalidResource = defineRule({
  id: 'invalid-resource',
  severity: 'error',
  title: 'A resource is neither "*" nor a well-formed six-segment name',
  explanation: 'CAM resources are qcs:<project>:<service>:<region>:<account>:<type>/<path> with an empty project, a known ' +
    'service, an API region name (or empty for all), an account of uin/<digits> (or empty) and no empty path segment; ' +
    'anything else matches nothing or is rejected.',
  fix: 'Build the name with ResourceName (e.g. ResourceName.tcrRepository([...])) or follow the template in the message.',
  check({ document, options }) {
    if (!document) return [];
    const { isUnresolved } = options;
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      // The services a resource may name: the catalog's, and those of the statement's actions (listed only for a service outside the catalog's).
      let services: readonly string[] | undefined;
      const servicesOf = () => services ??= [...new Set([...TEMPLATE_SERVICES, ...s.actions.map((a) => parseAction(a.value).service).filter((x) => /^[a-z0-9_-]+$/.test(x))])];
      for (const r of s.resources) {
        if (r.value === ALL_RESOURCES) continue;
        const problems = problemsOf(r, servicesOf, isUnresolved);
        if (problems.length) hits.push({ message: `Resource ${show(r.value)} is not valid: ${problems.join('; ')}.`, path: r.path, value: r.value });
      }
    }
    return hits;
  },
});

/** What is wrong with a resource; a segment holding a placeholder (a Terraform token) is not judged. */
function problemsOf(resource: ValueAt, servicesOf: () => readonly string[], isUnresolved: (v: string) => boolean): string[] {
  const known = (segment: string) => segment !== '' && !isUnresolved(segment);
  if (resource.value.trim() === ALL_RESOURCES) return ['remove the whitespace around "*"'];
  if (resource.value === '') return ['it is empty; write "*" for every resource or a six-segment name'];
  const segments = segmentsOf(resource);
  if (!segments) {
    if (isUnresolved(resource.value)) return [];
    return ['it is neither "*" nor a six-segment name qcs::<service>:<region>:<account>:<type>/<path>, e.g. "qcs::tcr:ap-guangzhou::instance/tcr-xxxxxxxx"'];
  }
  const { project, service, region, account, type, path } = segments;
  const problems: string[] = [];
  if (known(project)) problems.push(`the project segment ${show(project)} must be empty (qcs::…); CAM no longer accepts a project`);
  if (known(service) && !TEMPLATE_SERVICES.includes(service) && !servicesOf().includes(service)) {
    const hint = closest(service, servicesOf());
    problems.push(`the service ${show(service)} is unknown${hint ? `; did you mean ${show(hint)}?` : ''}`);
  }
  if (known(region) && !REGION.test(region)) {
    problems.push(`the region ${show(region)} is not an API region name such as ap-guangzhou (leave it empty for all regions)`);
  }
  if (known(account) && !UIN_ACCOUNT.test(account) && !(UID_SERVICES.includes(service) && UID_ACCOUNT.test(account))) {
    problems.push(`the account ${show(account)} must be uin/<root account uin digits>, e.g. uin/100000000001, or empty for the policy creator's account`);
  }
  if (type === undefined || path === undefined) {
    if (!isUnresolved(segments.last)) {
      problems.push(`the last segment ${show(segments.last)} must be <type>/<path>, e.g. instance/tcr-xxxxxxxx or repository/tcr-xxxxxxxx/team-01/*`);
    }
    return problems;
  }
  if (!CATALOG_SERVICES.includes(service)) return path === '' ? [...problems, 'the path after the type is empty'] : problems;
  const types = resourceTypesOf(service);
  if (known(type) && !types.includes(type) && !type.includes('*')) {
    const hint = closest(type, types);
    problems.push(`${service} has no resource type ${show(type)} (it has ${types.join(', ')})${hint ? `; did you mean ${show(hint)}?` : ''}`);
  }
  if (path.split('/').some((segment) => segment === '')) {
    problems.push(`the path ${show(path)} has an empty segment (a leading, trailing or double /); name every segment, or end with /* for everything below`);
  }
  return problems;
}

/** The segments of a `qcs:` name, or `undefined` when it has fewer than six; `type` and `path` only when the last is `<type>/<path>`. */
type Segments = { readonly project: string; readonly service: string; readonly region: string; readonly account: string } &
  ({ readonly type: string; readonly path: string } | { readonly type?: undefined; readonly path?: undefined; readonly last: string });

function segmentsOf(resource: ValueAt): Segments | undefined {
  const parts = resourceParts(resource);
  if (parts && parts.resourceType !== '') {
    return { project: parts.project, service: parts.service, region: parts.region ?? '', account: parts.account ?? '', type: parts.resourceType, path: parts.resourcePath };
  }
  // Only a name ResourceName cannot split (or one with an empty type) is split here, to say which segment is wrong.
  const split = resource.value.split(':');
  if (split[0] !== 'qcs' || split.length < 6) return undefined;
  const [, project, service, region, account] = split;
  return { project, service, region, account, last: split.slice(5).join(':') };
}
