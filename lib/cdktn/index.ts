/**
 * The constructs and provider bindings on CDK Terrain (`cdktn`), and everything of `cdktf-tcr-access/core`:
 * the same API as `cdktf-tcr-access`. The build replaces this module's output (dist/cdktn/) with the
 * constructs compiled once from lib/ and emitted against cdktn, with bindings from @cdktn/provider-generator
 * (tools/frameworks/emit-cdktn.ts): one source, the framework chosen at build time.
 *
 * @packageDocumentation
 * @module cdktf-tcr-access/cdktn
 */
export * from '../index';
