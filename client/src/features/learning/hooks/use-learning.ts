import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateLearningUnit, Language, LearningUnit, NeedsGrouping, UpdateLearningUnit } from '@sstc/shared';
import { learningApi, type DashboardFilters } from '../api/learning.api.js';
import { onPendingChange, pendingProgress, recordProgress } from '../api/progress-queue.js';

export const learningKeys = {
  package: (editionId: string) => ['learning', 'package', editionId] as const,
  unit: (unitId: string, language: Language) => ['learning', 'unit', unitId, language] as const,
  dashboard: (editionId: string, filters: DashboardFilters) => ['learning', 'dashboard', editionId, filters] as const,
};

export function useLearningPackage(editionId: string) {
  return useQuery({ queryKey: learningKeys.package(editionId), queryFn: () => learningApi.package(editionId) });
}

const unitQuery = (unitId: string, language: Language) => ({
  queryKey: learningKeys.unit(unitId, language),
  queryFn: () => learningApi.unit(unitId, language),
});

export function useLearningUnit(unitId: string, language: Language) {
  return useQuery({ ...unitQuery(unitId, language), enabled: !!unitId });
}

/**
 * Following a link to a unit: its text and the reader's code are asked for together, instead of the
 * text once the reader has loaded and rendered (a round trip saved on a slow link).
 */
export function prefetchUnit(client: QueryClient, unitId: string, language: Language): void {
  void import('../components/unit-reader.page.js').catch(() => undefined);
  void client.prefetchQuery(unitQuery(unitId, language));
}

export function useProgressDashboard(editionId: string, filters: DashboardFilters) {
  return useQuery({
    queryKey: learningKeys.dashboard(editionId, filters),
    queryFn: () => learningApi.dashboard(editionId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useLearningNeeds(editionId: string, groupBy: NeedsGrouping, programmeItemId?: string) {
  return useQuery({
    queryKey: ['learning', 'needs', editionId, groupBy, programmeItemId],
    queryFn: () => learningApi.needs(editionId, groupBy, programmeItemId),
    placeholderData: keepPreviousData,
  });
}

export function useCreatePreAssessment(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => learningApi.createPreAssessment(editionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learningKeys.package(editionId) }),
  });
}

export function useSaveUnit(editionId: string, unitId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLearningUnit | UpdateLearningUnit) =>
      unitId ? learningApi.update(unitId, input) : learningApi.create(editionId, input as CreateLearningUnit),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning'] }),
  });
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: learningApi.remove, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning'] }) });
}

export function useReorderUnits(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitIds: string[]) => learningApi.reorder(editionId, unitIds),
    onSuccess: (pkg) => queryClient.setQueryData(learningKeys.package(editionId), pkg),
  });
}

export function usePreview() {
  return useMutation({ mutationFn: learningApi.preview });
}

/**
 * Records that the reader opened the unit, and lets them complete it. Writes go through the
 * offline queue: the screen shows the new state at once, and the server hears of it when it can.
 */
export function useUnitProgress(unit: LearningUnit | undefined, editionId: string | undefined) {
  const queryClient = useQueryClient();
  const [completedLocally, setCompletedLocally] = useState(false);
  const canRecord = !!unit && unit.progress !== null;
  const unitId = unit?.id;

  useEffect(() => {
    if (!canRecord || !unitId) return;
    void recordProgress(unitId, false).then(async () => {
      if (editionId) await queryClient.invalidateQueries({ queryKey: learningKeys.package(editionId) });
    });
  }, [canRecord, unitId, editionId, queryClient]);

  const complete = async () => {
    if (!unitId) return;
    setCompletedLocally(true);
    await recordProgress(unitId, true);
    await invalidateProgress(queryClient);
  };
  const completed =
    completedLocally || !!unit?.progress?.completedAt || pendingProgress().some((entry) => entry.unitId === unitId && entry.completed);
  return { canRecord, completed, complete };
}

/**
 * How many progress writes wait for the network (shown so the reader knows nothing is lost). When
 * some were sent, the package and units are read again to show the progress the server now has.
 */
export function usePendingProgress(): number {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(() => pendingProgress().length);
  const last = useRef(pending);
  useEffect(
    () =>
      onPendingChange((count) => {
        if (count < last.current) void invalidateProgress(queryClient);
        last.current = count;
        setPending(count);
      }),
    [queryClient],
  );
  return pending;
}

/** What shows a participant's progress: the package and its units, and the home's "read units" (the course cards). */
async function invalidateProgress(client: QueryClient): Promise<void> {
  await Promise.all([client.invalidateQueries({ queryKey: ['learning'] }), client.invalidateQueries({ queryKey: ['home'] })]);
}
