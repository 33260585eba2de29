/** Public API of the route planner's pure core (issue #7). */
export * from './along';
export * from './plan';
export * from './planner-presets';
export * from './port-search';
