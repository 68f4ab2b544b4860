import http from 'node:http';
import net from 'node:net';

// A small reverse proxy in front of several API instances, as Caddy is in the compose file:
// HTTP requests and WebSocket upgrades go to the instances in turn, with X-Forwarded-For set.

export interface RoundRobinProxy {
  url: string;
  /** Requests and upgrades each instance was given, by its URL. */
  served: Map<string, number>;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(upstreams: string[]): Promise<RoundRobinProxy> {
  let turn = 0;
  const served = new Map(upstreams.map((upstream) => [upstream, 0]));
  const pick = () => {
    const upstream = upstreams[turn++ % upstreams.length]!;
    served.set(upstream, served.get(upstream)! + 1);
    return new URL(upstream);
  };
  const forwardedHeaders = (req: http.IncomingMessage) => ({ ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' });

  const server = http.createServer((req, res) => {
    const target = pick();
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: forwardedHeaders(req) },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  const sockets = new Set<net.Socket>();
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const target = pick();
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const headers = Object.entries(forwardedHeaders(req)).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => `${name}: ${one}`));
      upstream.write([`${req.method} ${req.url} HTTP/1.1`, ...headers, '', ''].join('\r\n'));
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    for (const end of [socket, upstream]) {
      sockets.add(end);
      end.on('error', () => undefined);
      end.on('close', () => {
        sockets.delete(end);
        socket.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    served,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
