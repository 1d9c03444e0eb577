import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

type RedisClient = ReturnType<typeof createClient>;

/** With REDIS_URL set, socket.io rooms are shared by every server instance through Redis pub/sub. */
export class RedisIoAdapter extends IoAdapter {
  private clients: RedisClient[] = [];
  private adapterConstructor?: ReturnType<typeof createAdapter>;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    const publisher = safePublisher(createClient({ url: this.redisUrl }));
    const subscriber = publisher.duplicate();
    await Promise.all([publisher.connect(), subscriber.connect()]);
    this.clients = [publisher, subscriber];
    this.adapterConstructor = createAdapter(publisher, subscriber);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterConstructor) server.adapter(this.adapterConstructor);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => undefined)));
  }
}

const logger = new Logger('Realtime');

/**
 * The Redis adapter publishes without awaiting: a publish that fails (Redis unreachable, or the
 * client already closed while a disconnecting socket still asks where its person is) would be an
 * unhandled rejection, which ends the process. Reaching other instances is best effort: log it.
 */
export function safePublisher(client: RedisClient): RedisClient {
  const publish = client.publish.bind(client);
  const safe = (channel: string, message: string) =>
    publish(channel, message).catch((error: unknown) => {
      logger.warn({ msg: 'could not publish to the other instances', error: String(error) });
      return 0;
    });
  return Object.assign(client, { publish: safe });
}
