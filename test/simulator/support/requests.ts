import { CATALOG_ACTIONS, CatalogAction } from '../../../lib/catalog';

/** Values for the placeholders of the catalog's resource templates. */
export interface TemplateValues {
  readonly region?: string;
  /** The whole account segment: `uin/<uin>` or ''. */
  readonly account?: string;
  readonly instanceId?: string;
  readonly namespace?: string;
  readonly repository?: string;
  readonly tag?: string;
  readonly chart?: string;
  readonly certificateId?: string;
  readonly subnetId?: string;
}

export const OWNER = '100000000001';
export const OTHER_OWNER = '200000000002';

/** Defaults that make every template concrete. */
export const DEFAULT_VALUES: Required<TemplateValues> = {
  region: 'ap-guangzhou',
  account: `uin/${OWNER}`,
  instanceId: 'tcr-abcd1234',
  namespace: 'team-01',
  repository: 'app',
  tag: 'v1',
  chart: 'chart-1',
  certificateId: 'cert-1',
  subnetId: 'subnet-1',
};

/** A catalog resource template with its placeholders replaced (a literal `*` of the template stays). */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  const all: Record<string, string> = { ...DEFAULT_VALUES, ...values };
  return template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    if (!(name in all)) throw new Error(`Template ${template} has an unknown placeholder ${name}`);
    return all[name];
  });
}

/** Every resource a catalog action can be called on with these values: `*` for operation-level APIs. */
export function resourcesOf(action: CatalogAction, values: TemplateValues = {}): string[] {
  return action.resources.map((t) => (t === '*' ? '*' : fillTemplate(t, values)));
}

/** The type segment of a catalog template (`instance`, `repository`, `repo`), or '' for `*`. */
export function templateType(template: string): string {
  if (template === '*') return '';
  const sixth = template.split(':').slice(5).join(':');
  return sixth.slice(0, sixth.indexOf('/'));
}

/** The service segment of a catalog template. */
export function templateService(template: string): string {
  return template === '*' ? '' : template.split(':')[2];
}

/** The catalog actions matching a filter. */
export function catalog(filter: (a: CatalogAction) => boolean): CatalogAction[] {
  return CATALOG_ACTIONS.filter(filter);
}
