export * from './conflict-rules';
export * from './conflicts';
export * from './format-audience';
export * from './intervals';
export * from './session-defaults';
export * from './types';
