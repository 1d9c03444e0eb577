import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PracticeConversation, PracticePerson } from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { DiscussionsService } from '../discussions/discussions.service.js';
import { PracticeContact } from './entities/practice-contact.entity.js';
import { PracticesService } from './practices.service.js';

/**
 * A practice's contact people: members of the platform picked by name in the editor, and a way to
 * write to them from the practice's page (a direct room of the reader and the contact, in the
 * meeting point).
 */
@Injectable()
export class PracticeContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticesService,
    private readonly discussions: DiscussionsService,
  ) {}

  /** People with an account (invitation accepted) whose name contains `q`, accents and case ignored; at most 10. */
  async search(q: string): Promise<PracticePerson[]> {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.dataSource.query(
      `SELECT id, name, organisation, country FROM users
        WHERE password_hash IS NOT NULL AND unaccent(name) ILIKE unaccent($1)
        ORDER BY name LIMIT 10`,
      [pattern],
    );
  }

  /** The direct room of the reader and one of the practice's contact people (404 for anyone else). */
  async conversation(caller: RequestUser, practiceId: string, userId: string): Promise<PracticeConversation> {
    await this.practices.readable(caller, practiceId);
    const contact = await this.dataSource.getRepository(PracticeContact).findOne({ where: { practiceId, userId }, relations: { user: true } });
    if (!contact?.user.passwordHash) throw notFound();
    if (userId === caller.id) throw new ApiException('conflict');
    return { roomId: await this.discussions.directRoom(caller, { id: contact.user.id, name: contact.user.name }) };
  }
}
