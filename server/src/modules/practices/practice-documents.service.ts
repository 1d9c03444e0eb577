import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fileTypeFromBuffer } from 'file-type';
import type { DataSource } from 'typeorm';
import { PRACTICE_DOCUMENT_MAX_BYTES, PRACTICE_DOCUMENTS_MAX, type PracticeDocument as PracticeDocumentDto } from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { PracticeDocument } from './entities/practice-document.entity.js';
import { Practice } from './entities/practice.entity.js';
import { practiceAccess } from './practice-access.js';
import { PracticesService } from './practices.service.js';

/**
 * What a practice may hold, by what its bytes are (file-type reads the signature; an Office file is
 * a zip whose parts it inspects). Text formats cannot be told from their bytes, so none is taken;
 * nothing that a browser would run (HTML, SVG) is in the list.
 */
const ALLOWED = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
]);

/** A name safe in a header and on any disk: no path, no control characters, the sniffed extension. */
export function documentName(given: string, extension: string): string {
  const base = given
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}"<>:|?*]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 180);
  return `${base || 'document'}.${extension}`;
}

/** Content-Disposition for a download: an ASCII fallback name and the real one (RFC 6266, RFC 8187). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Files of a practice: uploaded by those who may edit it, read by those who may read it. */
@Injectable()
export class PracticeDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticesService,
  ) {}

  async upload(caller: RequestUser, practiceId: string, name: string, body: unknown): Promise<PracticeDocumentDto> {
    const practice = await this.practices.readable(caller, practiceId);
    if (!practiceAccess.canEdit(caller, practice)) throw forbidden();
    if (!Buffer.isBuffer(body) || body.length === 0) throw new ApiException('validation_failed');
    if (body.length > PRACTICE_DOCUMENT_MAX_BYTES) throw new ApiException('payload_too_large');
    const type = await fileTypeFromBuffer(body);
    const extension = type && ALLOWED.get(type.mime);
    if (!type || !extension) throw new ApiException('document_type_not_allowed');
    const saved = await this.dataSource.transaction(async (manager) => {
      // The practice's row orders concurrent uploads, so the count below holds.
      await manager.findOne(Practice, { where: { id: practiceId }, lock: { mode: 'pessimistic_write' } });
      if ((await manager.countBy(PracticeDocument, { practiceId })) >= PRACTICE_DOCUMENTS_MAX) throw new ApiException('practice_documents_full');
      return manager.save(PracticeDocument, {
        practiceId,
        name: documentName(name, extension),
        contentType: type.mime,
        size: body.length,
        data: body,
        uploadedById: caller.id,
      });
    });
    return toDto(saved);
  }

  /** The file, for whoever may read the practice; another practice's id answers 404. */
  async download(caller: RequestUser, practiceId: string, documentId: string): Promise<PracticeDocument> {
    await this.practices.readable(caller, practiceId);
    const document = await this.dataSource
      .getRepository(PracticeDocument)
      .createQueryBuilder('d')
      .addSelect('d.data')
      .where('d.id = :documentId AND d.practice_id = :practiceId', { documentId, practiceId })
      .getOne();
    if (!document) throw notFound();
    return document;
  }

  async remove(caller: RequestUser, practiceId: string, documentId: string): Promise<void> {
    const practice = await this.practices.readable(caller, practiceId);
    if (!practiceAccess.canEdit(caller, practice)) throw forbidden();
    const { affected } = await this.dataSource.getRepository(PracticeDocument).delete({ id: documentId, practiceId });
    if (!affected) throw notFound();
  }
}

function toDto(document: Pick<PracticeDocument, 'id' | 'name' | 'contentType' | 'size' | 'createdAt'>): PracticeDocumentDto {
  return {
    id: document.id,
    name: document.name,
    contentType: document.contentType,
    size: document.size,
    createdAt: document.createdAt.toISOString(),
  };
}
