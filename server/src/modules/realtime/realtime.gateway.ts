import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import type { Subscription } from 'rxjs';
import { CONFIG, type Config } from '../../config/config.js';
import { SessionsService } from '../auth/sessions.service.js';
import { authenticateHandshake, originAllowed } from './handshake.js';
import { RealtimeService } from './realtime.service.js';
import { sessionRoom, userRoom, type RealtimeServer, type RealtimeSocket } from './realtime.types.js';

/**
 * The connection itself: who may connect (session cookie + allowed Origin), and which rooms every
 * socket joins. Features add their own gateways and emit through RealtimeService.
 */
// 1 MB frames: a discussion message over its own 64 KB limit is refused by the discussions
// gateway with a clear error instead of socket.io closing the connection.
@WebSocketGateway({ path: '/socket.io', serveClient: false, maxHttpBufferSize: 1_000_000 })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private subscription?: Subscription;

  @WebSocketServer()
  server: RealtimeServer;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly sessions: SessionsService,
    private readonly realtime: RealtimeService,
  ) {}

  afterInit(server: RealtimeServer): void {
    this.realtime.attach(server);
    server.use((socket, next) => {
      if (!originAllowed(socket.handshake.headers, this.config.ALLOWED_ORIGINS)) return next(new Error('forbidden'));
      authenticateHandshake(socket.handshake.headers, this.sessions).then(
        (user) => {
          if (!user) return next(new Error('unauthenticated'));
          socket.data.user = user;
          next();
        },
        (error: unknown) => {
          this.logger.error(String(error));
          next(new Error('internal_error'));
        },
      );
    });
    this.subscription = this.sessions.ended.subscribe((ended) => void this.realtime.endSessions(ended));
  }

  async handleConnection(socket: RealtimeSocket): Promise<void> {
    const { user } = socket.data;
    await socket.join([userRoom(user.id), sessionRoom(user.sessionId)]);
    socket.emit('session:ready', { user: { id: user.id, name: user.name, role: user.role } });
  }

  @SubscribeMessage('session:ping')
  ping(): { at: string } {
    return { at: new Date().toISOString() };
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
