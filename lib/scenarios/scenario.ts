import { PropSpec } from './prop-check';
import { PolicyStatement } from '../policy/policy-statement';

/**
 * A scenario template: the names to check, and the statements, built only once the names passed
 * (a bad name never reaches a resource string).
 */
export interface Scenario {
  readonly specs: PropSpec[];
  build(): PolicyStatement[];
}
