export * from './compiled-policies';
export * from './errors';
export * from './explain';
export * from './explanation';
export * from './format-explanation';
export * from './request';
export * from './simulate';
export * from './diff-access';
