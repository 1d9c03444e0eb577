import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language, Role } from '@sstc/shared';
import { checkForm, type FormInput } from '../../../lib/validation.js';
import { usersApi } from '../api/users.api.js';

export const USERS_PAGE_SIZE = 25;

export function useUsers(page: number) {
  return useQuery({
    queryKey: ['users', page],
    queryFn: () => usersApi.list(page, USERS_PAGE_SIZE),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useInviteUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (form: FormInput) => {
      const values = checkForm(form);
      return usersApi.invite({
        email: values.email ?? '',
        name: values.name ?? '',
        role: values.role as Role,
        language: values.language as Language,
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
