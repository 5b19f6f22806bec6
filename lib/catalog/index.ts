export * from './types';
export * from './actions';
export * from './assumptions';
export * from './undocumented';
export { CATALOG_ACTIONS, CATALOG_SOURCES } from './generated/actions.generated';
export { UNDOCUMENTED_ACTIONS } from './generated/undocumented.generated';
export * from './glob';
