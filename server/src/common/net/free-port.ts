import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now: for the embedded PostgreSQL, the test servers, and (from
 * the build) the e2e setup and benchmarks. Only the server's Jest global setup keeps a copy.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
