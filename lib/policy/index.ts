export * from './cidr';
export * from './conditions';
export * from './names';
export * from './policy-document';
export * from './policy-statement';
export * from './resource-name';
export * from './policy-name';
export * from './split-document';
