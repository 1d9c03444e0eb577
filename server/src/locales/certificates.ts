import type { Language } from '@sstc/shared';

export interface CertificateText {
  title: string;
  certifies: string;
  tookPart: string;
  heldAt: string;
  modules: string;
  preLearning: string;
  faceToFace: string;
  issued: string;
  verify: string;
  code: string;
}

/** Words of the certificate of participation (PDF) in the four languages; a test checks every key and placeholder. */
export const certificateTexts: Record<Language, CertificateText> = {
  en: {
    title: 'Certificate of participation',
    certifies: 'This is to certify that',
    tookPart: 'took part in',
    heldAt: '{{venue}}, {{dates}}',
    modules: 'Modules taken',
    preLearning: 'Pre-learning: {{hours}} h',
    faceToFace: 'Face-to-face week: {{hours}} h attended',
    issued: 'Issued on {{date}}',
    verify: 'Check this certificate at {{url}}',
    code: 'Verification code: {{code}}',
  },
  es: {
    title: 'Certificado de participación',
    certifies: 'Se certifica que',
    tookPart: 'participó en',
    heldAt: '{{venue}}, {{dates}}',
    modules: 'Módulos cursados',
    preLearning: 'Preaprendizaje: {{hours}} h',
    faceToFace: 'Semana presencial: {{hours}} h de asistencia',
    issued: 'Emitido el {{date}}',
    verify: 'Verifique este certificado en {{url}}',
    code: 'Código de verificación: {{code}}',
  },
  fr: {
    title: 'Attestation de participation',
    certifies: 'Nous attestons que',
    tookPart: 'a participé à',
    heldAt: '{{venue}}, {{dates}}',
    modules: 'Modules suivis',
    preLearning: 'Préformation : {{hours}} h',
    faceToFace: 'Semaine en présentiel : {{hours}} h de présence',
    issued: 'Délivrée le {{date}}',
    verify: 'Vérifiez cette attestation sur {{url}}',
    code: 'Code de vérification : {{code}}',
  },
  pt: {
    title: 'Certificado de participação',
    certifies: 'Certifica-se que',
    tookPart: 'participou em',
    heldAt: '{{venue}}, {{dates}}',
    modules: 'Módulos frequentados',
    preLearning: 'Pré-aprendizagem: {{hours}} h',
    faceToFace: 'Semana presencial: {{hours}} h de presença',
    issued: 'Emitido em {{date}}',
    verify: 'Verifique este certificado em {{url}}',
    code: 'Código de verificação: {{code}}',
  },
};
