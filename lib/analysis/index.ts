export * from './access-model';
export * from './diff-models';
export * from './principal-access';
export * from './terraform-json';
export * from './unread-resources';
export * from './who-can';
export * from './access-matrix';
