import type { EmailTemplate, Language } from '@sstc/shared';

export interface EmailText {
  subject: string;
  /** Paragraphs; {{placeholders}} are filled from the job's params. */
  body: string[];
  action: string;
}

/** Email texts in the four languages; a test checks that every language has every key and placeholder. */
export const emailResources: Record<Language, Record<EmailTemplate, EmailText> & { footer: string }> = {
  en: {
    invitation: {
      subject: 'You are invited to the SSTC Academy',
      body: ['Hello {{name}},', 'You are invited to join the ILO Academy on South-South and Triangular Cooperation platform as {{role}}.', 'Open the link below to set your password and complete your profile. The link is valid until {{expires}}.'],
      action: 'Accept the invitation',
    },
    password_reset: {
      subject: 'Reset your SSTC Academy password',
      body: ['Hello {{name}},', 'Someone asked to reset the password of your SSTC Academy account. If it was you, open the link below; it is valid until {{expires}}.', 'If it was not you, ignore this email: your password stays the same.'],
      action: 'Choose a new password',
    },
    learning_reminder: {
      subject: 'Your pre-learning for {{edition}} is waiting',
      body: ['Hello {{name}},', 'The face-to-face week of {{edition}} starts on {{date}}. The introductory package presents the key questions of each panel and module, so that the week can spend its time on exchange rather than lectures.', 'You have not opened it yet: the units are short, work on slow connections, and stay readable offline once opened.'],
      action: 'Open the pre-learning package',
    },
    footer: 'ILO Academy on South-South and Triangular Cooperation · International Training Centre of the ILO, Turin',
  },
  es: {
    invitation: {
      subject: 'Está invitado/a a la Academia CSST',
      body: ['Hola, {{name}}:', 'Le invitamos a unirse a la plataforma de la Academia de la OIT sobre Cooperación Sur-Sur y Triangular como {{role}}.', 'Abra el enlace siguiente para definir su contraseña y completar su perfil. El enlace es válido hasta el {{expires}}.'],
      action: 'Aceptar la invitación',
    },
    password_reset: {
      subject: 'Restablezca su contraseña de la Academia CSST',
      body: ['Hola, {{name}}:', 'Alguien pidió restablecer la contraseña de su cuenta de la Academia CSST. Si fue usted, abra el enlace siguiente; es válido hasta el {{expires}}.', 'Si no fue usted, ignore este correo: su contraseña no cambia.'],
      action: 'Elegir una nueva contraseña',
    },
    learning_reminder: {
      subject: 'Su preaprendizaje para {{edition}} le espera',
      body: ['Hola, {{name}}:', 'La semana presencial de {{edition}} comienza el {{date}}. El paquete introductorio presenta las preguntas clave de cada panel y módulo, para que la semana se dedique al intercambio y no a las exposiciones.', 'Aún no lo ha abierto: las unidades son breves, funcionan con conexiones lentas y se pueden leer sin conexión una vez abiertas.'],
      action: 'Abrir el paquete de preaprendizaje',
    },
    footer: 'Academia de la OIT sobre Cooperación Sur-Sur y Triangular · Centro Internacional de Formación de la OIT, Turín',
  },
  fr: {
    invitation: {
      subject: 'Vous êtes invité·e à l’Académie CSST',
      body: ['Bonjour {{name}},', 'Vous êtes invité·e à rejoindre la plateforme de l’Académie de l’OIT sur la coopération Sud-Sud et triangulaire en tant que {{role}}.', 'Ouvrez le lien ci-dessous pour choisir votre mot de passe et compléter votre profil. Le lien est valable jusqu’au {{expires}}.'],
      action: 'Accepter l’invitation',
    },
    password_reset: {
      subject: 'Réinitialisez votre mot de passe de l’Académie CSST',
      body: ['Bonjour {{name}},', 'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte de l’Académie CSST. Si c’était vous, ouvrez le lien ci-dessous ; il est valable jusqu’au {{expires}}.', 'Sinon, ignorez ce message : votre mot de passe reste inchangé.'],
      action: 'Choisir un nouveau mot de passe',
    },
    learning_reminder: {
      subject: 'Votre pré-apprentissage pour {{edition}} vous attend',
      body: ['Bonjour {{name}},', 'La semaine en présentiel de {{edition}} commence le {{date}}. Le module d’introduction présente les questions clés de chaque panel et module, afin que la semaine soit consacrée aux échanges plutôt qu’aux exposés.', 'Vous ne l’avez pas encore ouvert : les unités sont courtes, fonctionnent sur des connexions lentes et restent lisibles hors ligne une fois ouvertes.'],
      action: 'Ouvrir le pré-apprentissage',
    },
    footer: 'Académie de l’OIT sur la coopération Sud-Sud et triangulaire · Centre international de formation de l’OIT, Turin',
  },
  pt: {
    invitation: {
      subject: 'Está convidado/a para a Academia CSST',
      body: ['Olá, {{name}},', 'Está convidado/a a juntar-se à plataforma da Academia da OIT sobre Cooperação Sul-Sul e Triangular como {{role}}.', 'Abra o link abaixo para definir a sua palavra-passe e completar o seu perfil. O link é válido até {{expires}}.'],
      action: 'Aceitar o convite',
    },
    password_reset: {
      subject: 'Redefina a sua palavra-passe da Academia CSST',
      body: ['Olá, {{name}},', 'Alguém pediu para redefinir a palavra-passe da sua conta da Academia CSST. Se foi você, abra o link abaixo; é válido até {{expires}}.', 'Se não foi você, ignore este e-mail: a sua palavra-passe não muda.'],
      action: 'Escolher uma nova palavra-passe',
    },
    learning_reminder: {
      subject: 'A sua pré-aprendizagem para {{edition}} está à sua espera',
      body: ['Olá, {{name}},', 'A semana presencial de {{edition}} começa a {{date}}. O pacote introdutório apresenta as questões-chave de cada painel e módulo, para que a semana seja dedicada ao intercâmbio e não a exposições.', 'Ainda não o abriu: as unidades são curtas, funcionam com ligações lentas e ficam legíveis offline depois de abertas.'],
      action: 'Abrir o pacote de pré-aprendizagem',
    },
    footer: 'Academia da OIT sobre Cooperação Sul-Sul e Triangular · Centro Internacional de Formação da OIT, Turim',
  },
};

export const roleNames: Record<Language, Record<'participant' | 'facilitator' | 'organizer', string>> = {
  en: { participant: 'participant', facilitator: 'facilitator', organizer: 'organizer' },
  es: { participant: 'participante', facilitator: 'facilitador/a', organizer: 'organizador/a' },
  fr: { participant: 'participant·e', facilitator: 'facilitateur·rice', organizer: 'organisateur·rice' },
  pt: { participant: 'participante', facilitator: 'facilitador/a', organizer: 'organizador/a' },
};
