export * from './evidence.schema.ts';
export * from './sniff.ts';
export * from './citation.ts';
export * from './limits.ts';
export * from './covers.ts';
export * from './publish.ts';
