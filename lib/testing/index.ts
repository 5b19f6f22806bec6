/**
 * Jest matchers that decide with the simulator: `setupTcrMatchers()`, then `expect(policy).toAllow(action, resource)`.
 *
 * @packageDocumentation
 * @module cdktf-tcr-access/testing
 */
export * from './matchers';
export * from './policy-source';
export * from './setup';
