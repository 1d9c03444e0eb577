import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateCourseRequest, CreateEditionRequest, UpdateEditionRequest } from '@sstc/shared';
import { coursesApi, editionsQuery } from '../api/courses.api.js';

export function useEditions() {
  return useQuery(editionsQuery);
}

export function useEdition(id: string) {
  return useQuery({ queryKey: ['editions', id], queryFn: () => coursesApi.edition(id) });
}

/** The edition's timeline of automatic sends (organizers). */
export function useAutomaticSends(id: string) {
  return useQuery({ queryKey: ['editions', id, 'automatic-sends'], queryFn: () => coursesApi.automaticSends(id) });
}

export function useCourses(enabled = true) {
  return useQuery({ queryKey: ['courses'], queryFn: coursesApi.courses, enabled });
}

/** Creates the edition, and first its course when the organizer starts a new one. */
export function useCreateEdition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      course,
      edition,
    }: {
      course?: CreateCourseRequest;
      edition: Omit<CreateEditionRequest, 'courseId'> & { courseId?: string };
    }) => {
      const courseId = course ? (await coursesApi.createCourse(course)).id : edition.courseId!;
      return coursesApi.createEdition({ ...edition, courseId });
    },
    onSuccess: (created) => {
      client.setQueryData(['editions', created.id], created);
      void client.invalidateQueries({ queryKey: ['editions'], exact: true });
      void client.invalidateQueries({ queryKey: ['courses'] });
    },
  });
}

export function useUpdateEdition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEditionRequest) => coursesApi.updateEdition(id, body),
    onSuccess: (updated) => {
      client.setQueryData(['editions', id], updated);
      void client.invalidateQueries({ queryKey: ['editions'], exact: true });
      // New dates move the automatic sends.
      void client.invalidateQueries({ queryKey: ['editions', id, 'automatic-sends'] });
      void client.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
