import { ALL_RESOURCES } from '../../policy/resource-name';

/**
 * Whether a resource entry is, or may turn out to be, `*`: a placeholder standing for the whole
 * entry may; one inside a six-segment name (`qcs::tcr:::instance/${token}`) cannot.
 */
export function mayBeAllResources(resource: string, isUnresolved: (value: string) => boolean): boolean {
  return resource === ALL_RESOURCES || (isUnresolved(resource) && !resource.startsWith('qcs:'));
}
