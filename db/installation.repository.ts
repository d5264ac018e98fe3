import { eq } from 'drizzle-orm';
import type { AppDatabase } from './open';
import { installation, type InstallationRow } from './schema';

export type NewInstallation = Omit<InstallationRow, 'id'>;

export class InstallationRepository {
  constructor(private readonly db: AppDatabase) {}

  get(): InstallationRow | null {
    return this.db.select().from(installation).where(eq(installation.id, 1)).get() ?? null;
  }

  create(row: NewInstallation): InstallationRow {
    return this.db.insert(installation).values({ ...row, id: 1 }).returning().get();
  }
}
