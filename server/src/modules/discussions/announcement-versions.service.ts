import { Injectable } from '@nestjs/common';
import type {
  DraftAnnouncementReply,
  DraftAnnouncementRequest,
  Message,
  ReviewMessageVersionRequest,
  WriteMessageVersionRequest,
} from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { MachineDraftsService } from '../translation/machine-drafts.service.js';
import { toMessage } from './messages.repository.js';
import { MessagesService } from './messages.service.js';
import { RoomAccessService } from './room-access.service.js';

type Caller = Pick<RequestUser, 'id' | 'name' | 'role' | 'language'>;

/**
 * Announcements in several languages: the moderator's composer fills the languages left empty with
 * machine drafts (the same engine, cache and limits as every other draft), the moderator edits them
 * before posting; afterwards a moderator of the room reviews a draft or rewrites a version. Only
 * those who may announce in the room (its moderators) do any of it.
 */
@Injectable()
export class AnnouncementVersionsService {
  constructor(
    private readonly access: RoomAccessService,
    private readonly messages: MessagesService,
    private readonly drafts: MachineDraftsService,
  ) {}

  async draft(caller: Caller, roomId: string, request: DraftAnnouncementRequest): Promise<DraftAnnouncementReply> {
    const access = await this.access.requireModerator(caller, roomId);
    this.access.assertCanPost(access);
    const versions = await this.drafts.draft(request.body, request.language, [...new Set(request.languages)]);
    return { versions: versions.map(({ language, text }) => ({ language, body: text })) };
  }

  /** A version written by a moderator: a human translation, whatever was there. */
  async write(caller: Caller, messageId: string, request: WriteMessageVersionRequest): Promise<Message> {
    const { row, access } = await this.announcement(caller, messageId);
    if (request.language === row.language) throw new ApiException('conflict');
    const rows = await this.messages.commitChange(access.id, async (manager) => {
      await manager.query(
        `INSERT INTO message_versions (message_id, language, body, machine_draft) VALUES ($1, $2, $3, false)
         ON CONFLICT (message_id, language) DO UPDATE SET body = EXCLUDED.body, machine_draft = false, updated_at = now()`,
        [row.id, request.language, request.body],
      );
      return { changed: [row.id] };
    });
    return toMessage(rows[0]!, access);
  }

  /** A moderator read the machine draft and accepts it as it is. */
  async review(caller: Caller, messageId: string, request: ReviewMessageVersionRequest): Promise<Message> {
    const { row, access } = await this.announcement(caller, messageId);
    if (!row.versions.some((v) => v.language === request.language)) throw new ApiException('not_found');
    const rows = await this.messages.commitChange(access.id, async (manager) => {
      const [, updated] = await manager.query(
        `UPDATE message_versions SET machine_draft = false, updated_at = now() WHERE message_id = $1 AND language = $2 AND machine_draft`,
        [row.id, request.language],
      );
      return updated > 0 ? { changed: [row.id] } : null;
    });
    return toMessage(rows[0] ?? row, access);
  }

  private async announcement(caller: Caller, messageId: string) {
    const found = await this.messages.visibleMessage(caller, messageId);
    if (found.row.kind !== 'announcement') throw new ApiException('not_found');
    if (!found.access.moderator) throw new ApiException('forbidden');
    if (found.row.deleted_at || found.row.hidden_at) throw new ApiException('message_unavailable');
    this.access.assertCanPost(found.access);
    return found;
  }
}
