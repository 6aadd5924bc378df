/**
 * SIGINT then SIGTERM is how a runner cancels a job: abort what is in flight and report. Returns the un-listen.
 * Here, with the other bounds on network calls, so that the gate and the report side (a later stage) both use it.
 */
export function onCancel(abort: (signal: NodeJS.Signals) => void): () => void {
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return () => {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  };
}
