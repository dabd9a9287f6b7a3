export * from './contract';
export * from './errors';
export * from './channel';
export * from './channels/app';
