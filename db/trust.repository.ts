/**
 * Trusted signing keys and the log of trust decisions. A key is looked up by (role, school);
 * at most one key per (role, school) is 'trusted' at a time — replacing one marks the old
 * key 'replaced' in the same transaction as the caller's.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { AppDatabase } from './open';
import { trustedKeys, trustEvents, type TrustedKeyRow } from './schema';

export type KeyRole = TrustedKeyRow['role'];
export type TrustEvent = typeof trustEvents.$inferInsert;

export class TrustRepository {
  constructor(private readonly db: AppDatabase) {}

  keysOf(role: KeyRole, schoolCode: string): TrustedKeyRow[] {
    return this.db.select().from(trustedKeys).where(and(eq(trustedKeys.role, role), eq(trustedKeys.schoolCode, schoolCode))).orderBy(desc(trustedKeys.id)).all();
  }

  trustedKey(role: KeyRole, schoolCode: string): TrustedKeyRow | null {
    return this.keysOf(role, schoolCode).find((key) => key.status === 'trusted') ?? null;
  }

  all(): TrustedKeyRow[] {
    return this.db.select().from(trustedKeys).orderBy(trustedKeys.schoolCode, desc(trustedKeys.id)).all();
  }

  /** Records a decision about one key; trusting it replaces the key trusted before. */
  decide(row: Omit<TrustedKeyRow, 'id'>): void {
    if (row.status === 'trusted') {
      this.db
        .update(trustedKeys)
        .set({ status: 'replaced' })
        .where(and(eq(trustedKeys.role, row.role), eq(trustedKeys.schoolCode, row.schoolCode), eq(trustedKeys.status, 'trusted')))
        .run();
    }
    this.db
      .insert(trustedKeys)
      .values(row)
      .onConflictDoUpdate({ target: [trustedKeys.role, trustedKeys.schoolCode, trustedKeys.publicKey], set: { status: row.status, source: row.source, label: row.label, decidedAt: row.decidedAt } })
      .run();
  }

  log(event: TrustEvent): void {
    this.db.insert(trustEvents).values(event).run();
  }

  events(schoolCode: string) {
    return this.db.select().from(trustEvents).where(eq(trustEvents.schoolCode, schoolCode)).orderBy(trustEvents.id).all();
  }
}
