// Next calls register() once when a server instance starts: it runs the e-mail, webhook and OpenAgenda
// workers and the recurring jobs beside the app. TRAME_DISABLE_WORKER=1 leaves them to other instances.
export async function register() {
  // zod's French messages for the whole server process, even for a schema written outside lib/schemas.
  await import('./lib/schemas/zod');
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMailWorkerOnBoot } = await import('./lib/server/mail/worker');
  await startMailWorkerOnBoot();
  const { startWebhookWorkerOnBoot } = await import('./lib/server/webhooks/worker');
  await startWebhookWorkerOnBoot();
  const { startOpenAgendaWorkerOnBoot } = await import('./lib/server/openagenda/push');
  await startOpenAgendaWorkerOnBoot();
  const { startScheduledJobsOnBoot } = await import('./lib/server/jobs/boot');
  await startScheduledJobsOnBoot();
}
