import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoachingSlotInput } from '@sstc/shared';
import { coachingApi } from '../api/coaching.api.js';

const slotsKey = (editionId: string) => ['coaching', 'slots', editionId] as const;

export function useCoachingSlots(editionId: string) {
  return useQuery({ queryKey: slotsKey(editionId), queryFn: () => coachingApi.slots(editionId) });
}

/** A change to the edition's slots (publish, delete, book, cancel, notes); the list refreshes after it, failed or not (a full slot changed too). */
export function useCoachingChange<T>(editionId: string, change: (value: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => queryClient.invalidateQueries({ queryKey: slotsKey(editionId) }) });
}

/** Publishes a new slot, or saves the changes to `slotId`. */
export function useSaveSlot(editionId: string, slotId?: string) {
  return useCoachingChange(editionId, (input: CoachingSlotInput) =>
    slotId ? coachingApi.update(slotId, input) : coachingApi.create(editionId, input),
  );
}
