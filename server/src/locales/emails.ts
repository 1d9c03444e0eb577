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
    enrolled: {
      subject: 'You are enrolled in {{edition}}',
      body: ['Hello {{name}},', 'You are now enrolled in {{edition}} as {{role}}.', 'Sign in to the SSTC Academy platform to see the programme, choose your elective modules and follow your agenda.'],
      action: 'Open the edition',
    },
    elective_promoted: {
      subject: 'A seat is yours: {{module}}',
      body: ['Hello {{name}},', 'A seat became free in the elective module “{{module}}” (block {{block}}) of {{edition}}, and you were first on its waitlist: the seat is now yours.', 'It appears in your agenda. If you no longer want it, you can change your choice while elective selection is open.'],
      action: 'See your electives',
    },
    mention_digest: {
      subject: 'You were mentioned in the SSTC Academy discussions',
      body: ['Hello {{name}},', 'While you were away, people mentioned you in the discussion rooms:', '{{mentions}}', 'Open the discussions to read them and reply.'],
      action: 'Open the discussions',
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
    enrolled: {
      subject: 'Está inscrito/a en {{edition}}',
      body: ['Hola, {{name}}:', 'Ya está inscrito/a en {{edition}} como {{role}}.', 'Inicie sesión en la plataforma de la Academia CSST para ver el programa, elegir sus módulos optativos y seguir su agenda.'],
      action: 'Abrir la edición',
    },
    elective_promoted: {
      subject: 'Tiene una plaza: {{module}}',
      body: ['Hola, {{name}}:', 'Se liberó una plaza en el módulo optativo «{{module}}» (bloque {{block}}) de {{edition}} y usted era la primera persona de la lista de espera: la plaza ahora es suya.', 'Aparece en su agenda. Si ya no la quiere, puede cambiar su elección mientras la elección de optativos esté abierta.'],
      action: 'Ver sus optativos',
    },
    mention_digest: {
      subject: 'Le mencionaron en los debates de la Academia CSST',
      body: ['Hola, {{name}}:', 'Mientras estaba ausente, otras personas le mencionaron en las salas de debate:', '{{mentions}}', 'Abra los debates para leerlos y responder.'],
      action: 'Abrir los debates',
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
    enrolled: {
      subject: 'Vous êtes inscrit·e à {{edition}}',
      body: ['Bonjour {{name}},', 'Vous êtes désormais inscrit·e à {{edition}} en tant que {{role}}.', 'Connectez-vous à la plateforme de l’Académie CSST pour consulter le programme, choisir vos modules optionnels et suivre votre agenda.'],
      action: 'Ouvrir l’édition',
    },
    elective_promoted: {
      subject: 'Une place vous est attribuée : {{module}}',
      body: ['Bonjour {{name}},', 'Une place s’est libérée dans le module optionnel « {{module}} » (bloc {{block}}) de {{edition}} et vous étiez en tête de la liste d’attente : la place est désormais à vous.', 'Elle figure dans votre agenda. Si vous n’en voulez plus, vous pouvez modifier votre choix tant que le choix des modules optionnels est ouvert.'],
      action: 'Voir vos modules optionnels',
    },
    mention_digest: {
      subject: 'On vous a mentionné·e dans les discussions de l’Académie CSST',
      body: ['Bonjour {{name}},', 'Pendant votre absence, des personnes vous ont mentionné·e dans les salons de discussion :', '{{mentions}}', 'Ouvrez les discussions pour les lire et répondre.'],
      action: 'Ouvrir les discussions',
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
    enrolled: {
      subject: 'Está inscrito/a em {{edition}}',
      body: ['Olá, {{name}},', 'Está agora inscrito/a em {{edition}} como {{role}}.', 'Inicie sessão na plataforma da Academia CSST para ver o programa, escolher os seus módulos opcionais e acompanhar a sua agenda.'],
      action: 'Abrir a edição',
    },
    elective_promoted: {
      subject: 'Tem um lugar: {{module}}',
      body: ['Olá, {{name}},', 'Ficou livre um lugar no módulo opcional «{{module}}» (bloco {{block}}) de {{edition}} e era a primeira pessoa na lista de espera: o lugar é agora seu.', 'Aparece na sua agenda. Se já não o quiser, pode alterar a sua escolha enquanto a escolha de opcionais estiver aberta.'],
      action: 'Ver os seus opcionais',
    },
    mention_digest: {
      subject: 'Foi mencionado/a nos debates da Academia CSST',
      body: ['Olá, {{name}},', 'Enquanto esteve ausente, outras pessoas mencionaram-no/a nas salas de debate:', '{{mentions}}', 'Abra os debates para os ler e responder.'],
      action: 'Abrir os debates',
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
