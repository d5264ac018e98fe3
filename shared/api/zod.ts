/**
 * The one zod instance of the app, configured once before any schema is built:
 * - jitless, because the renderer runs under a CSP without 'unsafe-eval' and zod's JIT uses `new Function`;
 * - Russian messages, because validation errors reach people who read Russian.
 * Every module imports `z` from here, never from 'zod' directly (a lint rule enforces it).
 */
import { z } from 'zod';

z.config({ jitless: true });
z.config(z.locales.ru());

export { z };
