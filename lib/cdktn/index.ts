// `cdktf-tcr-access/cdktn`: the same constructs and provider bindings on CDK Terrain (cdktn), and the core.
// The build replaces this module's output (dist/cdktn/) with the constructs compiled once from lib/ and
// emitted against cdktn, with bindings from @cdktn/provider-generator (tools/frameworks/emit-cdktn.ts):
// one source, the framework chosen at build time. The API is the root entry point's.
export * from '../index';
