/**
 * The loopback host: the same core served to a browser for browser mode and end-to-end tests.
 * Invariants: it listens on 127.0.0.1 only; every API call carries the per-run random token
 * (compared in constant time); requests whose Host or Origin is not this host are refused
 * (DNS rebinding); static files are served from one folder only, with a strict CSP.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import type { ApiReply } from '../../shared/api/errors';
import { contentSecurityPolicy } from './csp';

export interface HostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function sendJson(response: http.ServerResponse, status: number, reply: ApiReply) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(reply));
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The body, or null when it is over the limit. An oversized body is not destroyed mid-request
 * (that resets the socket and the caller never sees the 413): it is refused by its declared
 * length before reading, or read on and discarded while the 413 goes out.
 */
function readBody(request: http.IncomingMessage, limit: number): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, response: http.ServerResponse) {
  const root = path.resolve(staticDir);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    response.writeHead(400, securityHeaders).end();
    return;
  }
  let file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep) && file !== root) {
    response.writeHead(403, securityHeaders).end();
    return;
  }
  if (file === root || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    response.writeHead(500, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Интерфейс не собран: выполните npm run build:renderer');
    return;
  }
  response.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(response);
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let origin = '';
  const server = http.createServer(async (request, response) => {
    try {
      if (request.headers.host !== origin.slice('http://'.length)) {
        response.writeHead(421, securityHeaders).end();
        return;
      }
      const url = request.url ?? '/';
      if (url === '/api/invoke') {
        if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Только POST' } });
        if (request.headers.origin !== undefined && request.headers.origin !== origin) {
          return sendJson(response, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Запрос с чужого адреса отклонён' } });
        }
        const given = request.headers['x-opora-token'];
        if (!tokenMatches(typeof given === 'string' ? given : undefined, token)) {
          return sendJson(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Нет доступа: откройте адрес с ключом доступа, который напечатала команда запуска' } });
        }
        const body = await readBody(request, limit);
        if (body === null) {
          response.setHeader('Connection', 'close');
          return sendJson(response, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'Слишком большой запрос' } });
        }
        let message: { method?: unknown; input?: unknown };
        try {
          message = JSON.parse(body) as typeof message;
        } catch {
          return sendJson(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Запрос не в формате JSON' } });
        }
        return sendJson(response, 200, await options.core.invoke(message.method, message.input));
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, securityHeaders).end();
      serveStatic(options.staticDir, url, response);
    } catch (error) {
      console.error('[opora] ошибка хоста:', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'Внутренняя ошибка' } });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
