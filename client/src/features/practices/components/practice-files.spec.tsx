import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import type { Practice, PracticeDocument } from '@sstc/shared';
import { AppProviders } from '../../../app/providers.js';
import { createI18n } from '../../../lib/i18n.js';
import { createQueryClient } from '../../../lib/query-client.js';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { setSignedInUser } from '../../auth/hooks/use-auth-mutations.js';
import { PracticeFilesEditor } from './practice-files.js';

const PRACTICE = '7a000000-0000-4000-8000-000000000001';
const REPORT: PracticeDocument = {
  id: '7a000000-0000-4000-8000-000000000002',
  name: 'Rapport.pdf',
  contentType: 'application/pdf',
  size: 2_500_000,
  createdAt: '2026-07-16T10:00:00.000Z',
};
const PHOTO: PracticeDocument = { ...REPORT, id: '7a000000-0000-4000-8000-000000000003', name: 'photo.png', contentType: 'image/png', size: 350_000 };

function renderEditor(language: 'en' | 'fr' = 'en') {
  const { i18n } = createI18n(i18next, language, resources);
  const queryClient = createQueryClient(() => undefined);
  setSignedInUser(queryClient, aUser());
  render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <PracticeFilesEditor practice={{ id: PRACTICE, files: [REPORT] } as Practice} />
    </AppProviders>,
  );
}

const choose = (file: File) => fireEvent.change(screen.getByLabelText(resources.en.practices.files.choose), { target: { files: [file] } });

describe('a practice’s files in the editor', () => {
  it('lists the files as downloads, uploads a chosen one as bytes with its name, and removes one', async () => {
    const server = installFakeServer({
      [`POST /api/practices/${PRACTICE}/documents`]: { status: 201, body: PHOTO },
      [`DELETE /api/practices/${PRACTICE}/documents/${REPORT.id}`]: { status: 204 },
    });
    renderEditor();
    const link = screen.getByRole('link', { name: 'Rapport.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/practices/${PRACTICE}/documents/${REPORT.id}`);
    expect(link.hasAttribute('download')).toBe(true);
    expect(screen.getByText('(2.4 MB)')).toBeTruthy();
    choose(new File(['png bytes'], 'photo.png', { type: 'image/png' }));
    expect(await screen.findByRole('link', { name: 'photo.png' })).toBeTruthy();
    const [upload] = server.requestsTo(`POST /api/practices/${PRACTICE}/documents`);
    expect(upload!.query.get('name')).toBe('photo.png');
    expect(upload!.headers['Content-Type']).toBe('application/octet-stream');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Rapport.pdf' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Rapport.pdf' })).toBeNull());
  });

  it('refuses a file over the limit before sending it, and shows what the server refuses, translated', async () => {
    const server = installFakeServer({
      [`POST /api/practices/${PRACTICE}/documents`]: errorReply(415, { code: 'document_type_not_allowed' }),
    });
    renderEditor();
    const big = new File(['x'], 'huge.pdf');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    choose(big);
    expect(screen.getByRole('alert').textContent).toBe('huge.pdf is larger than 10 MB.');
    expect(server.requestsTo(`POST /api/practices/${PRACTICE}/documents`)).toHaveLength(0);
    choose(new File(['<html>'], 'page.html'));
    expect(await screen.findByText(resources.en.errors.document_type_not_allowed)).toBeTruthy();
  });
});
