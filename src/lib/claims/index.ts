/** The claims catalogue's pure core: types, validation and map markers. */
export * from './types';
export * from './validate';
export * from './markers';
