export * from './access-level';
export * from './enterprise';
export * from './personal';
export * from './presets';
export * from './prop-check';
export * from './scenario';
export * from './scope';
