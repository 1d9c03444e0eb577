import { Injectable } from '@nestjs/common';
import {
  addDays,
  dateIn,
  HOME_SESSIONS,
  translationStatus,
  type EditionSummary,
  type Home,
  type HomeEdition,
  type HomeTask,
  type HomeTaskKind,
  type RoomSummary,
} from '@sstc/shared';
import type { RequestUser } from '../../common/http/request-user.js';
import { AgendaService } from '../agenda/agenda.service.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { CoachingSlotsService } from '../coaching/coaching-slots.service.js';
import { CoursesService } from '../courses/courses.service.js';
import { EditionsService } from '../courses/editions.service.js';
import { DiscussionsService } from '../discussions/discussions.service.js';
import { ModerationQueueService } from '../discussions/moderation-queue.service.js';
import { ElectivesService } from '../enrolments/electives.service.js';
import { EnrolmentImportsService } from '../enrolments/enrolment-imports.service.js';
import { LearningProgressService } from '../learning/learning-progress.service.js';
import { LearningUnitsService } from '../learning/learning-units.service.js';
import { InterviewsService } from '../surveys/interviews.service.js';
import { ResponsesService } from '../surveys/responses.service.js';
import { SurveysService } from '../surveys/surveys.service.js';

/** Due within this many days: shown as urgent. */
const SOON_DAYS = 3;

function task(kind: HomeTaskKind, link: string, fields: Partial<Omit<HomeTask, 'kind' | 'link'>> = {}): HomeTask {
  return { kind, link, at: null, count: null, total: null, title: null, label: null, send: null, urgent: false, ...fields };
}

/** A date (the edition's calendar day) within SOON_DAYS of today in its time zone. */
function soon(date: string, timeZone: string): boolean {
  return date <= addDays(dateIn(timeZone), SOON_DAYS);
}

/**
 * Each person's home: what needs them now, by role. It asks each feature for what it already knows
 * (the package, electives, agenda, surveys, coaching, rooms, imports, sends), as that person, so it
 * shows nothing their own pages would not.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly courses: CoursesService,
    private readonly editions: EditionsService,
    private readonly units: LearningUnitsService,
    private readonly progress: LearningProgressService,
    private readonly responses: ResponsesService,
    private readonly interviews: InterviewsService,
    private readonly surveys: SurveysService,
    private readonly electives: ElectivesService,
    private readonly imports: EnrolmentImportsService,
    private readonly agenda: AgendaService,
    private readonly coaching: CoachingSlotsService,
    private readonly discussions: DiscussionsService,
    private readonly queue: ModerationQueueService,
    private readonly certificates: CertificatesService,
  ) {}

  async home(caller: RequestUser): Promise<Home> {
    const [all, rooms] = await Promise.all([
      this.courses.visibleEditions(caller),
      caller.role === 'participant' ? this.discussions.rooms(caller) : Promise.resolve([]),
    ]);
    const current = all.filter((edition) => edition.phase !== 'closed');
    const [tasks, editions] = await Promise.all([
      this.everywhere(caller),
      Promise.all(current.map((edition) => this.edition(caller, edition, rooms))),
    ]);
    return { role: caller.role, tasks, editions };
  }

  /** What belongs to no one edition: surveys and interviews (participants), reports and questions (staff). */
  private async everywhere(caller: RequestUser): Promise<HomeTask[]> {
    if (caller.role === 'participant') {
      const [surveys, interviews] = await Promise.all([this.responses.mine(caller), this.interviews.mine(caller)]);
      const now = new Date().toISOString();
      return [
        ...surveys
          .filter((survey) => !survey.responded && survey.closesAt > now)
          .map((survey) =>
            task('answer_survey', '/surveys', {
              label: survey.title,
              at: survey.closesAt,
              urgent: soon(survey.closesAt.slice(0, 10), caller.timeZone),
            }),
          ),
        ...interviews
          .filter((interview) => interview.startsAt && interview.startsAt > now && ['proposed', 'confirmed'].includes(interview.status))
          .map((interview) => task('interview_booked', `/interviews/${interview.id}`, { at: interview.startsAt, label: interview.interviewer })),
      ];
    }
    const queue = await this.queue.of(caller);
    const tasks: HomeTask[] = [];
    if (queue.openReports) tasks.push(task('reports_waiting', '/discussions/reports', { count: queue.openReports, urgent: queue.staleReports > 0 }));
    if (caller.role === 'organizer' && queue.staleReports)
      tasks.push(task('reports_stale', '/discussions/reports', { count: queue.staleReports, urgent: true }));
    if (queue.oldestUnanswered)
      tasks.push(
        task('unanswered_questions', `/discussions/rooms/${queue.oldestUnanswered.roomId}`, {
          count: queue.unanswered,
          title: queue.oldestUnanswered.title,
        }),
      );
    return tasks;
  }

  private async edition(caller: RequestUser, edition: EditionSummary, rooms: RoomSummary[]): Promise<HomeEdition> {
    const tasks =
      caller.role === 'participant'
        ? await this.participantTasks(caller, edition, rooms)
        : caller.role === 'facilitator'
          ? await this.facilitatorTasks(caller, edition)
          : await this.organizerTasks(caller, edition);
    return {
      id: edition.id,
      title: edition.title,
      defaultLanguage: edition.defaultLanguage,
      timeZone: edition.timeZone,
      phase: edition.phase,
      tasks,
    };
  }

  private async participantTasks(caller: RequestUser, edition: EditionSummary, rooms: RoomSummary[]): Promise<HomeTask[]> {
    const base = `/editions/${edition.id}`;
    // Only what the phase can still ask: electives and the package before the week, the agenda until
    // it ends, the certificate after it.
    const before = edition.phase === 'upcoming' || edition.phase === 'pre_learning';
    const [choices, learning, agenda, slots, certificate] = await Promise.all([
      before ? this.electives.overview(caller, edition.id) : null,
      before || edition.phase === 'face_to_face' ? this.units.package(caller, edition.id) : null,
      edition.phase === 'post_learning' ? null : this.agenda.agenda(caller, edition.id),
      this.coaching.list(caller, edition.id),
      edition.phase === 'post_learning' ? this.certificates.mine(caller, edition.id) : null,
    ]);
    const tasks: HomeTask[] = [];
    const undecided = choices?.blocks.filter((block) => !block.choice) ?? [];
    if (choices?.canChoose && choices.window.state === 'open' && undecided.length)
      tasks.push(
        task('choose_electives', `${base}/electives`, {
          count: undecided.length,
          total: choices.blocks.length,
          at: choices.window.deadline,
          urgent: soon(choices.window.deadline, edition.timeZone),
        }),
      );
    for (const block of choices?.blocks ?? []) {
      if (block.choice?.status !== 'waitlisted') continue;
      const module = block.modules.find((m) => m.id === block.choice!.itemId);
      tasks.push(task('waitlisted', `${base}/electives`, { count: block.choice.waitlistPosition, title: module?.title ?? null }));
    }
    const next = learning?.units.find((unit) => !unit.progress?.completedAt);
    if (learning?.open && next) {
      const completed = learning.units.length - learning.units.filter((unit) => !unit.progress?.completedAt).length;
      tasks.push(
        task('read_units', `/learning/units/${next.id}`, {
          count: completed,
          total: learning.units.length,
          title: next.title,
          at: edition.faceToFaceStart,
          urgent: edition.phase === 'pre_learning' && soon(edition.faceToFaceStart, edition.timeZone),
        }),
      );
    }
    if (certificate?.standing === 'eligible') tasks.push(task('certificate_ready', base));
    const now = new Date().toISOString();
    for (const slot of slots.items.filter((s) => s.myBookingId && s.startsAt > now))
      tasks.push(task('coaching_booked', `${base}/post-learning`, { at: slot.startsAt, label: slot.facilitator.name }));
    for (const entry of (agenda?.entries ?? []).filter((e) => e.endsAt > now && e.status !== 'waitlisted').slice(0, HOME_SESSIONS))
      tasks.push(task('next_session', `${base}/agenda`, { at: entry.startsAt, title: entry.title }));
    const mine = rooms.filter((room) => room.edition?.id === edition.id);
    const unread = mine.reduce((sum, room) => sum + room.unread, 0);
    if (unread)
      tasks.push(
        task('unread_messages', '/discussions', {
          count: unread,
          total: rooms.reduce((sum, room) => sum + room.unreadMentions, 0),
          urgent: rooms.some((r) => r.unreadMentions > 0),
        }),
      );
    return tasks;
  }

  private async facilitatorTasks(caller: RequestUser, edition: EditionSummary): Promise<HomeTask[]> {
    const base = `/editions/${edition.id}`;
    const learning = edition.phase === 'upcoming' || edition.phase === 'pre_learning';
    const [agenda, dashboard, slots] = await Promise.all([
      edition.phase === 'post_learning' ? null : this.agenda.agenda(caller, edition.id),
      learning ? this.progress.dashboard(caller, edition.id, { page: 1, pageSize: 1 }) : null,
      this.coaching.list(caller, edition.id),
    ]);
    const tasks: HomeTask[] = [];
    const now = new Date().toISOString();
    for (const entry of (agenda?.entries ?? []).filter((e) => e.runs && e.endsAt > now).slice(0, HOME_SESSIONS))
      tasks.push(task('runs_session', `${base}/agenda`, { at: entry.startsAt, title: entry.title }));
    if (dashboard?.totals.behind)
      tasks.push(task('participants_behind', `${base}/learning/progress`, { count: dashboard.totals.behind, total: dashboard.totals.participants }));
    if (dashboard?.totals.participants) tasks.push(task('needs_summary', `${base}/learning/needs`, { count: dashboard.totals.participants }));
    const booked = slots.items.filter((slot) => slot.canManage && slot.startsAt > now && (slot.bookings?.length ?? 0) > 0);
    if (booked.length)
      tasks.push(
        task('coaching_requests', `${base}/post-learning`, {
          count: booked.reduce((sum, slot) => sum + slot.bookings!.length, 0),
          at: booked[0]!.startsAt,
        }),
      );
    return tasks;
  }

  private async organizerTasks(caller: RequestUser, edition: EditionSummary): Promise<HomeTask[]> {
    const base = `/editions/${edition.id}`;
    const [imports, sends, surveys, fill, detail, learning] = await Promise.all([
      this.imports.unfinished(edition.id),
      this.editions.automaticSends(edition.id),
      this.surveys.list(edition.id),
      this.electives.fill(edition.id),
      this.courses.edition(caller, edition.id),
      this.units.package(caller, edition.id),
    ]);
    const tasks: HomeTask[] = [];
    if (imports) tasks.push(task('import_pending', `${base}/import`, { count: imports }));
    const next = sends.find((send) => send.status === 'planned');
    if (next)
      tasks.push(
        task('next_send', `${base}/sends`, {
          at: next.at,
          count: next.recipients,
          send: { kind: next.kind, surveyKind: next.surveyKind, day: next.day },
          urgent: soon(dateIn(edition.timeZone, new Date(next.at)), edition.timeZone),
        }),
      );
    for (const survey of surveys)
      for (const distribution of survey.distributions.filter((d) => d.status === 'open'))
        tasks.push(
          task('response_rate', `/surveys/${survey.id}/results`, {
            count: distribution.responded,
            total: distribution.recipients,
            title: survey.title,
          }),
        );
    const undecided = Math.max(0, ...fill.blocks.map((block) => block.undecided));
    if (fill.blocks.length && undecided && (edition.phase === 'upcoming' || edition.phase === 'pre_learning'))
      tasks.push(task('elective_fill', `${base}/electives`, { count: undecided, total: fill.participants, at: edition.electiveDeadline }));
    const missing =
      Object.values(translationStatus(detail, detail.programme).missing).reduce((sum, count) => sum + count, 0) +
      learning.units.reduce((sum, unit) => sum + unit.missingLanguages.length, 0);
    if (missing) tasks.push(task('translations_missing', `${base}/programme`, { count: missing }));
    return tasks;
  }
}
