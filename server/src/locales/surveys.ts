import type { Language } from '@sstc/shared';

/** Words the server writes into survey exports and calendar invitations, in the four languages. */
export const surveyWords: Record<
  Language,
  {
    yes: string;
    no: string;
    interview: string;
    responseId: string;
    submittedOn: string;
    language: string;
    name: string;
    email: string;
    cohort: string;
    country: string;
    iloRegion: string;
    constituencyGroup: string;
  }
> = {
  en: {
    yes: 'Yes',
    no: 'No',
    interview: 'Interview: your SSTC initiative (SSTC Academy)',
    responseId: 'Response',
    submittedOn: 'Submitted on',
    language: 'Language',
    name: 'Name',
    email: 'Email',
    cohort: 'Cohort',
    country: 'Country',
    iloRegion: 'ILO region',
    constituencyGroup: 'Constituency group',
  },
  es: {
    yes: 'Sí',
    no: 'No',
    interview: 'Entrevista: su iniciativa de CSST (Academia CSST)',
    responseId: 'Respuesta',
    submittedOn: 'Enviada el',
    language: 'Idioma',
    name: 'Nombre',
    email: 'Correo electrónico',
    cohort: 'Cohorte',
    country: 'País',
    iloRegion: 'Región de la OIT',
    constituencyGroup: 'Grupo de mandantes',
  },
  fr: {
    yes: 'Oui',
    no: 'Non',
    interview: 'Entretien : votre initiative de CSST (Académie CSST)',
    responseId: 'Réponse',
    submittedOn: 'Envoyée le',
    language: 'Langue',
    name: 'Nom',
    email: 'Courrier électronique',
    cohort: 'Cohorte',
    country: 'Pays',
    iloRegion: 'Région de l’OIT',
    constituencyGroup: 'Groupe de mandants',
  },
  pt: {
    yes: 'Sim',
    no: 'Não',
    interview: 'Entrevista: a sua iniciativa de CSST (Academia CSST)',
    responseId: 'Resposta',
    submittedOn: 'Enviada em',
    language: 'Língua',
    name: 'Nome',
    email: 'E-mail',
    cohort: 'Coorte',
    country: 'País',
    iloRegion: 'Região da OIT',
    constituencyGroup: 'Grupo de constituintes',
  },
};
