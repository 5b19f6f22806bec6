// `cdktf-tcr-access`: the constructs and provider bindings on CDK for Terraform, and the core's public API
// (see ./core.ts), so `import { RepoReadOnly, simulate } from 'cdktf-tcr-access'` keeps working.
// The same constructs on CDK Terrain: `cdktf-tcr-access/cdktn`; without a framework: `cdktf-tcr-access/core`.
export * from './core';
export * from './constructs';
export * from './provider';
