// The one dates module: calendar days, Paris time, and how both are written in French.
export * from './calendar';
export * from './format';
export * from './paris';
export * from './months';
