import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { FieldIssueOf, Practice as PracticeDto, PracticeLinksRequest } from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { throwIfProblems } from '../../common/http/validation.js';
import { DiscussionsService } from '../discussions/discussions.service.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { PracticeProgrammeItem } from './entities/practice-programme-item.entity.js';
import { PracticeRoom } from './entities/practice-room.entity.js';
import { Practice } from './entities/practice.entity.js';

/** Practices linked to programme items and rooms: organizers link them; a room shows its published practices to its members. */
@Injectable()
export class PracticeLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discussions: DiscussionsService,
  ) {}

  async set(caller: RequestUser, practiceId: string, request: PracticeLinksRequest): Promise<void> {
    if (caller.role !== 'organizer') throw forbidden();
    const problems: FieldIssueOf[] = [];
    if (
      request.programmeItemIds.length &&
      (await this.dataSource.getRepository(ProgrammeItem).countBy({ id: In(request.programmeItemIds) })) !== request.programmeItemIds.length
    )
      problems.push({ path: 'programmeItemIds', code: 'invalid' });
    // Rooms through their owner, which also says whether the caller may see them.
    const visible = new Set(request.roomIds.length ? (await this.discussions.rooms(caller)).map((room) => room.id) : []);
    if (request.roomIds.some((id) => !visible.has(id))) problems.push({ path: 'roomIds', code: 'invalid' });
    throwIfProblems(problems);
    await this.dataSource.transaction(async (manager) => {
      const practice = await manager.findOne(Practice, { where: { id: practiceId }, lock: { mode: 'pessimistic_write' } });
      if (!practice) throw notFound();
      await manager.delete(PracticeProgrammeItem, { practiceId });
      await manager.delete(PracticeRoom, { practiceId });
      if (request.programmeItemIds.length)
        await manager.insert(
          PracticeProgrammeItem,
          request.programmeItemIds.map((programmeItemId) => ({ practiceId, programmeItemId })),
        );
      if (request.roomIds.length)
        await manager.insert(
          PracticeRoom,
          request.roomIds.map((roomId) => ({ practiceId, roomId })),
        );
    });
  }

  /** A practice's programme items, and those of its rooms the caller is a member of. */
  async of(caller: RequestUser, practiceId: string): Promise<Pick<PracticeDto, 'programmeItems' | 'rooms'>> {
    const [items, rooms] = await Promise.all([
      this.dataSource.getRepository(PracticeProgrammeItem).find({ where: { practiceId }, relations: { programmeItem: true } }),
      this.dataSource.getRepository(PracticeRoom).findBy({ practiceId }),
    ]);
    const visible = rooms.length ? await this.discussions.rooms(caller) : [];
    return {
      programmeItems: items.map(({ programmeItem }) => ({ id: programmeItem.id, title: programmeItem.title })),
      rooms: visible.filter((room) => rooms.some((link) => link.roomId === room.id)).map((room) => ({ id: room.id, title: room.title })),
    };
  }

  /** The published practices linked to a room, for its members. */
  async forRoom(caller: RequestUser, roomId: string): Promise<Practice[]> {
    try {
      await this.discussions.room(caller, roomId);
    } catch (error) {
      // Someone else's room answers as if it did not exist, as the room itself does.
      if (error instanceof ApiException) throw notFound();
      throw error;
    }
    const links = await this.dataSource.getRepository(PracticeRoom).findBy({ roomId });
    if (links.length === 0) return [];
    return this.dataSource.getRepository(Practice).find({
      where: { id: In(links.map((link) => link.practiceId)), status: 'published' },
      order: { publishedAt: 'DESC' },
    });
  }
}
