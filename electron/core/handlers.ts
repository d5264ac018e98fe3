/**
 * The handler map: one function per contract method, each a thin call into a service.
 * Typed against the contract, so a method without a handler does not compile.
 */
import type { Contract, MethodName, MethodOutput } from '../../shared/api/contract';
import type { z } from '../../shared/api/zod';
import type { CoreContext } from './context';
import { PassportService } from './passport.service';
import { ProfileService } from './profile.service';
import { EnrollmentService } from './enrollment.service';
import { ExportService } from './export.service';
import { ImportService } from './import.service';
import { ResponsesService } from './responses.service';
import { ReviewService } from './review.service';
import { SchoolsService } from './schools.service';
import { SetupService } from './setup.service';
import { TrustService } from './trust.service';

export type ContractHandlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function createHandlers(context: CoreContext): ContractHandlers {
  const setup = new SetupService(context);
  const profile = new ProfileService(context);
  const passports = new PassportService(context);
  const exports = new ExportService(context);
  const imports = new ImportService(context);
  const trust = new TrustService(context);
  const schools = new SchoolsService(context);
  const reviews = new ReviewService(context);
  const responses = new ResponsesService(context);
  return {
    'app.status': () => setup.status(),
    'setup.initialize': (input) => setup.initialize(input),
    'profile.get': () => profile.get(),
    'profile.save': (input) => profile.save(input.profile),
    'passport.list': () => passports.list(),
    'passport.get': (input) => passports.get(input.year),
    'passport.save': (input) => passports.save(input.year, input.values),
    'passport.create': (input) => passports.create(input.year, input.copyFrom),
    'exchange.checkExport': () => exports.check(),
    'exchange.exportReport': (input) => exports.exportReport(input.acceptWarnings),
    'exchange.importPackage': (input) => imports.importBytes(Buffer.from(input.contentBase64, 'base64'), input.fileName),
    'exchange.received': () => trust.received(),
    'trust.pending': () => trust.pending(),
    'trust.decide': (input) => imports.decide(input.packageId, input.decision),
    'trust.keys': () => trust.keys(),
    'trust.enrollment': (input) => new EnrollmentService(context).create(input.schoolCode, input.schoolName),
    'schools.list': () => schools.list(),
    'schools.get': (input) => schools.get(input.code),
    'review.get': (input) => reviews.get(input.code),
    'review.save': (input) => reviews.save(input.code, input.review),
    'review.export': (input) => reviews.export(input.code),
    'responses.list': () => responses.list(),
  };
}
