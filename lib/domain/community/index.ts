export * from './communication-plan';
export * from './due-dates';
export * from './indicators';
export * from './stages';
export * from './task-catalogue';
export * from './task-views';
export * from './templates';
