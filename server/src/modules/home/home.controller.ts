import { Controller, Get } from '@nestjs/common';
import { homeSchema } from '@sstc/shared';
import { Caller } from '../../common/decorators/access.decorators.js';
import { Returns } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { HomeService } from './home.service.js';

/** `GET /api/home`: what needs the signed-in person now, for their role. */
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  @Returns(homeSchema)
  get(@Caller() caller: RequestUser) {
    return this.home.home(caller);
  }
}
