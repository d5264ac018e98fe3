/**
 * The handler map: one function per contract method, each a thin call into a service.
 * Typed against the contract, so a method without a handler does not compile.
 */
import type { Contract, MethodName, MethodOutput } from '../../shared/api/contract';
import type { z } from '../../shared/api/zod';
import type { CoreContext } from './context';
import { PassportService } from './passport.service';
import { ProfileService } from './profile.service';
import { SetupService } from './setup.service';

export type ContractHandlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function createHandlers(context: CoreContext): ContractHandlers {
  const setup = new SetupService(context);
  const profile = new ProfileService(context);
  const passports = new PassportService(context);
  return {
    'app.status': () => setup.status(),
    'setup.initialize': (input) => setup.initialize(input),
    'profile.get': () => profile.get(),
    'profile.save': (input) => profile.save(input.profile),
    'passport.list': () => passports.list(),
    'passport.get': (input) => passports.get(input.year),
    'passport.save': (input) => passports.save(input.year, input.values),
    'passport.create': (input) => passports.create(input.year, input.copyFrom),
  };
}
