import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  addMonths,
  dateIn,
  daysBetween,
  iloRegionOf,
  zonedTime,
  type ConstituencyGroup,
  type Language,
  type LocalizedText,
  type Role,
  type SessionFormat,
} from '@sstc/shared';
import { hashPassword } from '../../common/crypto/password.js';
import { ADVISORY_LOCKS } from '../../database/advisory-locks.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Course } from '../courses/course.entity.js';
import { Edition } from '../courses/edition.entity.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { seedCoaching } from './demo-coaching.js';
import { seedFeedback } from './demo-feedback.js';
import { moduleKeys } from '../learning/pre-assessment-content.js';
import { PreAssessmentService } from '../learning/pre-assessment.service.js';
import { LearningSeedService } from '../learning/seed/learning-seed.service.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { DistributionsService } from '../surveys/distributions.service.js';
import { SurveysService } from '../surveys/surveys.service.js';
import { ProgrammeSession } from '../programme/programme-session.entity.js';
import { User } from '../users/user.entity.js';
import { DiscussionsService } from '../discussions/discussions.service.js';
import { PracticesSeedService } from '../practices/seed/practices-seed.service.js';
import { ACADEMY_2016, type AcademyItem } from './academy-2016.js';
import { seedAnsweredAssessments, type Respondent } from './demo-assessments.js';
import { seedDiscussions } from './demo-discussions.js';
import { seedLearningProgress } from './demo-learning-progress.js';
import { DEMO_PARTICIPANTS_2016 } from './demo-participants-2016.js';

export const DEMO_PASSWORD = 'academy-2016';

const COHORT_NAMES: [Language, string][] = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['pt', 'Português'],
];

interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  language: Language;
  country: string;
  organisation: string;
  constituencyGroup: ConstituencyGroup;
  timeZone: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'organizer@academy.example.org',
    name: 'Giulia Rossi',
    role: 'organizer',
    language: 'en',
    country: 'IT',
    organisation: 'ITC-ILO',
    constituencyGroup: 'ilo_staff',
    timeZone: 'Europe/Rome',
  },
  {
    email: 'facilitator@academy.example.org',
    name: 'Aminata Diallo',
    role: 'facilitator',
    language: 'fr',
    country: 'SN',
    organisation: 'ILO PARDEV',
    constituencyGroup: 'ilo_staff',
    timeZone: 'Africa/Dakar',
  },
  {
    email: 'participant@academy.example.org',
    name: 'João Silva',
    role: 'participant',
    language: 'pt',
    country: 'BR',
    organisation: 'Ministério do Trabalho',
    constituencyGroup: 'government',
    timeZone: 'America/Sao_Paulo',
  },
  {
    email: 'participante@academy.example.org',
    name: 'María Fernández',
    role: 'participant',
    language: 'es',
    country: 'CO',
    organisation: 'Central Unitaria de Trabajadores',
    constituencyGroup: 'workers_organization',
    timeZone: 'America/Bogota',
  },
  {
    email: 'participant.en@academy.example.org',
    name: 'Kwame Mensah',
    role: 'participant',
    language: 'en',
    country: 'GH',
    organisation: 'Ghana Employers Association',
    constituencyGroup: 'employers_organization',
    timeZone: 'Africa/Accra',
  },
];

// Illustrative day plan: a panel opens each morning, modules fill the rest of the day.
// Rooms are named in the four languages, as organizers name them (electives add their block and number).
const SLOTS: Record<AcademyItem['kind'], { start: string; end: string; room: Required<LocalizedText>; format: SessionFormat }> = {
  panel: {
    start: '09:00',
    end: '10:30',
    room: { en: 'Plenary hall', es: 'Sala plenaria', fr: 'Salle plénière', pt: 'Sala plenária' },
    format: 'fishbowl',
  },
  mandatory_module: {
    start: '11:00',
    end: '17:30',
    room: { en: 'Pavilion A', es: 'Pabellón A', fr: 'Pavillon A', pt: 'Pavilhão A' },
    format: 'group_work',
  },
  elective_module: {
    start: '11:00',
    end: '17:30',
    room: { en: 'Pavilion', es: 'Pabellón', fr: 'Pavillon', pt: 'Pavilhão' },
    format: 'world_cafe',
  },
};

function electiveRoom(room: Required<LocalizedText>, entry: AcademyItem): Required<LocalizedText> {
  const suffix = ` ${entry.block}${entry.number}`;
  return { en: room.en + suffix, es: room.es + suffix, fr: room.fr + suffix, pt: room.pt + suffix };
}

/** Loads the 2016 Academy and an upcoming edition with the same programme into an empty database. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discussions: DiscussionsService,
    private readonly surveys: SurveysService,
    private readonly learning: LearningSeedService,
    private readonly preAssessment: PreAssessmentService,
    private readonly distributions: DistributionsService,
    private readonly practices: PracticesSeedService,
  ) {}

  async seedIfEmpty(today = new Date()): Promise<boolean> {
    if ((await this.dataSource.getRepository(Course).count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await this.dataSource.transaction(async (manager) => {
      // Servers started at once on an empty database: the first loads the demo, the others wait
      // here for its commit and then find the courses.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.demoSeed]);
      if ((await manager.count(Course)) > 0) return false;
      const course = await manager.save(Course, { code: ACADEMY_2016.course.code, title: ACADEMY_2016.course.title, description: {} });
      const users = await manager.save(
        User,
        DEMO_ACCOUNTS.map((account) => ({ ...account, iloRegion: iloRegionOf(account.country), passwordHash, activatedAt: new Date() })),
      );
      // The rest of the 2016 participants: no password, never signed in (only the README's accounts can).
      const people2016 = await manager.save(
        User,
        DEMO_PARTICIPANTS_2016.map(({ email, name, language, country, organisation, constituencyGroup, timeZone }) => ({
          email,
          name,
          language,
          country,
          organisation,
          constituencyGroup,
          timeZone,
          role: 'participant' as const,
          iloRegion: iloRegionOf(country),
          passwordHash: null,
          activatedAt: null,
        })),
      );
      const past = await this.createEdition(manager, course, ACADEMY_2016.edition.code, 0, {
        preLearningOpens: ACADEMY_2016.preLearning.opens,
        preLearningCloses: ACADEMY_2016.preLearning.closes,
        electiveDeadline: '2016-06-30',
      });
      const upcoming = await this.createEdition(
        manager,
        course,
        `SSTC-${this.upcomingStart(today).slice(0, 4)}`,
        daysBetween(ACADEMY_2016.faceToFace.start, this.upcomingStart(today)),
        {
          preLearningOpens: addDays(dateIn(ACADEMY_2016.edition.timeZone, today), -7),
          preLearningCloses: addDays(this.upcomingStart(today), -1),
          electiveDeadline: addDays(this.upcomingStart(today), -7),
        },
      );
      const facilitators = users.filter((user) => user.role === 'facilitator');
      const cohortsOf = new Map<string, Cohort[]>();
      for (const edition of [past, upcoming]) {
        // One cohort per language, as the 2016 Academy grouped its working groups.
        const cohorts = await manager.save(
          Cohort,
          COHORT_NAMES.map(([language, name]) => ({ editionId: edition.id, name, language, facilitators: language === 'fr' ? facilitators : [] })),
        );
        cohortsOf.set(edition.id, cohorts);
        // The upcoming edition keeps its three demo participants; 2016 had its whole group.
        await manager.save(
          Enrolment,
          [...users, ...(edition === past ? people2016 : [])]
            .filter((user) => user.role !== 'organizer')
            .map((user) => ({
              editionId: edition.id,
              userId: user.id,
              role: user.role,
              status: 'active' as const,
              cohortId: user.role === 'participant' ? cohorts.find((c) => c.language === user.language)!.id : null,
            })),
        );
        const facilitated = await manager.find(ProgrammeItem, { where: { editionId: edition.id } });
        for (const item of facilitated.filter(
          (i) => i.kind === 'mandatory_module' || (i.kind === 'elective_module' && i.block === 'A' && i.number <= 3),
        )) {
          item.facilitators = facilitators;
          await manager.save(item);
        }
        // The general and impact assessments, as every new edition gets them.
        await this.surveys.scheduleEditionDefaults(edition.id, { manager, now: today });
        await this.learning.seedIntroductoryPackage(manager, edition);
      }
      await this.sendPreAssessment(manager, upcoming, today);
      await this.tell2016(manager, past, cohortsOf.get(past.id)!, people2016, facilitators[0]!, today);
      await seedDiscussions(manager, this.discussions, [past.id, upcoming.id], [...users, ...people2016]);
      await seedCoaching(manager, past, facilitators[0]!, today);
      await seedFeedback(manager, past);
      // The good-practices base, published by the organizer, with the facilitator to contact.
      await this.practices.seed(
        manager,
        users.find((user) => user.role === 'organizer')!.id,
        facilitators.map((user) => user.id),
        today,
      );
      return true;
    });
    if (seeded) this.logger.log('Loaded the demo data: the 2016 Academy and an upcoming edition.');
    return seeded;
  }

  /**
   * What an organizer comes to the 2016 edition for: its participants' pre-learning progress, the
   * answered pre-assessment, general and impact assessments, and the interview follow-up. The demo accounts stay
   * out of the 2016 assessments, so that their own survey journeys start from nothing.
   */
  private async tell2016(manager: EntityManager, edition: Edition, cohorts: Cohort[], people: User[], interviewer: User, today: Date): Promise<void> {
    const respondents: Respondent[] = people.map((user, index) => ({
      user,
      cohortId: cohorts.find((cohort) => cohort.language === user.language)!.id,
      profile: DEMO_PARTICIPANTS_2016[index]!,
    }));
    await seedLearningProgress(manager, edition, respondents);
    // The pre-assessment of needs ran during pre-learning (February to May 2016).
    const surveyId = await this.preAssessment.ensureSurvey(edition.id, manager);
    await this.distributions.create(
      surveyId,
      {
        audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
        opensAt: zonedTime(edition.preLearningOpens, '09:00', edition.timeZone).toISOString(),
        closesAt: zonedTime(edition.preLearningCloses, '23:59', edition.timeZone).toISOString(),
        reminderDays: [14],
        schedule: false,
      },
      manager,
    );
    const items = await manager.find(ProgrammeItem, { where: { editionId: edition.id }, order: { kind: 'ASC', number: 'ASC' } });
    const moduleKeysOf = items.flatMap((item) => moduleKeys(item) ?? []);
    await seedAnsweredAssessments(manager, edition, respondents, interviewer, today, { surveyId, moduleKeys: moduleKeysOf });
  }

  /** The upcoming edition's pre-assessment of needs, open now to its participants until the week starts. */
  private async sendPreAssessment(manager: EntityManager, edition: Edition, today: Date): Promise<void> {
    const surveyId = await this.preAssessment.ensureSurvey(edition.id, manager);
    await this.distributions.create(
      surveyId,
      {
        audience: { cohortIds: [], statuses: ['active'], roles: ['participant'] },
        opensAt: today.toISOString(),
        closesAt: zonedTime(addDays(edition.faceToFaceStart, -1), '23:59', edition.timeZone).toISOString(),
        reminderDays: [7],
        schedule: true,
      },
      manager,
    );
  }

  /** A Monday about five weeks ahead, so pre-learning is open and electives can be chosen. */
  private upcomingStart(today: Date): string {
    const inFiveWeeks = addDays(dateIn(ACADEMY_2016.edition.timeZone, today), 35);
    const weekday = new Date(`${inFiveWeeks}T00:00:00Z`).getUTCDay();
    return addDays(inFiveWeeks, (8 - weekday) % 7);
  }

  private async createEdition(
    manager: EntityManager,
    course: Course,
    code: string,
    shiftDays: number,
    dates: Pick<Edition, 'preLearningOpens' | 'preLearningCloses' | 'electiveDeadline'>,
  ): Promise<Edition> {
    const { timeZone } = ACADEMY_2016.edition;
    const faceToFaceEnd = addDays(ACADEMY_2016.faceToFace.end, shiftDays);
    const isPast = shiftDays === 0;
    const edition = await manager.save(Edition, {
      ...ACADEMY_2016.edition,
      code,
      title: isPast ? ACADEMY_2016.edition.title : upcomingTitle(code.slice(-4)),
      languages: [...ACADEMY_2016.edition.languages],
      courseId: course.id,
      ...dates,
      faceToFaceStart: addDays(ACADEMY_2016.faceToFace.start, shiftDays),
      faceToFaceEnd,
      postLearningOpens: addDays(faceToFaceEnd, 1),
      postLearningCloses: null,
      impactAssessmentOn: addMonths(faceToFaceEnd, ACADEMY_2016.impactAssessmentMonthsAfterFaceToFace),
    });
    for (const entry of ACADEMY_2016.programme as readonly AcademyItem[]) {
      const item = await manager.save(ProgrammeItem, {
        editionId: edition.id,
        kind: entry.kind,
        number: entry.number,
        title: entry.title,
        description: entry.focus ?? {},
        block: entry.block ?? null,
        capacity: entry.capacity ?? null,
        modalities: entry.kind === 'panel' && entry.number === 2 ? ['triangular'] : ['south_south'],
        sdgs: [8, 17],
      });
      const slot = SLOTS[entry.kind];
      await manager.save(
        ProgrammeSession,
        entry.days.map((day) => ({
          itemId: item.id,
          startsAt: zonedTime(addDays(day, shiftDays), slot.start, timeZone),
          endsAt: zonedTime(addDays(day, shiftDays), slot.end, timeZone),
          room: entry.kind === 'elective_module' ? electiveRoom(slot.room, entry) : slot.room,
          format: slot.format,
        })),
      );
    }
    return edition;
  }
}

function upcomingTitle(year: string) {
  return {
    en: `ILO Academy on South-South and Triangular Cooperation ${year}`,
    es: `Academia de la OIT sobre Cooperación Sur-Sur y Triangular ${year}`,
    fr: `Académie de l'OIT sur la coopération Sud-Sud et triangulaire ${year}`,
    pt: `Academia da OIT sobre Cooperação Sul-Sul e Triangular ${year}`,
  };
}
