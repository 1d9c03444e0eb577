import type { CoachingSlot, CoachingSlotInput, CoachingSlotList } from '@sstc/shared';
import { api } from '../../../lib/api.js';

const id = encodeURIComponent;

export const coachingApi = {
  slots: (editionId: string) => api<CoachingSlotList>(`/editions/${id(editionId)}/coaching/slots`),
  create: (editionId: string, input: CoachingSlotInput) =>
    api<CoachingSlot>(`/editions/${id(editionId)}/coaching/slots`, { method: 'POST', body: input }),
  update: (slotId: string, input: CoachingSlotInput) => api<CoachingSlot>(`/coaching/slots/${id(slotId)}`, { method: 'PUT', body: input }),
  remove: (slotId: string) => api<void>(`/coaching/slots/${id(slotId)}`, { method: 'DELETE' }),
  book: (slotId: string) => api<{ bookingId: string }>(`/coaching/slots/${id(slotId)}/bookings`, { method: 'POST', body: {} }),
  cancel: (bookingId: string) => api<void>(`/coaching/bookings/${id(bookingId)}`, { method: 'DELETE' }),
  saveNotes: (bookingId: string, notes: string) =>
    api<{ notes: string | null }>(`/coaching/bookings/${id(bookingId)}/notes`, { method: 'PUT', body: { notes } }),
};
