/**
 * A realistic, deterministic demo school: its profile and social passports for three academic
 * years, with numbers that satisfy every rule of the passport (parts within wholes, age bands
 * adding up to the staff). Later documents (risk profile, results, roadmap, plans) extend it.
 */
import { teacherAgeBandIds } from '../../../shared/catalogs/passport-fields';
import type { SchoolProfile } from '../../../shared/domain/school-profile';
import { districts, personName, villages } from './names';
import { SeededRandom } from './random';

export const demoYears = ['2023/2024', '2024/2025', '2025/2026'] as const;

export interface DemoSchool {
  profile: SchoolProfile;
  passports: { year: string; values: Record<string, string> }[];
}

interface SchoolTraits {
  type: 'primary' | 'basic' | 'secondary';
  students: number;
  hardship: number;
  nonNative: number;
  distanceKm: number;
}

function passportFor(random: SeededRandom, traits: SchoolTraits, yearIndex: number): Record<string, string> {
  const students = Math.max(8, Math.round(traits.students * (1 + (yearIndex - 1) * random.share(0.03, 0.03))));
  const h = traits.hardship;
  const levelWeights = { primary: [1, 0, 0], basic: [4, 5, 0], secondary: [4, 5, 1.2] }[traits.type];
  const [primary = 0, basic = 0, secondary = 0] = random.split(students, levelWeights);
  const parents = Math.round(students * random.around(1.55, 0.2));
  const teachers = Math.max(4, Math.round(students / random.around(9, 2.5)));
  const registered = random.partOf(students, 0.02 + 0.03 * h, 0.015);
  const nonNative = random.partOf(students, traits.nonNative, 0.02);
  const higher = random.partOf(teachers, 0.78, 0.12);
  const [highest = 0, first = 0, conformity = 0] = random.split(Math.round(teachers * random.share(0.85, 0.1)), [1.5, 3, 4]);
  const ages = random.split(teachers, [0.6, 0.8, 0.8, 0.9, 1.1, 1.5, 1.6, 1.7, 1.1, 0.9]);
  const values: Record<string, number | string> = {
    studentsTotal: students,
    studentsPrimary: primary,
    studentsBasic: basic,
    studentsSecondary: secondary,
    studentsLearningProblems: random.partOf(students, 0.08 + 0.1 * h, 0.04),
    studentsLargeFamilies: random.partOf(students, 0.16 + 0.15 * h, 0.06),
    studentsSingleParent: random.partOf(students, 0.18 + 0.14 * h, 0.06),
    studentsLowIncome: random.partOf(students, 0.2 + 0.22 * h, 0.08),
    parentsTotal: parents,
    parentsHigherEducation: random.partOf(parents, 0.34 - 0.2 * h, 0.06),
    parentsNoVocational: random.partOf(parents, 0.12 + 0.15 * h, 0.05),
    parentsUnemployed: random.partOf(parents, 0.06 + 0.12 * h, 0.04),
    studentsGuardianship: random.partOf(students, 0.02 + 0.04 * h, 0.015),
    studentsFosterFamilies: random.partOf(students, 0.01 + 0.02 * h, 0.01),
    studentsOvz: random.partOf(students, 0.06 + 0.06 * h, 0.03),
    studentsDisabled: random.partOf(students, 0.015, 0.01),
    studentsRegistered: registered,
    studentsInSchoolRegister: Math.round(registered * 0.7),
    studentsKdnRegister: Math.round(registered * 0.4),
    studentsNonNative: nonNative,
    studentsLimitedRussian: Math.round(nonNative * random.share(0.3, 0.15)),
    distanceToCentreKm: traits.distanceKm,
    studentsTransported: random.partOf(students, traits.distanceKm > 20 ? 0.35 : 0.1, 0.08),
    internetQuality: random.pick(['low', 'low', 'medium', 'medium', 'high']),
    infrastructure: random.pick(['none', 'minimal', 'minimal', 'developed']),
    teachersTotal: teachers,
    teachersHigherEducation: higher,
    teachersPedagogicalEducation: Math.round(higher * random.share(0.88, 0.08)),
    teachersCategoryHighest: highest,
    teachersCategoryFirst: first,
    teachersCategoryConformity: conformity,
    teachersMultiSubject: random.partOf(teachers, 0.35, 0.15),
    teachersMismatchedEducation: random.partOf(teachers, 0.12 + 0.1 * h, 0.06),
    vacancies: random.int(0, Math.max(1, Math.round(teachers / 8))),
    averageLoadHours: String(random.int(20, 30)),
    equipmentLevel: random.pick(['critical', 'low', 'sufficient', 'sufficient', 'high']),
    computersForStudents: Math.round(students * random.share(0.25, 0.1)),
  };
  teacherAgeBandIds.forEach((id, index) => (values[id] = ages[index] ?? 0));
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}

export function demoSchoolCode(seed: number, index: number): string {
  return `${40 + (Math.abs(seed) % 50)}${String(index + 1).padStart(4, '0')}`;
}

export function generateDemoSchool(seed: number, index = 0, municipality?: string): DemoSchool {
  const random = new SeededRandom(seed * 1_000_003 + index * 7_919 + 17);
  const village = villages[(index + Math.abs(seed)) % villages.length]!;
  const students = random.pick([24, 38, 56, 90, 140, 210, 320, 480]) + random.int(0, 20);
  const type = students < 40 ? 'primary' : students < 150 ? 'basic' : 'secondary';
  const typeWords = { primary: 'Начальная', basic: 'Основная', secondary: 'Средняя' }[type];
  const abbreviation = { primary: 'НОШ', basic: 'ООШ', secondary: 'СОШ' }[type];
  const traits: SchoolTraits = { type, students, hardship: random.next(), nonNative: random.pick([0.01, 0.02, 0.05, 0.15]), distanceKm: random.int(3, 95) };
  const district = municipality ?? random.pick(districts);
  const suffix = index >= villages.length ? ` № ${Math.floor(index / villages.length) + 1}` : '';
  const profile: SchoolProfile = {
    code: demoSchoolCode(seed, index),
    fullName: `Муниципальное казённое общеобразовательное учреждение «${typeWords} общеобразовательная школа с. ${village}${suffix}»`,
    shortName: `${abbreviation} с. ${village}${suffix}`,
    municipality: district,
    type,
    locality: 'rural',
    cluster: random.pick(['deprived-rural', 'rural-small', 'remote', 'rural-small']),
    directorName: personName((items) => random.pick(items)),
    phone: `+7 (484${random.int(10, 99)}) ${random.int(2, 9)}-${random.int(10, 99)}-${random.int(10, 99)}`,
    email: `school${demoSchoolCode(seed, index)}@edu.example.ru`,
    address: `с. ${village}, ул. Школьная, д. ${random.int(1, 30)}`,
    curatorName: personName((items) => random.pick(items)),
    mentorName: personName((items) => random.pick(items)),
    partnerSchool: random.next() < 0.5 ? `МБОУ «Средняя общеобразовательная школа № ${random.int(1, 5)}» г. ${random.pick(['Жуков', 'Кременки', 'Белоусово'])}` : '',
  };
  const passports = demoYears.map((year, yearIndex) => ({ year, values: passportFor(random, traits, yearIndex) }));
  return { profile, passports };
}
