export * from './referential';
export * from './search';
export * from './types';
