// The Drizzle database type both engines share; apart from client.ts so that files the client
// imports can name it without a circle.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
