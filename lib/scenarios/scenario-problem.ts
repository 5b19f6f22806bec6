import type { PropProblem } from '../validation/prop-check';

/**
 * A problem with a prop that is not a naming rule (a CIDR, an empty permission list, a grant the scope
 * cannot express): the one finding type, `PropProblem`, under the name scenarios have always used.
 */
export type ScenarioProblem = PropProblem;
