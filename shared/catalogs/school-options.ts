/**
 * Closed lists of the school profile (domain.md, section 1). Codes are stable English
 * identifiers stored in the database and packages; labels are what people read.
 */
export const schoolTypes = [
  { code: 'primary', label: 'Начальная общеобразовательная школа' },
  { code: 'basic', label: 'Основная общеобразовательная школа' },
  { code: 'secondary', label: 'Средняя общеобразовательная школа' },
] as const;

export const localities = [
  { code: 'rural', label: 'Сельская' },
  { code: 'urban', label: 'Городская' },
] as const;

export const schoolClusters = [
  { code: 'deprived-urban', label: 'Депривированная городская' },
  { code: 'deprived-rural', label: 'Депривированная сельская' },
  { code: 'rural-small', label: 'Сельская малокомплектная' },
  { code: 'remote', label: 'Труднодоступная территория' },
  { code: 'high-deviance', label: 'Высокий уровень девиантности' },
  { code: 'multicultural', label: 'Сложный поликультурный контекст' },
] as const;

export type SchoolTypeCode = (typeof schoolTypes)[number]['code'];
export type LocalityCode = (typeof localities)[number]['code'];
export type ClusterCode = (typeof schoolClusters)[number]['code'];

export function codesOf<T extends readonly { code: string }[]>(list: T): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((item) => item.code) as [T[number]['code'], ...T[number]['code'][]];
}

export function labelOf(list: readonly { code: string; label: string }[], code: string | null | undefined): string {
  return list.find((item) => item.code === code)?.label ?? '';
}
