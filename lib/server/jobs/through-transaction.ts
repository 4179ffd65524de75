import 'server-only';
import type PgBoss from 'pg-boss';
import type { Tx } from '@/lib/server/db';

/**
 * pg-boss writes its job through the caller's transaction: a row and the job that works it are
 * committed together or not at all, so nothing is lost between the two and nothing is done for a
 * write that was rolled back.
 */
export function throughTransaction(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // pg-boss hands JSON payloads as objects; Prisma's raw queries want plain values.
      const params = values.map((value) => (value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}
