/**
 * The curator's response to a school: a review status per document (принято / есть замечания /
 * возвращено на доработку), the protocol and addressed recommendations. The draft autosaves;
 * the export signs it with the curator's key as a curator-response package.
 */
import { AppError } from '../../shared/api/errors';
import type { ReviewDraft, WrittenFile } from '../../shared/api/exchange-api';
import { curatorResponsePayloadSchema, type CuratorResponsePayload } from '../../shared/api/exchange-schemas';
import { describeZodError } from '../../shared/api/validate';
import { requireCurator, nowIso, type CoreContext } from './context';
import { describePeriod, isoWithLocalOffset } from './exchange';
import { sendPackage } from './package-output';
import { SchoolsService } from './schools.service';

const localDate = (date: Date) => isoWithLocalOffset(date).slice(0, 10);

export class ReviewService {
  private readonly schools: SchoolsService;

  constructor(private readonly context: CoreContext) {
    this.schools = new SchoolsService(context);
  }

  get(code: string): ReviewDraft {
    requireCurator(this.context);
    const school = this.schools.get(code);
    const draft = (this.context.exchange.reviewDraft(code) as ReviewDraft | null) ?? {
      reviews: [],
      protocol: { date: localDate(this.context.now()), text: '' },
      recommendations: [],
    };
    // One row per document of the current snapshot: rows of documents a newer revision dropped
    // go, documents it added get an empty row.
    const current = new Set(school.documents.map((document) => `${document.kind} ${document.year}`));
    const kept = draft.reviews.filter((review) => current.has(`${review.kind} ${review.year}`));
    const reviewed = new Set(kept.map((review) => `${review.kind} ${review.year}`));
    const missing = school.documents
      .filter((document) => !reviewed.has(`${document.kind} ${document.year}`))
      .map((document) => ({ kind: document.kind, year: document.year, status: '' as const, comment: '' }));
    return { ...draft, reviews: [...kept, ...missing] };
  }

  save(code: string, review: ReviewDraft): { updatedAt: string } {
    requireCurator(this.context);
    this.schools.get(code);
    const updatedAt = nowIso(this.context);
    this.context.exchange.putReviewDraft(code, review, updatedAt);
    return { updatedAt };
  }

  async export(code: string, destination?: string): Promise<WrittenFile> {
    const curator = requireCurator(this.context);
    const school = this.schools.get(code);
    const draft = this.get(code);
    const reviews = draft.reviews.filter((review) => review.status !== '').map((review) => ({ ...review, status: review.status as Exclude<typeof review.status, ''> }));
    if (reviews.length === 0 && draft.protocol.text.trim() === '') {
      throw new AppError('VALIDATION_FAILED', 'Ответ не сформирован: укажите статус хотя бы одного документа или текст протокола.');
    }
    const payload: CuratorResponsePayload = {
      schoolCode: code,
      curator: { districtName: curator.districtName ?? '', curatorName: curator.curatorName ?? '' },
      respondsTo: { revision: school.summary.revision },
      reviews,
      protocol: draft.protocol,
      recommendations: draft.recommendations.filter((recommendation) => recommendation.text.trim() !== ''),
    };
    const parsed = curatorResponsePayloadSchema.safeParse(payload);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', `Ответ не сформирован: ${describeZodError(parsed.error)}`);
    const outgoing = { kind: 'curator-response' as const, schoolCode: code, schoolName: school.summary.name, period: describePeriod(school.summary.passportYears), payload: parsed.data };
    return sendPackage(this.context, curator, outgoing, destination);
  }
}
