export * from './catalogue';
export * from './format-ids';
export * from './formats';
export * from './off-grid';
export * from './sources';
export * from './types';
