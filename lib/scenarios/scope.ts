import { ResourceScope } from '../policy/resource-name';
import { PropSpec } from '../validation/prop-check';

/** Where the resources of a scenario live; shared by every scenario. */
export interface ScenarioScope extends ResourceScope {}

/** The name checks for the scope props. */
export function scopeSpecs(scope: ScenarioScope): PropSpec[] {
  return [
    // '' is checked (and refused), never read as "all regions" or "the caller's account".
    ['region', 'region', scope.region],
    ['ownerUin', 'ownerUin', scope.ownerUin],
  ];
}
