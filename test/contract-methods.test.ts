/**
 * Pins the exact list of methods the UI can call. Adding a method is a deliberate change of
 * the attack surface of both transports (IPC and the loopback host): update this list with it.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../electron/core/handlers';
import type { CoreContext } from '../electron/core/context';
import { contract, isMethodName, methodNames } from '../shared/api/contract';

const expected = [
  'app.status',
  'exchange.checkExport',
  'exchange.exportReport',
  'exchange.importPackage',
  'exchange.received',
  'passport.create',
  'passport.get',
  'passport.list',
  'passport.save',
  'profile.get',
  'profile.save',
  'responses.list',
  'review.export',
  'review.get',
  'review.save',
  'schools.get',
  'schools.list',
  'setup.initialize',
  'trust.decide',
  'trust.enrollment',
  'trust.keys',
  'trust.pending',
];

describe('the contract', () => {
  it('has exactly the pinned methods', () => {
    expect([...methodNames].sort()).toEqual(expected);
  });

  it('names every method domain.verb', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it('has an input and an output schema for every method', () => {
    for (const name of methodNames) {
      expect(typeof contract[name].input.safeParse, name).toBe('function');
      expect(typeof contract[name].output.safeParse, name).toBe('function');
    }
  });

  it('knows no method outside the list, inherited names included', () => {
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'app', 'app.status ', 'APP.STATUS']) {
      expect(isMethodName(name), name).toBe(false);
    }
    for (const name of expected) expect(isMethodName(name)).toBe(true);
  });

  it('has a handler for every method and no other', () => {
    const handlers = createHandlers({} as CoreContext);
    expect(Object.keys(handlers).sort()).toEqual(expected);
  });
});
