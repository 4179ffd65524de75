export * from './call';
export * from './files';
export * from './reminder';
