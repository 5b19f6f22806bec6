import { ResourceName, ResourceScope } from '../policy/resource-name';

/**
 * The resources of the Enterprise repository read-only template (https://www.tencentcloud.com/document/product/1051/37246) in one TCR Enterprise namespace: the instance,
 * the namespace, and each named repository with its images, or every repository (`<ns>/*`) when none is named.
 */
export function namespaceRepositoryResources(
  instanceId: string, namespace: string, repositories: readonly string[] | undefined, scope: ResourceScope,
): string[] {
  const resources = [ResourceName.tcrInstance([instanceId], scope), ResourceName.tcrRepository([instanceId, namespace], scope)];
  if (repositories === undefined) resources.push(ResourceName.tcrRepository([instanceId, namespace, '*'], scope));
  for (const repo of repositories ?? []) {
    resources.push(ResourceName.tcrRepository([instanceId, namespace, repo], scope), ResourceName.tcrRepository([instanceId, namespace, repo, '*'], scope));
  }
  return resources;
}
