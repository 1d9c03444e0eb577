import { Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  markNotificationsReadRequestSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  unreadCountSchema,
  unsubscribeSummarySchema,
  updateNotificationPreferencesRequestSchema,
  type MarkNotificationsReadRequest,
  type NotificationListQuery,
  type UpdateNotificationPreferencesRequest,
} from '@sstc/shared';
import { Caller, Public } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeLinks } from './unsubscribe-links.service.js';

/** Everyone's own notifications and choices: every route reads or changes the caller's alone. */
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly unsubscribeLinks: UnsubscribeLinks,
  ) {}

  @Get()
  @Returns(notificationPageSchema)
  list(@Caller() caller: RequestUser, @ValidQuery(notificationListQuerySchema) query: NotificationListQuery) {
    return this.notifications.list(caller.id, query);
  }

  @Get('unread')
  @Returns(unreadCountSchema)
  async unread(@Caller() caller: RequestUser) {
    return { unread: await this.notifications.unread(caller.id) };
  }

  @Post('read')
  @HttpCode(204)
  markRead(@Caller() caller: RequestUser, @ValidBody(markNotificationsReadRequestSchema) body: MarkNotificationsReadRequest) {
    return this.notifications.markRead(caller.id, body.ids);
  }

  @Get('preferences')
  @Returns(notificationPreferencesSchema)
  preferencesOf(@Caller() caller: RequestUser) {
    return this.preferences.list(caller.id);
  }

  @Put('preferences')
  @Returns(notificationPreferencesSchema)
  updatePreferences(
    @Caller() caller: RequestUser,
    @ValidBody(updateNotificationPreferencesRequestSchema) body: UpdateNotificationPreferencesRequest,
  ) {
    return this.preferences.update(caller.id, body);
  }

  /** What an emailed unsubscribe link stops; the link itself is the credential (signed, no sign-in). */
  @Public()
  @Get('unsubscribe/:token')
  @Returns(unsubscribeSummarySchema)
  unsubscribeSummary(@Param('token') token: string) {
    return this.unsubscribeLinks.summary(token);
  }

  /** The one click: from the page, or posted by a mail client (RFC 8058, a form body `List-Unsubscribe=One-Click`). */
  @Public()
  @Post('unsubscribe/:token')
  @HttpCode(200)
  @Returns(unsubscribeSummarySchema)
  unsubscribe(@Param('token') token: string) {
    return this.unsubscribeLinks.unsubscribe(token);
  }
}
