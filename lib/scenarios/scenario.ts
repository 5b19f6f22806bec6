import { ScenarioProblem } from './scenario-problem';
import { PolicyStatement } from '../policy/policy-statement';
import { PropSpec } from '../validation/prop-check';

/**
 * A scenario template: the names to check, and the statements, built only once the names passed
 * (a bad name never reaches a resource string).
 */
export interface Scenario {
  /** The props the scenario puts into resource names, checked before anything is built. */
  readonly specs: PropSpec[];
  /**
   * Problems of props other than names, found before anything is built; any of them keeps the
   * document from being rendered, like a bad name.
   * @default - none
   */
  readonly problems?: readonly ScenarioProblem[];
  /** The statements of the grant; call only when the specs and problems are clean. */
  build(): PolicyStatement[];
}
