import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { FieldIssueOf, Practice as PracticeDto, PracticeLinkOptions, PracticeLinksRequest } from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { throwIfProblems } from '../../common/http/validation.js';
import { DiscussionsService } from '../discussions/discussions.service.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { PracticeProgrammeItem } from './entities/practice-programme-item.entity.js';
import { PracticeRoom } from './entities/practice-room.entity.js';
import { Practice } from './entities/practice.entity.js';
import { practiceAccess } from './practice-access.js';

/** Programme items offered to an organizer, newest editions first. */
const MAX_ITEMS = 300;

/**
 * Practices linked to programme items and rooms: organizers link them to any item and any room they
 * see; facilitators to the items they facilitate and the rooms they moderate, leaving the other
 * links as they are. A room shows its published practices to its members.
 */
@Injectable()
export class PracticeLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discussions: DiscussionsService,
    private readonly membership: MembershipService,
  ) {}

  /** What the caller may link the practice to (403 for participants, 404 for a practice they may not read). */
  async options(caller: RequestUser, practiceId: string): Promise<PracticeLinkOptions> {
    const practice = await this.linkable(caller, practiceId);
    const [reach, items, rooms] = await Promise.all([
      this.reach(caller),
      this.dataSource.getRepository(PracticeProgrammeItem).findBy({ practiceId: practice.id }),
      this.dataSource.getRepository(PracticeRoom).findBy({ practiceId: practice.id }),
    ]);
    const linkedItems = new Set(items.map((link) => link.programmeItemId));
    const linkedRooms = new Set(rooms.map((link) => link.roomId));
    return {
      programmeItems: reach.items.map((item) => ({ ...item, linked: linkedItems.has(item.id) })),
      rooms: reach.rooms.map((room) => ({ ...room, linked: linkedRooms.has(room.id) })),
    };
  }

  /** Links the practice to these items and rooms among those the caller may link; the others' links stay. */
  async set(caller: RequestUser, practiceId: string, request: PracticeLinksRequest): Promise<void> {
    await this.linkable(caller, practiceId);
    const reach = await this.reach(caller);
    const items = new Set(reach.items.map((item) => item.id));
    const rooms = new Set(reach.rooms.map((room) => room.id));
    const problems: FieldIssueOf[] = [];
    if (request.programmeItemIds.some((id) => !items.has(id))) problems.push({ path: 'programmeItemIds', code: 'invalid' });
    if (request.roomIds.some((id) => !rooms.has(id))) problems.push({ path: 'roomIds', code: 'invalid' });
    throwIfProblems(problems);
    await this.dataSource.transaction(async (manager) => {
      const practice = await manager.findOne(Practice, { where: { id: practiceId }, lock: { mode: 'pessimistic_write' } });
      if (!practice) throw notFound();
      await manager.delete(PracticeProgrammeItem, { practiceId, programmeItemId: In([...items]) });
      await manager.delete(PracticeRoom, { practiceId, roomId: In([...rooms]) });
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

  /** Whether the caller links practices at all (the practice's `can.link`). */
  mayLink(caller: RequestUser, practice: Practice): boolean {
    return practiceAccess.isReviewer(caller) && practiceAccess.canRead(caller, practice);
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

  private async linkable(caller: RequestUser, practiceId: string): Promise<Practice> {
    if (!practiceAccess.isReviewer(caller)) throw forbidden();
    const practice = await this.dataSource.getRepository(Practice).findOneBy({ id: practiceId });
    if (!practice || !practiceAccess.canRead(caller, practice)) throw notFound();
    return practice;
  }

  /** The programme items and rooms the caller may link practices to. */
  private async reach(caller: RequestUser): Promise<{
    items: Omit<PracticeLinkOptions['programmeItems'][number], 'linked'>[];
    rooms: Omit<PracticeLinkOptions['rooms'][number], 'linked'>[];
  }> {
    const organizer = caller.role === 'organizer';
    const allRooms = await this.discussions.rooms(caller);
    const rooms = allRooms.filter((room) => organizer || room.canModerate).map((room) => ({ id: room.id, title: room.title }));
    let itemIds: string[] | null = null;
    if (!organizer) {
      const editions = await this.membership.editionIdsOf(caller.id);
      itemIds = (await Promise.all(editions.map((editionId) => this.membership.facilitated(caller.id, editionId)))).flatMap((f) => f.itemIds);
      if (itemIds.length === 0) return { items: [], rooms };
    }
    const items = await this.dataSource.getRepository(ProgrammeItem).find({
      where: itemIds ? { id: In(itemIds) } : {},
      relations: { edition: true },
      order: { edition: { preLearningOpens: 'DESC' }, kind: 'ASC', number: 'ASC' },
      take: MAX_ITEMS,
    });
    return { items: items.map((item) => ({ id: item.id, title: item.title, edition: item.edition.code })), rooms };
  }
}
