export * from './common.ts';
export * from './profile.ts';
export * from './plan.ts';
export * from './taxonomy.ts';
