export * from './matchers';
export * from './policy-source';
export * from './setup';
