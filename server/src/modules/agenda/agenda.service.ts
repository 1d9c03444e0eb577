import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type DataSource } from 'typeorm';
import {
  addDays,
  dateIn,
  localize,
  type Agenda,
  type AgendaEntry,
  type CalendarFeed as CalendarFeedDto,
  type Language,
  type LocalizedText,
} from '@sstc/shared';
import { hashToken, newToken } from '../../common/crypto/tokens.js';
import { notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { interpolate } from '../../common/i18n/translate.js';
import { CONFIG, type Config } from '../../config/config.js';
import { agendaTexts } from '../../locales/agenda.js';
import { CoursesService } from '../courses/courses.service.js';
import { byProgrammeOrder } from '../programme/programme-item.mapper.js';
import { Edition } from '../courses/edition.entity.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { User } from '../users/user.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { buildCalendar, type CalendarEvent } from './icalendar.js';

type Viewer = Pick<User, 'id' | 'role' | 'language'>;

/** Each person's week: participants their sessions, facilitators what they run, organizers all of it. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly courses: CoursesService,
    private readonly membership: MembershipService,
    private readonly programme: ProgrammeService,
  ) {}

  async agenda(caller: RequestUser, editionId: string): Promise<Agenda> {
    const edition = await this.courses.editionOrFail(editionId);
    await this.courses.assertCanView(caller, editionId);
    return this.build(caller, edition);
  }

  /** The agenda of one edition as an .ics file to download. */
  async editionCalendar(caller: RequestUser, editionId: string): Promise<{ fileName: string; body: string }> {
    const agenda = await this.agenda(caller, editionId);
    return { fileName: `${agenda.edition.code}-agenda.ics`, body: this.calendar(caller.language, [agenda]) };
  }

  /** The subscribed feed: every edition the person takes part in, in their language. */
  async feed(token: string): Promise<string> {
    const feed = await this.dataSource.getRepository(CalendarFeed).findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    if (!feed || !feed.user.passwordHash) throw notFound();
    const editions = await this.feedEditions(feed.user);
    const agendas = await Promise.all(editions.map((edition) => this.build(feed.user, edition)));
    return this.calendar(feed.user.language, agendas);
  }

  async feedStatus(userId: string): Promise<CalendarFeedDto> {
    const feed = await this.dataSource.getRepository(CalendarFeed).findOneBy({ userId });
    return { active: !!feed, createdAt: feed?.createdAt.toISOString() ?? null, url: null };
  }

  /** A new secret address; any earlier one stops working. The address is shown only now. */
  async renewFeed(userId: string): Promise<CalendarFeedDto> {
    const token = newToken();
    const repository = this.dataSource.getRepository(CalendarFeed);
    await repository.upsert({ userId, tokenHash: hashToken(token), createdAt: new Date() }, ['userId']);
    const feed = await repository.findOneByOrFail({ userId });
    return { active: true, createdAt: feed.createdAt.toISOString(), url: `${this.config.PUBLIC_URL}/api/agenda/feeds/${token}.ics` };
  }

  async revokeFeed(userId: string): Promise<void> {
    await this.dataSource.getRepository(CalendarFeed).delete({ userId });
  }

  private async build(viewer: Viewer, edition: Edition): Promise<Agenda> {
    const enrolment = viewer.role === 'organizer' ? null : await this.membership.activeEnrolment(viewer.id, edition.id);
    const view = viewer.role === 'organizer' ? 'programme' : enrolment?.role === 'facilitator' ? 'facilitator' : 'participant';
    const items = await this.programme.scheduled(edition.id);
    const choices = view === 'participant' ? await this.membership.electiveChoices(viewer.id, edition.id) : [];
    const entries: AgendaEntry[] = [];
    for (const item of items) {
      const runs = item.facilitators.some((f) => f.id === viewer.id);
      const choice = choices.find((c) => c.itemId === item.id);
      const shown =
        view === 'programme' || runs || item.kind === 'panel' || (view === 'participant' && (item.kind === 'mandatory_module' || !!choice));
      if (!shown) continue;
      for (const session of item.sessions) {
        entries.push({
          sessionId: session.id,
          itemId: item.id,
          kind: item.kind,
          number: item.number,
          title: item.title,
          block: item.block,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          room: session.room,
          format: session.format,
          status: choice?.status ?? null,
          runs,
        });
      }
    }
    entries.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || byProgrammeOrder(a, b));
    const blocks = [...new Set(items.filter((i) => i.kind === 'elective_module' && i.block).map((i) => i.block!))].sort();
    return {
      edition: {
        id: edition.id,
        code: edition.code,
        title: edition.title,
        venue: edition.venue,
        timeZone: edition.timeZone,
        defaultLanguage: edition.defaultLanguage,
        faceToFaceStart: edition.faceToFaceStart,
        faceToFaceEnd: edition.faceToFaceEnd,
      },
      view,
      entries,
      blocksWithoutSeat: view === 'participant' ? blocks.filter((block) => !choices.some((c) => c.block === block && c.status === 'seated')) : [],
    };
  }

  /** Editions enrolled in; organizers get every edition whose week is not long past. */
  private async feedEditions(user: User): Promise<Edition[]> {
    const repository = this.dataSource.getRepository(Edition);
    if (user.role === 'organizer')
      return repository.find({ where: { faceToFaceEnd: MoreThanOrEqual(addDays(dateIn('UTC'), -60)) }, relations: { course: true } });
    const editionIds = await this.membership.editionIdsOf(user.id);
    return editionIds.length ? repository.find({ where: { id: In(editionIds) }, relations: { course: true } }) : [];
  }

  private calendar(language: Language, agendas: Agenda[]): string {
    const text = agendaTexts[language];
    const events = agendas.flatMap((agenda): CalendarEvent[] => {
      const link = `${this.config.PUBLIC_URL}/editions/${agenda.edition.id}/agenda`;
      // Names in the reader's language, else the edition's default language, as everywhere.
      const inLanguage = (text: LocalizedText) => localize(text, language, agenda.edition.defaultLanguage);
      const editionTitle = inLanguage(agenda.edition.title);
      const venue = inLanguage(agenda.edition.venue);
      return agenda.entries.map((entry) => {
        const room = inLanguage(entry.room);
        const label = interpolate(text.item[entry.kind], { number: entry.number });
        const title = `${label}: ${inLanguage(entry.title)}`;
        const waitlisted = entry.status === 'waitlisted';
        return {
          uid: `${entry.sessionId}@sstc-academy`,
          start: new Date(entry.startsAt),
          end: new Date(entry.endsAt),
          summary: waitlisted ? interpolate(text.waitlisted, { title }) : title,
          location: [room, venue].filter(Boolean).join(', '),
          description: [
            editionTitle,
            interpolate(text.formatLine, { format: text.format[entry.format] }),
            room ? interpolate(text.roomLine, { room }) : '',
            interpolate(text.agendaLink, { link }),
          ]
            .filter(Boolean)
            .join('\n'),
          url: link,
          status: waitlisted ? 'TENTATIVE' : 'CONFIRMED',
          categories: [editionTitle],
        };
      });
    });
    return buildCalendar({ name: text.calendarName, events, now: new Date() });
  }
}
