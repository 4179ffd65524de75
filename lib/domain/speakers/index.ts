export * from './call';
export * from './files';
