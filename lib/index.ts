export * from './catalog';
export * from './constructs';
export * from './policy';
export * from './provider';
export * from './scenarios';
export * from './simulator';
export * from './validation';
