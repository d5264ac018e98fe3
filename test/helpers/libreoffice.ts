/** LibreOffice for re-save tests: its command when installed, else null (those tests skip). */
import { execFileSync } from 'node:child_process';

export function findSoffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [candidate], { stdio: 'pipe' });
      return candidate;
    } catch {
      // not on PATH
    }
  }
  return null;
}
