import type { AppConfig } from '../config/config.ts';
import type { Db } from '../store/database.ts';

/** What every service needs: the database, the configuration and the clock. */
export type ServiceContext = {
  db: Db;
  config: AppConfig;
  /** The clock, injected so tests and the domain never read it themselves. */
  now: () => Date;
  /** Set inside a use case's transaction (see inTransaction): nested calls join it. */
  inTransaction?: true;
};
