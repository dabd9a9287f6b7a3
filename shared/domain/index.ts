export * from './schemas';
export * from './ids';
export * from './limits';
export * from './defaults';
