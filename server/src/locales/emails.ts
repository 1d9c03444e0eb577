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
      body: [
        'Hello {{name}},',
        'You are invited to join the ILO Academy on South-South and Triangular Cooperation platform as {{role}}.',
        'Open the link below to set your password and complete your profile. The link is valid until {{expires}}.',
      ],
      action: 'Accept the invitation',
    },
    password_reset: {
      subject: 'Reset your SSTC Academy password',
      body: [
        'Hello {{name}},',
        'Someone asked to reset the password of your SSTC Academy account. If it was you, open the link below; it is valid until {{expires}}.',
        'If it was not you, ignore this email: your password stays the same.',
      ],
      action: 'Choose a new password',
    },
    enrolled: {
      subject: 'You are enrolled in {{edition}}',
      body: [
        'Hello {{name}},',
        'You are now enrolled in {{edition}} as {{role}}.',
        'Sign in to the SSTC Academy platform to see the programme, choose your elective modules and follow your agenda.',
      ],
      action: 'Open the edition',
    },
    elective_promoted: {
      subject: 'A seat is yours: {{module}}',
      body: [
        'Hello {{name}},',
        'A seat became free in the elective module “{{module}}” (block {{block}}) of {{edition}}, and you were first on its waitlist: the seat is now yours.',
        'It appears in your agenda. If you no longer want it, you can change your choice while elective selection is open.',
      ],
      action: 'See your electives',
    },
    mention_digest: {
      subject: 'You were mentioned in the SSTC Academy discussions',
      body: [
        'Hello {{name}},',
        'While you were away, people mentioned you in the discussion rooms:',
        '{{mentions}}',
        'Open the discussions to read them and reply.',
      ],
      action: 'Open the discussions',
    },
    learning_reminder: {
      subject: 'Your pre-learning for {{edition}} is waiting',
      body: [
        'Hello {{name}},',
        'The face-to-face week of {{edition}} starts on {{date}}. The introductory package presents the key questions of each panel and module, so that the week can spend its time on exchange rather than lectures.',
        'You have not opened it yet: the units are short, work on slow connections, and stay readable offline once opened.',
      ],
      action: 'Open the pre-learning package',
    },
    survey_invitation: {
      subject: '{{survey}}: we would like to hear from you',
      body: [
        'Hello {{name}},',
        'As a participant of the {{edition}}, you are invited to answer the survey “{{survey}}”. It takes about {{minutes}} minutes and your answers help us improve the Academy.',
        'The link below is personal: please do not forward it. It works without signing in and stays open until {{closes}}. You can stop at any time: your answers are kept as a draft.',
      ],
      action: 'Answer the survey',
    },
    survey_reminder: {
      subject: 'Reminder: {{survey}}',
      body: [
        'Hello {{name}},',
        'We have not yet received your answers to the survey “{{survey}}” of the {{edition}}. It takes about {{minutes}} minutes.',
        'The survey closes on {{closes}}. If you have already answered, thank you, and please ignore this message.',
      ],
      action: 'Answer the survey',
    },
    interview_proposal: {
      subject: 'Interview about your SSTC initiative: {{when}}',
      body: [
        'Hello {{name}},',
        'Thank you for telling us about your South-South and triangular cooperation initiative. {{interviewer}} proposes a videoconference interview of {{duration}} minutes on {{when}}.',
        'Videoconference link: {{meeting}}',
        '{{note}}',
        'The attached calendar invitation adds the interview to your calendar. Please open the link below to confirm the time or to ask for another one.',
      ],
      action: 'Confirm or ask for another time',
    },
    footer: 'ILO Academy on South-South and Triangular Cooperation · International Training Centre of the ILO, Turin',
  },
  es: {
    invitation: {
      subject: 'Está invitado/a a la Academia CSST',
      body: [
        'Hola, {{name}}:',
        'Le invitamos a unirse a la plataforma de la Academia de la OIT sobre Cooperación Sur-Sur y Triangular como {{role}}.',
        'Abra el enlace siguiente para definir su contraseña y completar su perfil. El enlace es válido hasta el {{expires}}.',
      ],
      action: 'Aceptar la invitación',
    },
    password_reset: {
      subject: 'Restablezca su contraseña de la Academia CSST',
      body: [
        'Hola, {{name}}:',
        'Alguien pidió restablecer la contraseña de su cuenta de la Academia CSST. Si fue usted, abra el enlace siguiente; es válido hasta el {{expires}}.',
        'Si no fue usted, ignore este correo: su contraseña no cambia.',
      ],
      action: 'Elegir una nueva contraseña',
    },
    enrolled: {
      subject: 'Está inscrito/a en {{edition}}',
      body: [
        'Hola, {{name}}:',
        'Ya está inscrito/a en {{edition}} como {{role}}.',
        'Inicie sesión en la plataforma de la Academia CSST para ver el programa, elegir sus módulos optativos y seguir su agenda.',
      ],
      action: 'Abrir la edición',
    },
    elective_promoted: {
      subject: 'Tiene una plaza: {{module}}',
      body: [
        'Hola, {{name}}:',
        'Se liberó una plaza en el módulo optativo «{{module}}» (bloque {{block}}) de {{edition}} y usted era la primera persona de la lista de espera: la plaza ahora es suya.',
        'Aparece en su agenda. Si ya no la quiere, puede cambiar su elección mientras la elección de optativos esté abierta.',
      ],
      action: 'Ver sus optativos',
    },
    mention_digest: {
      subject: 'Le mencionaron en los debates de la Academia CSST',
      body: [
        'Hola, {{name}}:',
        'Mientras estaba ausente, otras personas le mencionaron en las salas de debate:',
        '{{mentions}}',
        'Abra los debates para leerlos y responder.',
      ],
      action: 'Abrir los debates',
    },
    learning_reminder: {
      subject: 'Su preaprendizaje para {{edition}} le espera',
      body: [
        'Hola, {{name}}:',
        'La semana presencial de {{edition}} comienza el {{date}}. El paquete introductorio presenta las preguntas clave de cada panel y módulo, para que la semana se dedique al intercambio y no a las exposiciones.',
        'Aún no lo ha abierto: las unidades son breves, funcionan con conexiones lentas y se pueden leer sin conexión una vez abiertas.',
      ],
      action: 'Abrir el paquete de preaprendizaje',
    },
    survey_invitation: {
      subject: '{{survey}}: queremos conocer su opinión',
      body: [
        'Hola, {{name}}:',
        'Como participante de la {{edition}}, le invitamos a responder la encuesta «{{survey}}». Le llevará unos {{minutes}} minutos y sus respuestas nos ayudan a mejorar la Academia.',
        'El enlace siguiente es personal: no lo reenvíe. Funciona sin iniciar sesión y permanece abierto hasta el {{closes}}. Puede detenerse en cualquier momento: sus respuestas se guardan como borrador.',
      ],
      action: 'Responder la encuesta',
    },
    survey_reminder: {
      subject: 'Recordatorio: {{survey}}',
      body: [
        'Hola, {{name}}:',
        'Todavía no hemos recibido sus respuestas a la encuesta «{{survey}}» de la {{edition}}. Le llevará unos {{minutes}} minutos.',
        'La encuesta cierra el {{closes}}. Si ya respondió, muchas gracias; ignore este mensaje.',
      ],
      action: 'Responder la encuesta',
    },
    interview_proposal: {
      subject: 'Entrevista sobre su iniciativa de CSST: {{when}}',
      body: [
        'Hola, {{name}}:',
        'Gracias por contarnos su iniciativa de cooperación Sur-Sur y triangular. {{interviewer}} le propone una entrevista por videoconferencia de {{duration}} minutos el {{when}}.',
        'Enlace de la videoconferencia: {{meeting}}',
        '{{note}}',
        'La invitación de calendario adjunta añade la entrevista a su calendario. Abra el enlace siguiente para confirmar la hora o pedir otra.',
      ],
      action: 'Confirmar o pedir otra hora',
    },
    footer: 'Academia de la OIT sobre Cooperación Sur-Sur y Triangular · Centro Internacional de Formación de la OIT, Turín',
  },
  fr: {
    invitation: {
      subject: 'Vous êtes invité·e à l’Académie CSST',
      body: [
        'Bonjour {{name}},',
        'Vous êtes invité·e à rejoindre la plateforme de l’Académie de l’OIT sur la coopération Sud-Sud et triangulaire en tant que {{role}}.',
        'Ouvrez le lien ci-dessous pour choisir votre mot de passe et compléter votre profil. Le lien est valable jusqu’au {{expires}}.',
      ],
      action: 'Accepter l’invitation',
    },
    password_reset: {
      subject: 'Réinitialisez votre mot de passe de l’Académie CSST',
      body: [
        'Bonjour {{name}},',
        'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte de l’Académie CSST. Si c’était vous, ouvrez le lien ci-dessous ; il est valable jusqu’au {{expires}}.',
        'Sinon, ignorez ce message : votre mot de passe reste inchangé.',
      ],
      action: 'Choisir un nouveau mot de passe',
    },
    enrolled: {
      subject: 'Vous êtes inscrit·e à {{edition}}',
      body: [
        'Bonjour {{name}},',
        'Vous êtes désormais inscrit·e à {{edition}} en tant que {{role}}.',
        'Connectez-vous à la plateforme de l’Académie CSST pour consulter le programme, choisir vos modules optionnels et suivre votre agenda.',
      ],
      action: 'Ouvrir l’édition',
    },
    elective_promoted: {
      subject: 'Une place vous est attribuée : {{module}}',
      body: [
        'Bonjour {{name}},',
        'Une place s’est libérée dans le module optionnel « {{module}} » (bloc {{block}}) de {{edition}} et vous étiez en tête de la liste d’attente : la place est désormais à vous.',
        'Elle figure dans votre agenda. Si vous n’en voulez plus, vous pouvez modifier votre choix tant que le choix des modules optionnels est ouvert.',
      ],
      action: 'Voir vos modules optionnels',
    },
    mention_digest: {
      subject: 'On vous a mentionné·e dans les discussions de l’Académie CSST',
      body: [
        'Bonjour {{name}},',
        'Pendant votre absence, des personnes vous ont mentionné·e dans les salons de discussion :',
        '{{mentions}}',
        'Ouvrez les discussions pour les lire et répondre.',
      ],
      action: 'Ouvrir les discussions',
    },
    learning_reminder: {
      subject: 'Votre pré-apprentissage pour {{edition}} vous attend',
      body: [
        'Bonjour {{name}},',
        'La semaine en présentiel de {{edition}} commence le {{date}}. Le module d’introduction présente les questions clés de chaque panel et module, afin que la semaine soit consacrée aux échanges plutôt qu’aux exposés.',
        'Vous ne l’avez pas encore ouvert : les unités sont courtes, fonctionnent sur des connexions lentes et restent lisibles hors ligne une fois ouvertes.',
      ],
      action: 'Ouvrir le pré-apprentissage',
    },
    survey_invitation: {
      subject: '{{survey}} : votre avis nous intéresse',
      body: [
        'Bonjour {{name}},',
        'En tant que participant·e de la {{edition}}, vous êtes invité·e à répondre à l’enquête « {{survey}} ». Cela prend environ {{minutes}} minutes et vos réponses nous aident à améliorer l’Académie.',
        'Le lien ci-dessous est personnel : merci de ne pas le transférer. Il fonctionne sans connexion et reste ouvert jusqu’au {{closes}}. Vous pouvez vous arrêter à tout moment : vos réponses sont gardées comme brouillon.',
      ],
      action: 'Répondre à l’enquête',
    },
    survey_reminder: {
      subject: 'Rappel : {{survey}}',
      body: [
        'Bonjour {{name}},',
        'Nous n’avons pas encore reçu vos réponses à l’enquête « {{survey}} » de la {{edition}}. Cela prend environ {{minutes}} minutes.',
        'L’enquête se termine le {{closes}}. Si vous avez déjà répondu, merci, et ignorez ce message.',
      ],
      action: 'Répondre à l’enquête',
    },
    interview_proposal: {
      subject: 'Entretien sur votre initiative de CSST : {{when}}',
      body: [
        'Bonjour {{name}},',
        'Merci de nous avoir parlé de votre initiative de coopération Sud-Sud et triangulaire. {{interviewer}} vous propose un entretien en visioconférence de {{duration}} minutes le {{when}}.',
        'Lien de la visioconférence : {{meeting}}',
        '{{note}}',
        'L’invitation de calendrier jointe ajoute l’entretien à votre agenda. Ouvrez le lien ci-dessous pour confirmer l’heure ou en demander une autre.',
      ],
      action: 'Confirmer ou demander une autre heure',
    },
    footer: 'Académie de l’OIT sur la coopération Sud-Sud et triangulaire · Centre international de formation de l’OIT, Turin',
  },
  pt: {
    invitation: {
      subject: 'Está convidado/a para a Academia CSST',
      body: [
        'Olá, {{name}},',
        'Está convidado/a a juntar-se à plataforma da Academia da OIT sobre Cooperação Sul-Sul e Triangular como {{role}}.',
        'Abra o link abaixo para definir a sua palavra-passe e completar o seu perfil. O link é válido até {{expires}}.',
      ],
      action: 'Aceitar o convite',
    },
    password_reset: {
      subject: 'Redefina a sua palavra-passe da Academia CSST',
      body: [
        'Olá, {{name}},',
        'Alguém pediu para redefinir a palavra-passe da sua conta da Academia CSST. Se foi você, abra o link abaixo; é válido até {{expires}}.',
        'Se não foi você, ignore este e-mail: a sua palavra-passe não muda.',
      ],
      action: 'Escolher uma nova palavra-passe',
    },
    enrolled: {
      subject: 'Está inscrito/a em {{edition}}',
      body: [
        'Olá, {{name}},',
        'Está agora inscrito/a em {{edition}} como {{role}}.',
        'Inicie sessão na plataforma da Academia CSST para ver o programa, escolher os seus módulos opcionais e acompanhar a sua agenda.',
      ],
      action: 'Abrir a edição',
    },
    elective_promoted: {
      subject: 'Tem um lugar: {{module}}',
      body: [
        'Olá, {{name}},',
        'Ficou livre um lugar no módulo opcional «{{module}}» (bloco {{block}}) de {{edition}} e era a primeira pessoa na lista de espera: o lugar é agora seu.',
        'Aparece na sua agenda. Se já não o quiser, pode alterar a sua escolha enquanto a escolha de opcionais estiver aberta.',
      ],
      action: 'Ver os seus opcionais',
    },
    mention_digest: {
      subject: 'Foi mencionado/a nos debates da Academia CSST',
      body: [
        'Olá, {{name}},',
        'Enquanto esteve ausente, outras pessoas mencionaram-no/a nas salas de debate:',
        '{{mentions}}',
        'Abra os debates para os ler e responder.',
      ],
      action: 'Abrir os debates',
    },
    learning_reminder: {
      subject: 'A sua pré-aprendizagem para {{edition}} está à sua espera',
      body: [
        'Olá, {{name}},',
        'A semana presencial de {{edition}} começa a {{date}}. O pacote introdutório apresenta as questões-chave de cada painel e módulo, para que a semana seja dedicada ao intercâmbio e não a exposições.',
        'Ainda não o abriu: as unidades são curtas, funcionam com ligações lentas e ficam legíveis offline depois de abertas.',
      ],
      action: 'Abrir o pacote de pré-aprendizagem',
    },
    survey_invitation: {
      subject: '{{survey}}: queremos ouvir a sua opinião',
      body: [
        'Olá, {{name}},',
        'Como participante da {{edition}}, está convidado/a a responder ao inquérito «{{survey}}». Demora cerca de {{minutes}} minutos e as suas respostas ajudam-nos a melhorar a Academia.',
        'O link abaixo é pessoal: não o reencaminhe. Funciona sem iniciar sessão e fica aberto até {{closes}}. Pode parar a qualquer momento: as suas respostas ficam guardadas como rascunho.',
      ],
      action: 'Responder ao inquérito',
    },
    survey_reminder: {
      subject: 'Lembrete: {{survey}}',
      body: [
        'Olá, {{name}},',
        'Ainda não recebemos as suas respostas ao inquérito «{{survey}}» da {{edition}}. Demora cerca de {{minutes}} minutos.',
        'O inquérito encerra a {{closes}}. Se já respondeu, obrigado, e ignore esta mensagem.',
      ],
      action: 'Responder ao inquérito',
    },
    interview_proposal: {
      subject: 'Entrevista sobre a sua iniciativa de CSST: {{when}}',
      body: [
        'Olá, {{name}},',
        'Obrigado por nos falar da sua iniciativa de cooperação Sul-Sul e triangular. {{interviewer}} propõe uma entrevista por videoconferência de {{duration}} minutos a {{when}}.',
        'Link da videoconferência: {{meeting}}',
        '{{note}}',
        'O convite de calendário em anexo adiciona a entrevista ao seu calendário. Abra o link abaixo para confirmar a hora ou pedir outra.',
      ],
      action: 'Confirmar ou pedir outra hora',
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
