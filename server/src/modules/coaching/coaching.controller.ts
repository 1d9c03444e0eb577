import { Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  coachingNotesInputSchema,
  coachingSlotInputSchema,
  coachingSlotListSchema,
  coachingSlotSchema,
  type CoachingNotesInput,
  type CoachingSlotInput,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { CoachingBookingsService } from './coaching-bookings.service.js';
import { CoachingSlotsService } from './coaching-slots.service.js';

/** Coaching slots and bookings (role and object checked in the services, through CoachingAccess). */
@Controller()
export class CoachingController {
  constructor(
    private readonly slots: CoachingSlotsService,
    private readonly bookings: CoachingBookingsService,
  ) {}

  @Get('editions/:editionId/coaching/slots')
  @Returns(coachingSlotListSchema)
  list(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.slots.list(caller, editionId);
  }

  @Post('editions/:editionId/coaching/slots')
  @Roles('facilitator')
  @Returns(coachingSlotSchema)
  create(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(coachingSlotInputSchema) body: CoachingSlotInput,
  ) {
    return this.slots.create(caller, editionId, body);
  }

  @Get('coaching/slots/:slotId')
  @Returns(coachingSlotSchema)
  get(@Caller() caller: RequestUser, @Param('slotId', UuidParam) slotId: string) {
    return this.slots.get(caller, slotId);
  }

  @Put('coaching/slots/:slotId')
  @Roles('facilitator', 'organizer')
  @Returns(coachingSlotSchema)
  update(@Caller() caller: RequestUser, @Param('slotId', UuidParam) slotId: string, @ValidBody(coachingSlotInputSchema) body: CoachingSlotInput) {
    return this.slots.update(caller, slotId, body);
  }

  @Delete('coaching/slots/:slotId')
  @HttpCode(204)
  @Roles('facilitator', 'organizer')
  remove(@Caller() caller: RequestUser, @Param('slotId', UuidParam) slotId: string) {
    return this.slots.remove(caller, slotId);
  }

  @Post('coaching/slots/:slotId/bookings')
  @Returns(z.object({ bookingId: z.uuid() }))
  book(@Caller() caller: RequestUser, @Param('slotId', UuidParam) slotId: string) {
    return this.bookings.book(caller, slotId);
  }

  @Delete('coaching/bookings/:bookingId')
  @HttpCode(204)
  cancel(@Caller() caller: RequestUser, @Param('bookingId', UuidParam) bookingId: string) {
    return this.bookings.cancel(caller, bookingId);
  }

  @Put('coaching/bookings/:bookingId/notes')
  @Roles('facilitator', 'organizer')
  @Returns(z.object({ notes: z.string().nullable() }))
  notes(
    @Caller() caller: RequestUser,
    @Param('bookingId', UuidParam) bookingId: string,
    @ValidBody(coachingNotesInputSchema) body: CoachingNotesInput,
  ) {
    return this.bookings.saveNotes(caller, bookingId, body.notes);
  }
}
