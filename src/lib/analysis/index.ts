export * from './units';
export * from './routes';
export * from './transit';
export * from './claim-check';
export * from './format';
