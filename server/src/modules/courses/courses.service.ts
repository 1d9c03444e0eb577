import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { currentPhase, type EditionDetail, type EditionSummary } from '@sstc/shared';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { Edition } from './edition.entity.js';
import { Enrolment } from './enrolment.entity.js';

const KIND_ORDER = { panel: 0, mandatory_module: 1, elective_module: 2 } as const;

@Injectable()
export class CoursesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Organizers see every edition; others the editions they are enrolled in and not withdrawn from. */
  async visibleEditions(caller: RequestUser): Promise<EditionSummary[]> {
    const query = this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .innerJoinAndSelect('edition.course', 'course')
      .orderBy('edition.face_to_face_start', 'DESC');
    if (caller.role !== 'organizer') {
      query.innerJoin(Enrolment, 'enrolment', 'enrolment.edition_id = edition.id AND enrolment.user_id = :userId AND enrolment.status <> :withdrawn', {
        userId: caller.id,
        withdrawn: 'withdrawn',
      });
    }
    return (await query.getMany()).map(toEditionSummary);
  }

  async edition(caller: RequestUser, editionId: string): Promise<EditionDetail> {
    const edition = await this.dataSource.getRepository(Edition).findOne({ where: { id: editionId }, relations: { course: true } });
    if (!edition) throw notFound();
    await this.assertCanView(caller, edition.id);
    const items = await this.dataSource.getRepository(ProgrammeItem).find({
      where: { editionId },
      relations: { sessions: true },
      order: { number: 'ASC', sessions: { startsAt: 'ASC' } },
    });
    items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number);
    return {
      ...toEditionSummary(edition),
      programme: items.map((item) => ({
        id: item.id,
        kind: item.kind,
        number: item.number,
        title: item.title,
        description: item.description,
        block: item.block,
        capacity: item.capacity,
        modalities: item.modalities,
        sdgs: item.sdgs,
        sessions: item.sessions.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), room: s.room, format: s.format })),
      })),
    };
  }

  async assertCanView(caller: RequestUser, editionId: string): Promise<void> {
    if (caller.role === 'organizer') return;
    const enrolled = await this.dataSource
      .getRepository(Enrolment)
      .createQueryBuilder('enrolment')
      .where('enrolment.edition_id = :editionId AND enrolment.user_id = :userId AND enrolment.status <> :withdrawn', { editionId, userId: caller.id, withdrawn: 'withdrawn' })
      .getExists();
    if (!enrolled) throw forbidden();
  }
}

function toEditionSummary(edition: Edition): EditionSummary {
  return {
    id: edition.id,
    code: edition.code,
    title: edition.title,
    course: { code: edition.course.code, title: edition.course.title },
    venue: edition.venue,
    timeZone: edition.timeZone,
    defaultLanguage: edition.defaultLanguage,
    languages: edition.languages,
    phase: currentPhase(edition),
    preLearningOpens: edition.preLearningOpens,
    preLearningCloses: edition.preLearningCloses,
    faceToFaceStart: edition.faceToFaceStart,
    faceToFaceEnd: edition.faceToFaceEnd,
    postLearningOpens: edition.postLearningOpens,
    postLearningCloses: edition.postLearningCloses,
    electiveDeadline: edition.electiveDeadline,
    impactAssessmentOn: edition.impactAssessmentOn,
  };
}
