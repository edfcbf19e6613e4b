// A tiny HTTP CONNECT proxy for browsers that cannot map host names to an address (Firefox): a
// PAC file sends every request here, and each CONNECT to a rehearsal host on port 443 is tunnelled
// to the rehearsal server, which answers by its Host header as usual. Everything else is refused,
// so nothing a test does (nor the browser's own background traffic) reaches the internet.

import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** A `data:` PAC URL for `network.proxy.autoconfig_url`: every request goes to this proxy. */
  pacUrl: string;
  close(): Promise<void>;
}

export async function startConnectProxy(
  hosts: readonly string[],
  targetPort: number,
): Promise<ConnectProxy> {
  const allowed = new Set(hosts.map((host) => host.toLowerCase()));
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A browser closing mid-tunnel resets the socket; that ends the tunnel, not the test process.
    socket.on('error', () => socket.destroy());
  };

  const proxy = createServer((client) => {
    track(client);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > 16_384) client.destroy();
        return;
      }
      client.off('data', onData);
      // Hold anything further until the tunnel is piped, so no byte is dropped in between.
      client.pause();
      const target = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]\r\n/i.exec(head.toString('latin1'));
      const host = target?.[1]?.toLowerCase();
      if (!host || target?.[2] !== '443' || !allowed.has(host)) {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        // Bytes the browser sent after the request head belong to the tunnel.
        const rest = head.subarray(end + 4);
        if (rest.length > 0) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      track(upstream);
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const port = (proxy.address() as AddressInfo).port;
  // No DIRECT branch: the proxy decides, so an unlisted host is refused, never looked up.
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${port}"; }`;

  return {
    port,
    pacUrl: `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => done());
      }),
  };
}
