export * from './criteria';
export * from './level';
export * from './maturity-level';
export * from './objectives';
export * from './override';
export * from './recommended-formats';
export * from './result';
export * from './schemas';
