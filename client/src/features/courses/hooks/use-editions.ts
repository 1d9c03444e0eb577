import { useQuery } from '@tanstack/react-query';
import { coursesApi } from '../api/courses.api.js';

export function useEditions() {
  return useQuery({ queryKey: ['editions'], queryFn: coursesApi.editions });
}

export function useEdition(id: string) {
  return useQuery({ queryKey: ['editions', id], queryFn: () => coursesApi.edition(id) });
}
