/**
 * Three-valued logic of the evaluator. `UNKNOWN` is what the simulator cannot evaluate offline (an unknown
 * condition operator, a request without the condition's key, an unresolved policy variable): an allow needs
 * `YES` everywhere, a deny applies unless something is `NO`, so an unknown never turns into an allow.
 */
export type Truth = 0 | 1 | 2;

/** Definitely does not hold. */
export const NO: Truth = 0;
/** Cannot be evaluated offline. */
export const UNKNOWN: Truth = 1;
/** Definitely holds. */
export const YES: Truth = 2;
