/**
 * Constructs, policy model, validation, simulator and catalog: everything but the jest matchers.
 *
 * @packageDocumentation
 * @module cdktf-tcr-access
 */
export * from './catalog';
export * from './constructs';
export * from './policy';
export * from './provider';
export * from './scenarios';
export * from './simulator';
export * from './validation';
export * from './analysis';
