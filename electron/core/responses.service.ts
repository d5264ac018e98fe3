/** The curator responses a school received, newest first. */
import type { ReceivedResponse } from '../../shared/api/exchange-api';
import { requireSchool, type CoreContext } from './context';
import type { StoredResponse } from './apply-package';

export class ResponsesService {
  constructor(private readonly context: CoreContext) {}

  list(): ReceivedResponse[] {
    const school = requireSchool(this.context);
    return this.context.documents
      .list(school.schoolCode, 'curator-response')
      .map((row) => row.data as StoredResponse)
      .sort((a, b) => b.revision - a.revision || (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
  }
}
