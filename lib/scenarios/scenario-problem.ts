import { PropProblem } from './prop-check';

/**
 * A problem with a prop that is not a naming rule (a CIDR, an empty permission list, a grant the scope
 * cannot express): it carries the id of the validation rule it is reported under.
 */
export interface ScenarioProblem extends PropProblem {
  /** The rule id, e.g. `invalid-condition`. */
  readonly ruleId: string;
}
