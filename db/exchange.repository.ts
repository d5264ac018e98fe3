/**
 * What this copy sent and received: every received file with its verdict, the curator's
 * pointer to each school's current snapshot, sent packages (their revisions) and the
 * curator's review drafts.
 */
import { and, desc, eq, max } from 'drizzle-orm';
import type { AppDatabase } from './open';
import { receivedPackages, reviewDrafts, schoolSnapshots, sentPackages, type ReceivedPackageRow, type SchoolSnapshotRow } from './schema';

export type NewReceivedPackage = Omit<ReceivedPackageRow, 'id'>;
export type SentPackageRow = typeof sentPackages.$inferSelect;

export class ExchangeRepository {
  constructor(private readonly db: AppDatabase) {}

  addReceived(row: NewReceivedPackage): ReceivedPackageRow {
    return this.db.insert(receivedPackages).values(row).returning().get();
  }

  updateReceived(id: number, change: Partial<NewReceivedPackage>): void {
    this.db.update(receivedPackages).set(change).where(eq(receivedPackages.id, id)).run();
  }

  received(id: number): ReceivedPackageRow | null {
    return this.db.select().from(receivedPackages).where(eq(receivedPackages.id, id)).get() ?? null;
  }

  receivedByHash(sha256: string): ReceivedPackageRow[] {
    return this.db.select().from(receivedPackages).where(eq(receivedPackages.fileSha256, sha256)).orderBy(desc(receivedPackages.id)).all();
  }

  receivedList(schoolCode?: string): ReceivedPackageRow[] {
    const query = this.db.select().from(receivedPackages);
    return (schoolCode ? query.where(eq(receivedPackages.schoolCode, schoolCode)) : query).orderBy(desc(receivedPackages.id)).all();
  }

  pendingTrust(): ReceivedPackageRow[] {
    return this.db.select().from(receivedPackages).where(eq(receivedPackages.outcome, 'needs-trust')).orderBy(receivedPackages.id).all();
  }

  snapshot(schoolCode: string): SchoolSnapshotRow | null {
    return this.db.select().from(schoolSnapshots).where(eq(schoolSnapshots.schoolCode, schoolCode)).get() ?? null;
  }

  snapshots(): SchoolSnapshotRow[] {
    return this.db.select().from(schoolSnapshots).orderBy(schoolSnapshots.schoolName).all();
  }

  putSnapshot(row: SchoolSnapshotRow): void {
    this.db.insert(schoolSnapshots).values(row).onConflictDoUpdate({ target: schoolSnapshots.schoolCode, set: row }).run();
  }

  lastSentRevision(kind: string, schoolCode: string): number {
    const row = this.db
      .select({ revision: max(sentPackages.revision) })
      .from(sentPackages)
      .where(and(eq(sentPackages.kind, kind), eq(sentPackages.schoolCode, schoolCode)))
      .get();
    return row?.revision ?? 0;
  }

  addSent(row: Omit<SentPackageRow, 'id'>): void {
    this.db.insert(sentPackages).values(row).run();
  }

  reviewDraft(schoolCode: string): unknown {
    return this.db.select().from(reviewDrafts).where(eq(reviewDrafts.schoolCode, schoolCode)).get()?.data ?? null;
  }

  putReviewDraft(schoolCode: string, data: unknown, updatedAt: string): void {
    this.db.insert(reviewDrafts).values({ schoolCode, data, updatedAt }).onConflictDoUpdate({ target: reviewDrafts.schoolCode, set: { data, updatedAt } }).run();
  }
}
