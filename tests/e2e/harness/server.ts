// A local HTTPS "internet": fixture pages served under the real site hostnames, on 127.0.0.1 only.
// Every request is logged so a test can prove a blocked profile URL never reached the "site".
// Recipe: ../shared/TESTING.md ("Real hostnames on this machine").
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createHttpServer, type Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SITES } from '../../../src/sites/index';

export interface LoggedRequest {
  host: string;
  path: string;
  url: string;
  at: number;
}

export interface Page {
  status?: number;
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** More of the page, each part sent `after` ms after the one before: a page that streams in. */
  more?: { after: number; body: string }[];
  /** Sent as over a home line: answered `latency` ms late, then `body` at `bytesPerSecond`. */
  line?: Line;
}

/**
 * A network line the server plays itself. (DevTools' network emulation is not the same line for every
 * browser: it slows a response more when an extension's request proxy is in its path, tests/bench/
 * overhead.bench.ts.)
 */
export interface Line {
  latency: number;
  bytesPerSecond: number;
}

/** What a line sends at a time: a TCP window's worth. */
const LINE_PART = 16_384;

/** Answers a request, or undefined for the default page. */
export type Resolver = (url: URL, request: IncomingMessage) => Page | undefined;

export interface SiteServer {
  port: number;
  /** Port of a CONNECT proxy that tunnels to the HTTPS server (for Firefox, which has no host rules). */
  proxyPort: number;
  hosts: string[];
  log: LoggedRequest[];
  /** Replace how requests are answered (tests swap pages in and out). */
  setResolver(resolver: Resolver): void;
  requestsFor(predicate: (url: URL) => boolean): LoggedRequest[];
  /** Chromium flags that send every test host to this server. */
  chromiumArgs(): string[];
  close(): Promise<void>;
}

/** Extra hosts beyond the registry (generic-site tests, calm pages). */
const EXTRA_HOSTS = ['example.org', 'calm.example', 'mastodon.social', 'news.example', 'hachyderm.io'];

export function testHosts(): string[] {
  const hosts = new Set<string>(EXTRA_HOSTS);
  for (const site of SITES) for (const host of site.hosts) hosts.add(host);
  return [...hosts];
}

function makeCertificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'oos-cert-'));
  try {
    const san = hosts.flatMap((host) => [`DNS:${host}`, `DNS:*.${host}`]).join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
        '-subj', '/CN=out-of-sight-tests',
        '-addext', `subjectAltName=${san}`,
        '-keyout', join(dir, 'key.pem'),
        '-out', join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function defaultPage(url: URL): Page {
  const title = `${url.hostname}${url.pathname}`;
  return {
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1 data-testid="default-page">${title}</h1><p>A page served by the test server.</p></main></body></html>`,
  };
}

/**
 * Send `body` as a line would: the first byte `latency` ms late, then a part each time the line has
 * carried one, on a fixed schedule (a late timer does not slow the parts after it).
 */
async function sendOverLine(response: ServerResponse, head: () => void, body: Buffer, line: Line): Promise<void> {
  await sleep(line.latency);
  if (response.destroyed) return;
  head();
  const start = performance.now();
  for (let at = 0; at < body.length; at += LINE_PART) {
    const end = Math.min(at + LINE_PART, body.length);
    const wait = start + (end / line.bytesPerSecond) * 1000 - performance.now();
    if (wait >= 1) await sleep(wait);
    if (response.destroyed) return;
    response.write(body.subarray(at, end));
  }
  response.end();
}

export async function startSiteServer(resolver: Resolver = () => undefined): Promise<SiteServer> {
  const hosts = testHosts();
  const { key, cert } = makeCertificate(hosts);
  const log: LoggedRequest[] = [];
  let resolve = resolver;

  const https: HttpsServer = createHttpsServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? 'unknown').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    log.push({ host, path: url.pathname + url.search, url: url.href, at: Date.now() });
    const page = resolve(url, request) ?? (url.pathname === '/favicon.ico' ? { status: 404, body: '' } : defaultPage(url));
    const head = () => response.writeHead(page.status ?? 200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    if (page.line) {
      void sendOverLine(response, head, Buffer.from(page.body), page.line);
      return;
    }
    head();
    void (async () => {
      response.write(page.body);
      for (const part of page.more ?? []) {
        await sleep(part.after);
        if (response.destroyed) return;
        response.write(part.body);
      }
      response.end();
    })();
  });
  await new Promise<void>((done) => https.listen(0, '127.0.0.1', done));
  const port = (https.address() as AddressInfo).port;

  const proxy: HttpServer = createHttpServer((_request, response) => {
    response.writeHead(405);
    response.end();
  });
  proxy.on('connect', (_request, clientSocket, head) => {
    const upstream = connect(port, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    port,
    proxyPort,
    hosts,
    log,
    setResolver(next) {
      resolve = next;
    },
    requestsFor(predicate) {
      return log.filter((entry) => predicate(new URL(entry.url)));
    },
    chromiumArgs() {
      const rules = hosts.flatMap((host) => [`MAP ${host} 127.0.0.1:${port}`, `MAP *.${host} 127.0.0.1:${port}`]);
      return [`--host-resolver-rules=${rules.join(',')},EXCLUDE localhost`, '--ignore-certificate-errors'];
    },
    async close() {
      https.closeAllConnections();
      proxy.closeAllConnections?.();
      await Promise.all([
        new Promise((done) => https.close(done)),
        new Promise((done) => proxy.close(done)),
      ]);
    },
  };
}
