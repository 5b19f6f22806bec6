export * from './common-props';
export * from './namespace-admin';
export * from './personal-repo-access';
export * from './repo-read-only';
export * from './suppressions';
export * from './tcr-instance-access';
export * from './tcr-policy';
export * from './tcr-policy-base';
