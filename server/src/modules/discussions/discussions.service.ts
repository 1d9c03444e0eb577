import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateCommunityRoomRequest, InviteToRoomRequest, JoinRoomReply, Person, RoomSummary } from '@sstc/shared';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { MembershipEvents } from '../enrolments/membership-events.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { MessagesService } from './messages.service.js';
import { parseChannel, RoomAccessService } from './room-access.service.js';

type Caller = Pick<RequestUser, 'id' | 'name' | 'role' | 'language'>;

/** Rooms: the list, opening one, community rooms and invitations, and sockets following membership changes. */
@Injectable()
export class DiscussionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
    private readonly messages: MessagesService,
    private readonly emitter: DiscussionsEmitter,
    private readonly events: MembershipEvents,
  ) {}

  rooms(caller: Caller, editionId?: string): Promise<RoomSummary[]> {
    return this.access.rooms(caller, editionId);
  }

  room(caller: Caller, roomId: string): Promise<RoomSummary> {
    return this.access.room(caller, roomId);
  }

  /** What a socket needs when it opens a room; the caller's membership is checked first. */
  async open(caller: Caller, roomId: string): Promise<{ reply: Omit<JoinRoomReply, 'presence'>; moderator: boolean }> {
    const access = await this.access.require(caller, roomId);
    const [room, pinned] = await Promise.all([this.access.room(caller, roomId), this.messages.pinned(access)]);
    return { reply: { room, pinned }, moderator: access.moderator };
  }

  present(roomId: string): Promise<Person[]> {
    return this.emitter.present(roomId);
  }

  /** Idempotent: the edition's plenary, programme item and cohort rooms (the demo seed calls it). */
  ensureEditionRooms(editionId: string, manager?: EntityManager): Promise<void> {
    return this.access.ensureEditionRooms(editionId, manager);
  }

  /** The direct room of the caller and another person (made on first use): only the two of them are in it. */
  directRoom(caller: Pick<Caller, 'id' | 'name'>, other: { id: string; name: string }): Promise<string> {
    return this.access.directRoom([{ id: caller.id, name: caller.name }, other]);
  }

  async createCommunityRoom(caller: Caller, request: CreateCommunityRoomRequest): Promise<RoomSummary> {
    const [row] = await this.dataSource.query(`INSERT INTO rooms (kind, title) VALUES ('community', $1) RETURNING id`, [request.title]);
    return this.access.room(caller, row.id);
  }

  /** Invites someone to a community room (anyone with an account), optionally as its moderator. */
  async invite(caller: Caller, roomId: string, request: InviteToRoomRequest): Promise<Person> {
    const access = await this.access.requireModerator(caller, roomId);
    if (access.kind !== 'community') throw forbidden();
    const [user] = await this.dataSource.query(`SELECT id, name, role FROM users WHERE email = $1`, [request.email]);
    if (!user) throw notFound();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO room_members (room_id, user_id, invited, moderator) VALUES ($1, $2, true, $3)
         ON CONFLICT (room_id, user_id) DO UPDATE SET invited = true, moderator = room_members.moderator OR EXCLUDED.moderator`,
        [roomId, user.id, request.moderator],
      );
      await manager.query(`INSERT INTO moderation_actions (room_id, actor_id, action, target_user_id, details) VALUES ($1, $2, 'invite', $3, $4)`, [
        roomId,
        caller.id,
        user.id,
        { moderator: request.moderator },
      ]);
      await this.events.record(manager, { change: 'room_invited', userIds: [user.id], editionId: null, roomId });
    });
    return { id: user.id, name: user.name, role: user.role };
  }

  /**
   * After a membership change (see FollowMembershipJob): the open sockets of these people, on every
   * instance, leave the rooms they no longer belong to or moderate and follow the rooms they gained,
   * and their clients are told. Sending was already refused by the membership check itself.
   */
  async followMembership(userIds: string[], editionId: string | null): Promise<void> {
    const connected = await this.emitter.socketsOf(userIds);
    // A new cohort or item has no room until someone lists rooms: made now, so it can be joined.
    if (connected.size && editionId) await this.access.ensureEditionRooms(editionId);
    for (const [userId, sockets] of connected) {
      const inRooms = new Set(sockets.flatMap((socket) => [...socket.rooms].flatMap((channel) => parseChannel(channel)?.roomId ?? [])));
      this.emitter.follow(userId, sockets, await this.access.standing(userId, [...inRooms]));
    }
  }
}
