import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A scripted vendor on loopback. Each path plays its steps in order, one per
 * request; the last step repeats. A step with `notBeforeMs` waits for that
 * long after the path's first request, the step before it repeating until
 * then, and is passed by once a later timed step is due: a run that moves on
 * with time, however often it is polled. Faults are
 * played at the socket level so the client sees what a real network does.
 */
export type Step = (
  | { json: unknown; status?: number; headers?: Record<string, string> }
  | { status: number; text?: string; headers?: Record<string, string> }
  | { fault: 'reset' | 'hang' | 'truncated-json' | 'html-page' }
) & { notBeforeMs?: number };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  atMs: number;
  /** The request body as text ('' for a GET). */
  body: string;
}

export interface VendorSim {
  url: string;
  requests: RecordedRequest[];
  script(path: string, steps: Step[]): void;
  close(): Promise<void>;
}

const HTML_PAGE = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

export async function startVendorSim(port = 0): Promise<VendorSim> {
  const scripts = new Map<string, { steps: Step[]; next: number; firstAt?: number }>();
  const requests: RecordedRequest[] = [];
  const startedAt = Date.now();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, atMs: Date.now() - startedAt, body: '' };
    requests.push(recorded);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // Answered once the whole request is in, so a fault played on a POST comes after the vendor got it.
    req.on('end', () => {
      recorded.body = Buffer.concat(chunks).toString('utf8');
      const script = scripts.get(path);
      if (!script) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: 'not found' }));
        return;
      }
      const first = script.next === 0;
      script.firstAt ??= Date.now();
      const elapsedMs = Date.now() - script.firstAt;
      if (first || elapsedMs >= (script.steps[script.next]?.notBeforeMs ?? 0)) script.next += 1;
      // A timed run moves on however rarely it is polled: every step already due is passed by.
      while (!first && elapsedMs >= (script.steps[script.next]?.notBeforeMs ?? Number.POSITIVE_INFINITY)) script.next += 1;
      play(script.steps[Math.min(script.next - 1, script.steps.length - 1)], req.socket, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    script: (path, steps) => scripts.set(path, { steps, next: 0 }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function play(step: Step | undefined, socket: import('node:net').Socket, res: import('node:http').ServerResponse): void {
  if (!step) {
    res.writeHead(500).end();
    return;
  }
  if ('fault' in step) {
    switch (step.fault) {
      case 'reset':
        socket.resetAndDestroy();
        return;
      case 'hang':
        return; // never answers; the client's timeout must end it
      case 'truncated-json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"finished_at": "2026-04-01T09:13:12Z", "resu');
        return;
      case 'html-page':
        res.writeHead(200, { 'content-type': 'text/html' }).end(HTML_PAGE);
        return;
    }
  }
  if ('json' in step) {
    res.writeHead(step.status ?? 200, { 'content-type': 'application/json', ...step.headers }).end(JSON.stringify(step.json));
    return;
  }
  res.writeHead(step.status, { 'content-type': 'text/html', ...step.headers }).end(step.text ?? HTML_PAGE);
}
