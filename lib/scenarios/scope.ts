import { PropSpec } from './prop-check';
import { ResourceScope } from '../policy/resource-name';

/** Where the resources of a scenario live; shared by every scenario. */
export interface ScenarioScope extends ResourceScope {}

/** The name checks for the scope props. */
export function scopeSpecs(scope: ScenarioScope): PropSpec[] {
  return [
    ['region', 'region', scope.region || undefined],
    ['ownerUin', 'ownerUin', scope.ownerUin || undefined],
  ];
}
