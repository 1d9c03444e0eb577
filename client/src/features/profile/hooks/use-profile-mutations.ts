import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { rememberLanguage } from '../../../lib/i18n.js';
import { checkForm, passwordsDiffer, type FormInput } from '../../../lib/validation.js';
import { CURRENT_USER_KEY, useAuth } from '../../auth/hooks/use-auth.js';
import { profileFieldsOf } from '../api/profile-fields.js';
import { profileApi } from '../api/profile.api.js';

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (form: FormInput) => profileApi.update(profileFieldsOf(checkForm(form))),
    onSuccess: (user) => client.setQueryData(CURRENT_USER_KEY, user),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (form: FormInput) => {
      const values = checkForm(form, [passwordsDiffer(form.values, 'newPassword')]);
      return profileApi.changePassword({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' });
    },
  });
}

/**
 * Switches the interface at once; a signed-in user's choice is saved in their profile (so emails
 * follow it), a visitor's on this device.
 */
export function useChangeLanguage(): (language: Language) => void {
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (language: Language) => profileApi.update({ language }),
    onSuccess: (updated) => client.setQueryData(CURRENT_USER_KEY, updated),
  });
  return (language) => {
    void i18n.changeLanguage(language);
    if (user) save.mutate(language);
    else rememberLanguage(language);
  };
}
