/**
 * Whole documents per (school, kind, year). `year` is '' for documents that have no year
 * (the school profile). Writes replace the whole document in one statement.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppDatabase } from './open';
import { documents, type DocumentRow } from './schema';

export interface DocumentKey {
  schoolCode: string;
  kind: string;
  year: string;
}

export class DocumentsRepository {
  constructor(private readonly db: AppDatabase) {}

  get(key: DocumentKey): DocumentRow | null {
    return (
      this.db
        .select()
        .from(documents)
        .where(and(eq(documents.schoolCode, key.schoolCode), eq(documents.kind, key.kind), eq(documents.year, key.year)))
        .get() ?? null
    );
  }

  list(schoolCode: string, kind: string): DocumentRow[] {
    return this.db
      .select()
      .from(documents)
      .where(and(eq(documents.schoolCode, schoolCode), eq(documents.kind, kind)))
      .orderBy(asc(documents.year))
      .all();
  }

  put(key: DocumentKey, data: unknown, updatedAt: string): void {
    this.db
      .insert(documents)
      .values({ ...key, data, updatedAt })
      .onConflictDoUpdate({ target: [documents.schoolCode, documents.kind, documents.year], set: { data, updatedAt } })
      .run();
  }

  listAll(schoolCode: string): DocumentRow[] {
    return this.db.select().from(documents).where(eq(documents.schoolCode, schoolCode)).orderBy(asc(documents.kind), asc(documents.year)).all();
  }

  /** Removes the documents of one school of the given kinds (a newer snapshot replaces them). */
  deleteKinds(schoolCode: string, kinds: readonly string[]): void {
    this.db.delete(documents).where(and(eq(documents.schoolCode, schoolCode), inArray(documents.kind, [...kinds]))).run();
  }
}
