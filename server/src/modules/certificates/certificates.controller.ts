import { Controller, Get, Param, Post, Put, StreamableFile } from '@nestjs/common';
import {
  attendanceMarkSchema,
  attendanceQuerySchema,
  attendanceRowSchema,
  attendanceSessionSchema,
  attendanceSheetSchema,
  certificateCodeSchema,
  certificateListQuerySchema,
  certificateListSchema,
  certificatePdfQuerySchema,
  certificateRuleSchema,
  certificateSummarySchema,
  certificateVerificationSchema,
  issueCertificatesReplySchema,
  issueCertificatesRequestSchema,
  myCertificateSchema,
  revokeCertificateRequestSchema,
  type AttendanceMark,
  type AttendanceQuery,
  type CertificateListQuery,
  type CertificatePdfQuery,
  type CertificateRule,
  type IssueCertificatesRequest,
  type RevokeCertificateRequest,
} from '@sstc/shared';
import { z } from 'zod';
import { Caller, Public, Roles } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody, ValidQuery } from '../../common/decorators/contract.decorators.js';
import { notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { UuidParam } from '../../common/pipes/param.pipes.js';
import { AttendanceService } from './attendance.service.js';
import { CertificatesService } from './certificates.service.js';

/**
 * Certificates of participation and the attendance they may count: participants take and download
 * their own; organizers set the rule, list, issue and revoke; anyone verifies a code without signing
 * in; organizers and the facilitators of an item mark its sessions' attendance.
 */
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly attendance: AttendanceService,
  ) {}

  @Get('editions/:editionId/certificate-rule')
  @Roles('organizer')
  @Returns(certificateRuleSchema)
  rule(@Param('editionId', UuidParam) editionId: string) {
    return this.certificates.rule(editionId);
  }

  @Put('editions/:editionId/certificate-rule')
  @Roles('organizer')
  @Returns(certificateRuleSchema)
  setRule(@Param('editionId', UuidParam) editionId: string, @ValidBody(certificateRuleSchema) rule: CertificateRule) {
    return this.certificates.setRule(editionId, rule);
  }

  @Get('editions/:editionId/certificate')
  @Roles('participant')
  @Returns(myCertificateSchema)
  mine(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.certificates.mine(caller, editionId);
  }

  @Post('editions/:editionId/certificate')
  @Roles('participant')
  @Returns(certificateSummarySchema)
  claim(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.certificates.claim(caller, editionId);
  }

  @Get('editions/:editionId/certificates')
  @Roles('organizer')
  @Returns(certificateListSchema)
  list(@Param('editionId', UuidParam) editionId: string, @ValidQuery(certificateListQuerySchema) query: CertificateListQuery) {
    return this.certificates.list(editionId, query);
  }

  @Post('editions/:editionId/certificates')
  @Roles('organizer')
  @Returns(issueCertificatesReplySchema)
  issue(
    @Caller() caller: RequestUser,
    @Param('editionId', UuidParam) editionId: string,
    @ValidBody(issueCertificatesRequestSchema) request: IssueCertificatesRequest,
  ) {
    return this.certificates.issue(caller, editionId, request);
  }

  @Post('certificates/:certificateId/revoke')
  @Roles('organizer')
  @Returns(certificateSummarySchema)
  revoke(
    @Caller() caller: RequestUser,
    @Param('certificateId', UuidParam) certificateId: string,
    @ValidBody(revokeCertificateRequestSchema) request: RevokeCertificateRequest,
  ) {
    return this.certificates.revoke(caller, certificateId, request.reason);
  }

  @Get('certificates/:certificateId/pdf')
  async pdf(
    @Caller() caller: RequestUser,
    @Param('certificateId', UuidParam) certificateId: string,
    @ValidQuery(certificatePdfQuerySchema) query: CertificatePdfQuery,
  ): Promise<StreamableFile> {
    const { fileName, body } = await this.certificates.pdf(caller, certificateId, query.language);
    return new StreamableFile(body, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"` });
  }

  /** The page printed on the certificate: no sign-in, the code is the key. */
  @Public()
  @Get('certificates/verify/:code')
  @Returns(certificateVerificationSchema)
  verify(@Param('code') code: string) {
    const parsed = certificateCodeSchema.safeParse(code);
    if (!parsed.success) throw notFound();
    return this.certificates.verify(parsed.data);
  }

  @Get('editions/:editionId/attendance')
  @Roles('facilitator', 'organizer')
  @Returns(z.array(attendanceSessionSchema))
  sessions(@Caller() caller: RequestUser, @Param('editionId', UuidParam) editionId: string) {
    return this.attendance.sessions(caller, editionId);
  }

  @Get('sessions/:sessionId/attendance')
  @Roles('facilitator', 'organizer')
  @Returns(attendanceSheetSchema)
  sheet(@Caller() caller: RequestUser, @Param('sessionId', UuidParam) sessionId: string, @ValidQuery(attendanceQuerySchema) query: AttendanceQuery) {
    return this.attendance.sheet(caller, sessionId, query);
  }

  @Put('sessions/:sessionId/attendance')
  @Roles('facilitator', 'organizer')
  @Returns(attendanceRowSchema)
  mark(@Caller() caller: RequestUser, @Param('sessionId', UuidParam) sessionId: string, @ValidBody(attendanceMarkSchema) mark: AttendanceMark) {
    return this.attendance.mark(caller, sessionId, mark);
  }
}
