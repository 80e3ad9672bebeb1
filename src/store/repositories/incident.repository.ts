/**
 * The incidents table's repository, by role: writes (`incident-write`), reads by id with the policy's inputs
 * (`incident-read`) and the list's reads (`incident-list`). Re-exported here for callers that want all of it.
 */
export * from './incident-write.repository.ts';
export * from './incident-read.repository.ts';
export * from './incident-list.repository.ts';
