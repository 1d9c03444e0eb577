import { Controller, Get } from '@nestjs/common';
import { Public } from '../../common/decorators/access.decorators.js';
import { OpenApiService } from './openapi.service.js';

@Controller('docs')
export class DocsController {
  constructor(private readonly openApi: OpenApiService) {}

  /** The OpenAPI document, generated from the routes and their shared zod schemas. */
  @Public()
  @Get()
  document(): object {
    return this.openApi.build();
  }
}
