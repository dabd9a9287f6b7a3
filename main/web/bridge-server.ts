// The local web bridge: serves the built renderer and the same API handler table over HTTP on
// 127.0.0.1, so the app runs in any browser (and the e2e tests drive it in real Chromium).
// It guards the user's data with a per-launch secret token, a Host check against DNS rebinding,
// an Origin check, no CORS, a strict CSP, and a body-size limit.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext } from '../api/context';
import { dispatch, type DispatchLog } from '../api/dispatch';
import type { HandlerTable } from '../api/handler-table';
import { SECURITY_HEADERS } from '../security/csp';
import { mimeTypeFor, resolveStaticPath } from '../security/static-files';

export const TOKEN_HEADER = 'x-storybank-token';
/** Large enough for importing a big Markdown/CSV/JSON file, small enough to never exhaust memory. */
export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;

export interface BridgeOptions {
  rendererDir: string;
  handlers: HandlerTable;
  context: HandlerContext;
  port?: number;
  token?: string;
  bodyLimit?: number;
  log?: DispatchLog;
}

export interface RunningBridge {
  server: Server;
  port: number;
  token: string;
  /** The URL to open: the token travels in the fragment, which browsers never send to a server. */
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function errorCodeFor(status: number): string {
  if (status === 413) return 'too-large';
  if (status === 404) return 'not-found';
  if (status === 401 || status === 403 || status === 421) return 'forbidden';
  if (status >= 500) return 'internal';
  return 'invalid-request';
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `The request is larger than ${Math.round(limit / 1024 / 1024)} MB.`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body (memory stays bounded) but drain it, so the 413 still reaches the client.
        reject(new HttpError(413, `The request is larger than ${Math.round(limit / 1024 / 1024)} MB.`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    ...(status >= 400 ? { Connection: 'close' } : {}),
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      throw new HttpError(403, 'Requests from other origins are refused.');
    }
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      throw new HttpError(401, 'Missing or wrong access token. Open the URL printed by `npm run web`.');
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) throw new HttpError(415, 'API calls must send JSON.');
    const body = await readBody(req, limit);
    let request: unknown;
    try {
      request = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    const result = await dispatch(options.handlers, channel, request, options.context, options.log);
    sendJson(res, 200, result);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed.');
    const filePath = resolveStaticPath(options.rendererDir, pathname);
    if (!filePath) throw new HttpError(400, 'Bad path.');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      throw new HttpError(404, 'Not found.');
    }
    send(res, 200, body, mimeTypeFor(filePath));
  }

  const server = createServer((req, res) => {
    // eslint-disable-next-line @typescript-eslint/no-floating-promises -- the handler answers every error itself (catch below)
    void (async () => {
      try {
        // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
        if (!allowedHosts().has(req.headers.host ?? '')) throw new HttpError(421, 'Unexpected Host header.');
        const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (pathname.startsWith('/api/')) await handleApi(req, res, pathname.slice('/api/'.length));
        else await handleStatic(req, res, pathname);
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof HttpError ? error.message : 'Internal error.';
        if (!res.headersSent) sendJson(res, status, { ok: false, error: { code: errorCodeFor(status), message } });
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
