/**
 * Waits for what a queue worker does in the background: probes every 200 ms until `probe` returns
 * something, and fails with `what` after `timeoutMs`. A condition, never a fixed sleep.
 */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Toujours pas : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
