import type { ErrorCode } from '../error-codes.js';
import type { Language } from '../locales.js';

/** Problems of one field, named after zod's issue codes plus our own refinements. */
export const FIELD_PROBLEMS = ['required', 'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'unrecognized_keys', 'unknown_country', 'passwords_differ', 'invalid'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

export interface ErrorResources {
  errors: Record<ErrorCode, string>;
  fields: Record<FieldProblem, string>;
}

// Shared by the server (messages in the caller's language) and the client (t('errors.<code>')).
export const errorResources: Record<Language, ErrorResources> = {
  en: {
    errors: {
      validation_failed: 'Some fields need your attention.',
      malformed_json: 'The request could not be read.',
      payload_too_large: 'The request is too large.',
      unauthenticated: 'Please sign in to continue.',
      forbidden: 'You are not allowed to do this.',
      not_found: 'We could not find what you asked for.',
      conflict: 'This conflicts with something that already exists.',
      too_many_requests: 'Too many requests. Please try again in {{seconds}} seconds.',
      invalid_credentials: 'The email or password is not correct.',
      sign_in_throttled: 'Too many failed sign-ins. Please try again in {{seconds}} seconds.',
      invitation_invalid: 'This invitation link is not valid or has expired.',
      reset_token_invalid: 'This password reset link is not valid or has expired.',
      wrong_password: 'Your current password is not correct.',
      email_taken: 'Someone already uses this email address.',
      internal_error: 'Something went wrong on our side. Please try again.',
    },
    fields: {
      required: 'This field is required.',
      invalid_type: 'This value has the wrong type.',
      too_small: 'This value is too short or too small.',
      too_big: 'This value is too long or too large.',
      invalid_format: 'This value is not in the expected format.',
      invalid_value: 'This value is not one of the allowed choices.',
      unrecognized_keys: 'This field is not expected here.',
      unknown_country: 'Choose a country from the list.',
      passwords_differ: 'The passwords do not match.',
      invalid: 'This value is not valid.',
    },
  },
  es: {
    errors: {
      validation_failed: 'Algunos campos requieren su atención.',
      malformed_json: 'No se pudo leer la solicitud.',
      payload_too_large: 'La solicitud es demasiado grande.',
      unauthenticated: 'Inicie sesión para continuar.',
      forbidden: 'No tiene permiso para hacer esto.',
      not_found: 'No encontramos lo que buscaba.',
      conflict: 'Esto entra en conflicto con algo que ya existe.',
      too_many_requests: 'Demasiadas solicitudes. Vuelva a intentarlo dentro de {{seconds}} segundos.',
      invalid_credentials: 'El correo electrónico o la contraseña no son correctos.',
      sign_in_throttled: 'Demasiados intentos fallidos. Vuelva a intentarlo dentro de {{seconds}} segundos.',
      invitation_invalid: 'Este enlace de invitación no es válido o ha caducado.',
      reset_token_invalid: 'Este enlace para restablecer la contraseña no es válido o ha caducado.',
      wrong_password: 'Su contraseña actual no es correcta.',
      email_taken: 'Otra persona ya usa esta dirección de correo electrónico.',
      internal_error: 'Algo falló de nuestro lado. Vuelva a intentarlo.',
    },
    fields: {
      required: 'Este campo es obligatorio.',
      invalid_type: 'Este valor tiene un tipo incorrecto.',
      too_small: 'Este valor es demasiado corto o pequeño.',
      too_big: 'Este valor es demasiado largo o grande.',
      invalid_format: 'Este valor no tiene el formato esperado.',
      invalid_value: 'Este valor no es una de las opciones permitidas.',
      unrecognized_keys: 'Este campo no se esperaba aquí.',
      unknown_country: 'Elija un país de la lista.',
      passwords_differ: 'Las contraseñas no coinciden.',
      invalid: 'Este valor no es válido.',
    },
  },
  fr: {
    errors: {
      validation_failed: 'Certains champs demandent votre attention.',
      malformed_json: 'La requête n’a pas pu être lue.',
      payload_too_large: 'La requête est trop volumineuse.',
      unauthenticated: 'Veuillez vous connecter pour continuer.',
      forbidden: 'Vous n’êtes pas autorisé à faire ceci.',
      not_found: 'Nous n’avons pas trouvé ce que vous cherchez.',
      conflict: 'Ceci entre en conflit avec un élément existant.',
      too_many_requests: 'Trop de requêtes. Veuillez réessayer dans {{seconds}} secondes.',
      invalid_credentials: 'L’adresse électronique ou le mot de passe est incorrect.',
      sign_in_throttled: 'Trop de tentatives de connexion échouées. Veuillez réessayer dans {{seconds}} secondes.',
      invitation_invalid: 'Ce lien d’invitation n’est pas valide ou a expiré.',
      reset_token_invalid: 'Ce lien de réinitialisation n’est pas valide ou a expiré.',
      wrong_password: 'Votre mot de passe actuel est incorrect.',
      email_taken: 'Cette adresse électronique est déjà utilisée.',
      internal_error: 'Une erreur est survenue de notre côté. Veuillez réessayer.',
    },
    fields: {
      required: 'Ce champ est obligatoire.',
      invalid_type: 'Cette valeur n’a pas le bon type.',
      too_small: 'Cette valeur est trop courte ou trop petite.',
      too_big: 'Cette valeur est trop longue ou trop grande.',
      invalid_format: 'Cette valeur n’a pas le format attendu.',
      invalid_value: 'Cette valeur ne fait pas partie des choix autorisés.',
      unrecognized_keys: 'Ce champ n’est pas attendu ici.',
      unknown_country: 'Choisissez un pays dans la liste.',
      passwords_differ: 'Les mots de passe ne correspondent pas.',
      invalid: 'Cette valeur n’est pas valide.',
    },
  },
  pt: {
    errors: {
      validation_failed: 'Alguns campos precisam da sua atenção.',
      malformed_json: 'Não foi possível ler o pedido.',
      payload_too_large: 'O pedido é demasiado grande.',
      unauthenticated: 'Inicie sessão para continuar.',
      forbidden: 'Não tem permissão para fazer isto.',
      not_found: 'Não encontrámos o que procurava.',
      conflict: 'Isto entra em conflito com algo que já existe.',
      too_many_requests: 'Demasiados pedidos. Tente novamente dentro de {{seconds}} segundos.',
      invalid_credentials: 'O e-mail ou a palavra-passe não estão corretos.',
      sign_in_throttled: 'Demasiadas tentativas falhadas. Tente novamente dentro de {{seconds}} segundos.',
      invitation_invalid: 'Este link de convite não é válido ou expirou.',
      reset_token_invalid: 'Este link de redefinição da palavra-passe não é válido ou expirou.',
      wrong_password: 'A sua palavra-passe atual não está correta.',
      email_taken: 'Outra pessoa já usa este endereço de e-mail.',
      internal_error: 'Algo correu mal do nosso lado. Tente novamente.',
    },
    fields: {
      required: 'Este campo é obrigatório.',
      invalid_type: 'Este valor tem um tipo incorreto.',
      too_small: 'Este valor é demasiado curto ou pequeno.',
      too_big: 'Este valor é demasiado longo ou grande.',
      invalid_format: 'Este valor não tem o formato esperado.',
      invalid_value: 'Este valor não é uma das opções permitidas.',
      unrecognized_keys: 'Este campo não é esperado aqui.',
      unknown_country: 'Escolha um país da lista.',
      passwords_differ: 'As palavras-passe não coincidem.',
      invalid: 'Este valor não é válido.',
    },
  },
};
