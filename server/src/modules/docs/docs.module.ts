import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OpenApiService } from './openapi.service.js';

/** The OpenAPI document and its browsable UI (served by app.factory through OpenApiService.serve). */
@Module({ imports: [DiscoveryModule], providers: [OpenApiService], exports: [OpenApiService] })
export class DocsModule {}
