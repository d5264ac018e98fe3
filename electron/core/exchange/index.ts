/**
 * The exchange package format library (docs/exchange-format.md): write, read and verify the
 * signed Excel package. Services import from here, not from the modules behind it.
 */
export { writePackage, writePackageFile, type WritePackageOptions, type WrittenPackage } from './write-package';
export { readPackage, readPackageFile, type ReadPackageOptions, type VerifiedPackage } from './read-package';
export { PackageRejected, rejectionCodes, type EditedCell, type PackageWarning, type RejectionCode } from './rejection';
export { defaultLimits, type PackageLimits } from './zip-guard';
export { describePeriod, isoWithLocalOffset, packageFileName } from '../../../shared/exchange/naming';
