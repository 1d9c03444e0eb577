import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EnrolmentImport, ImportRowsQuery } from '@sstc/shared';
import { importsApi } from '../api/enrolments.api.js';

const RUNNING = new Set<EnrolmentImport['status']>(['queued', 'importing']);

/** An import; polled every second while it is being written, so the progress bar moves. */
export function useImport(importId: string | undefined) {
  return useQuery({
    queryKey: ['imports', importId],
    queryFn: () => importsApi.get(importId!),
    enabled: !!importId,
    refetchInterval: (query) => (query.state.data && RUNNING.has(query.state.data.status) ? 1000 : false),
  });
}

export function useImportRows(importId: string | undefined, query: ImportRowsQuery) {
  return useQuery({
    queryKey: ['imports', importId, 'rows', query],
    queryFn: () => importsApi.rows(importId!, query),
    enabled: !!importId,
    placeholderData: keepPreviousData,
  });
}

/** Reads a file as the spreadsheet saved it: UTF-8, else Windows-1252 (older Excel on Windows). */
export async function readCsvFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function usePreviewImport(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => importsApi.preview(editionId, file.name.slice(0, 200), await readCsvFile(file)),
    onSuccess: (created) => client.setQueryData(['imports', created.id], created),
  });
}

export function useConfirmImport(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => importsApi.confirm(importId),
    onSuccess: (updated) => {
      client.setQueryData(['imports', updated.id], updated);
      void client.invalidateQueries({ queryKey: ['editions', editionId], predicate: (query) => query.queryKey.length > 2 });
    },
  });
}

/** Creates the cohorts the file names that the edition lacks; the rows are checked again. */
export function useCreateMissingCohorts(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => importsApi.createMissingCohorts(importId),
    onSuccess: (updated) => {
      client.setQueryData(['imports', updated.id], updated);
      void client.invalidateQueries({ queryKey: ['imports', updated.id, 'rows'] });
      void client.invalidateQueries({ queryKey: ['editions', editionId], predicate: (query) => query.queryKey.length > 2 });
    },
  });
}
