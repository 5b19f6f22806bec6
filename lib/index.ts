/**
 * The constructs and provider bindings on CDK for Terraform, and everything of `cdktf-tcr-access/core`
 * (catalog, policy model, validation, simulator, access analysis): everything but the jest matchers. The
 * same constructs on CDK Terrain: `cdktf-tcr-access/cdktn`; without a framework: `cdktf-tcr-access/core`.
 *
 * @packageDocumentation
 * @module cdktf-tcr-access
 */
export * from './core';
export * from './constructs';
export * from './provider';
