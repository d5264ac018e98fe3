import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiReply } from '../../shared/api/errors';
import type { AppStatus } from '../../shared/api/schemas';
import { coreFixture } from '../../test/helpers/core';
import { rawRequest, type RawRequest } from '../../test/helpers/http';
import { russian } from '../../test/helpers/text';
import type { Core } from '../core/core';
import { contentSecurityPolicy } from './csp';
import { startHost, type RunningHost } from './server';

const cores = coreFixture();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

const indexHtml = '<!doctype html><title>Опора</title><div id="root"></div>';
const secret = 'SECRET-OUTSIDE-THE-STATIC-FOLDER';

/** A temp folder: static/ with the UI, and beside it files the host must never serve. */
function staticFolder(): string {
  const dir = cores.newDir();
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("опора");');
  fs.writeFileSync(path.join(dir, 'secret.txt'), secret);
  fs.mkdirSync(path.join(dir, 'static-private'));
  fs.writeFileSync(path.join(dir, 'static-private', 'secret.txt'), secret);
  return staticDir;
}

async function start(options: { core?: Core; maxBodyBytes?: number } = {}) {
  const core = options.core ?? (await cores.fresh()).core;
  const host = await startHost({ core, staticDir: staticFolder(), maxBodyBytes: options.maxBodyBytes });
  hosts.push(host);
  const invoke = (body: unknown, headers: Record<string, string> = {}, extra: Partial<RawRequest> = {}) =>
    rawRequest(host.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json', 'X-Opora-Token': host.token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...extra,
    });
  return { host, core, invoke };
}

/** A core that records its calls, to prove a refused request never reached it. */
function recordingCore() {
  const invoke = vi.fn(async (): Promise<ApiReply> => ({ ok: true, value: 'reached' }));
  const core: Core = { invoke, problem: null, local: {} as Core['local'], close() {} };
  return { core, invoke };
}

const errorOf = (body: string) => (JSON.parse(body) as Extract<ApiReply, { ok: false }>).error;

describe('startHost: where it listens', () => {
  it('listens on 127.0.0.1 on a random port with a random token in the URL fragment', async () => {
    const first = (await start()).host;
    const second = (await start()).host;
    expect(first.port).toBeGreaterThan(0);
    expect(first.port).not.toBe(second.port);
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect(first.url).toBe(`http://127.0.0.1:${first.port}/#token=${first.token}`);
    expect(new URL(first.url).search).toBe('');
  });

  const outsideAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

  it.runIf(outsideAddress !== undefined)('cannot be reached from the network', async () => {
    const { host } = await start();
    const reached = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: outsideAddress, port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });
});

describe('POST /api/invoke', () => {
  it('answers with the core’s reply when the token is right', async () => {
    const { invoke, core } = await start();
    const response = await invoke({ method: 'app.status', input: {} });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const reply = JSON.parse(response.body) as ApiReply<AppStatus>;
    expect(reply).toEqual(await core.invoke('app.status', {}));
    expect(reply.ok && reply.value.state).toBe('ready');
  });

  it('passes the core’s own refusals through', async () => {
    const { invoke } = await start();
    const response = await invoke({ method: 'passport.get', input: { year: '2025-2026' } });
    expect(response.status).toBe(200);
    expect(errorOf(response.body).code).toBe('INVALID_INPUT');
    expect(errorOf((await invoke({ method: 'fs.readFile', input: {} })).body).code).toBe('UNKNOWN_METHOD');
  });

  it.each([
    ['without a token', {}],
    ['with an empty token', { 'X-Opora-Token': '' }],
    ['with a wrong token', { 'X-Opora-Token': 'A'.repeat(32) }],
  ])('refuses a call %s with 401', async (_what, headers) => {
    const { core, invoke: calls } = recordingCore();
    const { invoke, host } = await start({ core });
    const response = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ method: 'app.status', input: {} }),
    });
    expect(response.status).toBe(401);
    expect(errorOf(response.body)).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringMatching(russian) });
    // a token that only starts like the right one, or is the right one plus more
    for (const token of [host.token.slice(0, -1), `${host.token}x`, host.token.toUpperCase()]) {
      if (token === host.token) continue;
      expect((await invoke({ method: 'app.status' }, { 'X-Opora-Token': token })).status).toBe(401);
    }
    expect(calls).not.toHaveBeenCalled();
  });

  it('refuses a call from a foreign Origin with 403, even with the token', async () => {
    const { core, invoke: calls } = recordingCore();
    const { invoke, host } = await start({ core });
    for (const origin of ['https://evil.example', 'http://localhost:' + host.port, 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const response = await invoke({ method: 'app.status' }, { Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(errorOf(response.body)).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringMatching(russian) });
    }
    expect(calls).not.toHaveBeenCalled();
    expect((await invoke({ method: 'app.status' }, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('refuses a request for another Host name (DNS rebinding)', async () => {
    const { core, invoke: calls } = recordingCore();
    const { invoke, host } = await start({ core });
    for (const name of [`evil.example:${host.port}`, `localhost:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const response = await invoke({ method: 'app.status' }, { Host: name });
      expect(response.status, name).toBe(421);
      const page = await rawRequest(host.port, { path: '/', headers: { Host: name } });
      expect(page.status, name).toBe(421);
      expect(page.body).not.toContain('Опора');
    }
    expect(calls).not.toHaveBeenCalled();
  });

  it('answers 400 in Russian to a body that is not JSON', async () => {
    const { core, invoke: calls } = recordingCore();
    const { invoke } = await start({ core });
    const response = await invoke('{"method": "app.status",');
    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toEqual({ code: 'INVALID_INPUT', message: 'Запрос не в формате JSON' });
    expect(calls).not.toHaveBeenCalled();
  });

  it('answers 413 to a body over the limit without reading it into the core', async () => {
    const { core, invoke: calls } = recordingCore();
    const { invoke } = await start({ core, maxBodyBytes: 1024 });
    const response = await invoke({ method: 'passport.save', input: { values: { studentsTotal: '1'.repeat(4096) } } });
    expect(response.status).toBe(413);
    expect(errorOf(response.body)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(russian) });
    expect(calls).not.toHaveBeenCalled();
    expect((await invoke({ method: 'app.status' })).status).toBe(200);
  });

  it('answers 413 to an oversized body sent without a declared length', async () => {
    const { core, invoke: calls } = recordingCore();
    const { invoke } = await start({ core, maxBodyBytes: 1024 });
    const body = JSON.stringify({ method: 'passport.save', input: { values: { studentsTotal: '1'.repeat(256 * 1024) } } });
    const response = await invoke(body, { 'Transfer-Encoding': 'chunked' });
    expect(response.status).toBe(413);
    expect(errorOf(response.body).message).toBe('Слишком большой запрос');
    expect(calls).not.toHaveBeenCalled();
  });

  it('accepts only POST', async () => {
    const { host } = await start();
    const response = await rawRequest(host.port, { method: 'GET', path: '/api/invoke', headers: { 'X-Opora-Token': host.token } });
    expect(response.status).toBe(405);
  });
});

describe('static files', () => {
  const cspHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;

  it('serves the UI with the CSP and nosniff headers', async () => {
    const { host } = await start();
    const page = await rawRequest(host.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toBe(indexHtml);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(cspHeader);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const script = await rawRequest(host.port, { path: '/assets/app.js?v=1' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(cspHeader);
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown path with the UI (the router takes it from there)', async () => {
    const { host } = await start();
    const page = await rawRequest(host.port, { path: '/passport/2025-2026' });
    expect(page.status).toBe(200);
    expect(page.body).toBe(indexHtml);
  });

  it('puts the API errors under the same headers', async () => {
    const { invoke } = await start();
    const response = await invoke({ method: 'app.status' }, { 'X-Opora-Token': 'wrong' });
    expect(response.headers['content-security-policy']).toBe(cspHeader);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/.%2e/secret.txt',
    '/%252e%252e/secret.txt',
    '//../secret.txt',
    '/../static-private/secret.txt',
    '/%2e%2e/static-private/secret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/../../../../../../../../etc/passwd',
    '/secret.txt%00.html',
  ])('does not leave the static folder for %s', async (requestPath) => {
    const { host } = await start();
    const response = await rawRequest(host.port, { path: requestPath });
    expect([200, 403]).toContain(response.status);
    if (response.status === 200) expect(response.body).toBe(indexHtml);
    expect(response.body).not.toContain(secret);
    expect(response.body).not.toContain('root:');
  });

  it('keeps working after a path it cannot decode', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { host } = await start();
      const response = await rawRequest(host.port, { path: '/%E0%A4%A' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain(secret);
      expect(response.body).not.toMatch(/URIError|\n\s+at /);
      expect((await rawRequest(host.port, { path: '/' })).status).toBe(200);
    } finally {
      log.mockRestore();
    }
  });

  it('serves files only for GET and HEAD', async () => {
    const { host } = await start();
    expect((await rawRequest(host.port, { method: 'HEAD', path: '/' })).status).toBe(200);
    for (const method of ['PUT', 'DELETE', 'POST']) expect((await rawRequest(host.port, { method, path: '/index.html' })).status).toBe(405);
  });
});
