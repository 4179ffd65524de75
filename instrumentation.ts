// Next calls register() once when a server instance starts: it runs the e-mail worker beside the app.
// TRAME_DISABLE_WORKER=1 leaves delivery to other instances (or to a dedicated one).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMailWorkerOnBoot } = await import('./lib/server/mail/worker');
  await startMailWorkerOnBoot();
}
