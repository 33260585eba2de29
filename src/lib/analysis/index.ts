export * from './units';
export * from './routes';
export * from './transit';
export * from './figure-check';
export * from './format';
