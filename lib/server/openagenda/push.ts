import 'server-only';
import type PgBoss from 'pg-boss';
import {
  describeOpenAgendaFailure,
  EXT_ID_KEY,
  openAgendaEventBody,
  openAgendaLocationBody,
  type OpenAgendaFailure,
} from '@/lib/domain/public/openagenda';
import { env } from '@/lib/env';
import { db, type Tx } from '@/lib/server/db';
import { throughTransaction } from '@/lib/server/jobs/through-transaction';
import { getBoss, type RetryPolicy } from '@/lib/server/mail/boss';
import { OpenAgendaError, openAgendaConfig, requestAccessToken, upsertEventByExtId, upsertLocation, type OpenAgendaConfig } from './client';
import { loadOpenAgendaExport } from './export';

export const OPENAGENDA_PUSH_QUEUE = 'openagenda-push';
export type OpenAgendaPushJob = { eventId: string };

/** 5 more tries from 30 s, doubling (about 30 s, 1, 2, 4 and 8 min): a short outage of OpenAgenda loses nothing. */
export const OPENAGENDA_RETRY: RetryPolicy = { retryLimit: 5, retryDelay: 30, retryBackoff: true };

const ready = new WeakSet<PgBoss>();

/**
 * The queue, created once per process with its retry policy (the first instance to create it sets it).
 * "stately": at most one waiting push per event, so that clicking twice sends once; a push asked for
 * while another runs waits for it, then sends the newer data.
 */
async function pushQueue(retry: RetryPolicy = OPENAGENDA_RETRY): Promise<PgBoss> {
  const boss = await getBoss();
  if (!ready.has(boss)) {
    await boss.createQueue(OPENAGENDA_PUSH_QUEUE, { name: OPENAGENDA_PUSH_QUEUE, policy: 'stately', expireInSeconds: 300, ...retry });
    ready.add(boss);
  }
  return boss;
}

/**
 * Marks the event's push as under way and queues it, in the caller's transaction. Pushing to another
 * agenda than last time (the instance changed its configuration) starts afresh there.
 */
export async function queueOpenAgendaPush(tx: Tx, eventId: string, config: OpenAgendaConfig): Promise<void> {
  const boss = await pushQueue();
  const previous = await tx.openAgendaPush.findUnique({ where: { eventId }, select: { agendaUid: true } });
  const fresh = { status: 'PENDING' as const, requestedAt: new Date(), attempts: 0, error: null, agendaUid: config.agendaUid };
  const moved = previous && previous.agendaUid !== config.agendaUid ? { eventUid: null, locationUid: null, pushedAt: null } : {};
  await tx.openAgendaPush.upsert({ where: { eventId }, create: { eventId, ...fresh }, update: { ...fresh, ...moved } });
  const data: OpenAgendaPushJob = { eventId };
  await boss.send(OPENAGENDA_PUSH_QUEUE, data, { singletonKey: eventId, db: throughTransaction(tx) });
}

/** One push: the access token, the location (created once, then updated), the event by its Trame id. */
async function push(eventId: string, config: OpenAgendaConfig): Promise<void> {
  const { payload } = await loadOpenAgendaExport(eventId);
  if (!payload) throw new OpenAgendaError({ kind: 'not-public' });
  const row = await db().openAgendaPush.findUniqueOrThrow({ where: { eventId }, select: { locationUid: true } });
  const token = await requestAccessToken(config);
  let locationUid: string | null = null;
  if (payload.location) {
    locationUid = await upsertLocation(config, token, openAgendaLocationBody(payload.location, eventId), row.locationUid);
    // Kept at once: a retry after a failure on the event updates this location instead of making another.
    await db().openAgendaPush.update({ where: { eventId }, data: { locationUid } });
  }
  const eventUid = await upsertEventByExtId(config, token, { key: EXT_ID_KEY, value: eventId }, openAgendaEventBody(payload.event, locationUid));
  await db().openAgendaPush.update({
    where: { eventId },
    data: { status: 'PUBLISHED', eventUid, pushedAt: new Date(), error: null, attempts: { increment: 1 } },
  });
}

/**
 * Runs a queued push. A failure worth retrying (OpenAgenda down, a timeout) is noted and thrown, so
 * that pg-boss tries again later; on the last try, or when retrying cannot help (the data or the key
 * was refused), the push is marked failed with a French explanation for organisers.
 */
export async function runOpenAgendaPush(eventId: string, options: { isLastTry: boolean }): Promise<'published' | 'failed' | 'retry' | 'gone'> {
  if (!(await db().openAgendaPush.findUnique({ where: { eventId }, select: { eventId: true } }))) return 'gone';
  const config = openAgendaConfig();
  try {
    if (!config) throw new OpenAgendaError({ kind: 'not-configured' });
    await push(eventId, config);
    return 'published';
  } catch (error) {
    const failure: OpenAgendaFailure = error instanceof OpenAgendaError ? error.failure : { kind: 'unexpected-answer' };
    if (!(error instanceof OpenAgendaError)) console.error('[trame] OpenAgenda :', error);
    const { message, retry } = describeOpenAgendaFailure(failure);
    const last = options.isLastTry || !retry;
    await db().openAgendaPush.updateMany({
      where: { eventId },
      data: { status: last ? 'FAILED' : 'PENDING', error: message, attempts: { increment: 1 } },
    });
    if (last) return 'failed';
    throw error;
  }
}

export type OpenAgendaWorkerOptions = { retry?: RetryPolicy; pollingIntervalSeconds?: number };

/** Works the push queue in this process (every instance may: pg-boss hands each job to one worker). */
export async function startOpenAgendaWorker(options: OpenAgendaWorkerOptions = {}): Promise<string> {
  const boss = await pushQueue(options.retry);
  return boss.work<OpenAgendaPushJob>(
    OPENAGENDA_PUSH_QUEUE,
    { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async ([job]) => {
      if (!job) return;
      await runOpenAgendaPush(job.data.eventId, { isLastTry: job.retryCount >= job.retryLimit });
    },
  );
}

/** Stops this process's workers on the push queue (tests). */
export async function stopOpenAgendaWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.offWork(OPENAGENDA_PUSH_QUEUE);
}

/** Called once when the server starts (instrumentation.ts). A failure is logged: the site must still start. */
export async function startOpenAgendaWorkerOnBoot(): Promise<void> {
  if (env().TRAME_DISABLE_WORKER === '1') return;
  try {
    await startOpenAgendaWorker();
  } catch (error) {
    console.error('[trame] OpenAgenda : le service d’envoi n’a pas démarré.', error);
  }
}
