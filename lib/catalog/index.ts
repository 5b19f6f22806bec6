export * from './types';
export * from './actions';
export { CATALOG_ACTIONS } from './generated/actions.generated';
export * from './glob';
