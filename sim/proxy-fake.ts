import { createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

/**
 * A forwarding HTTP proxy on loopback (CONNECT tunnels and absolute-form
 * requests) that records what passed through, with the Proxy-Authorization
 * each carried. `hosts` maps names no DNS knows (`github.test`) to loopback, so
 * that a client that never proxies loopback (@actions/http-client) still uses it.
 */
export async function startProxyFake(hosts: Record<string, string> = {}) {
  const seen: string[] = [];
  const authorizations: Array<string | undefined> = [];
  const resolve = (host: string) => hosts[host] ?? host;
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    authorizations.push(req.headers['proxy-authorization']);
    const target = new URL(req.url ?? '');
    target.hostname = resolve(target.hostname);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, clientSocket, head) => {
    seen.push(`CONNECT ${req.url}`);
    authorizations.push(req.headers['proxy-authorization']);
    const [host = '127.0.0.1', port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), resolve(host), () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
