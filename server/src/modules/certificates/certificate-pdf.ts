import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { localize, type CertificateFacts, type Language } from '@sstc/shared';
import { interpolate } from '../../common/i18n/translate.js';
import { agendaTexts } from '../../locales/agenda.js';
import { certificateTexts } from '../../locales/certificates.js';

const require = createRequire(import.meta.url);

// Roboto covers Latin (with its extensions and Vietnamese), Greek and Cyrillic: the names of most
// participants. The PDF embeds only the glyphs it uses.
const FONTS = {
  regular: require.resolve('roboto-fontface/fonts/roboto/Roboto-Regular.woff'),
  bold: require.resolve('roboto-fontface/fonts/roboto/Roboto-Bold.woff'),
};
const ACCENT = '#1e4d8c';
const MUTED = '#4a4a4a';

export interface CertificateToRender {
  code: string;
  facts: CertificateFacts;
  issuedAt: Date;
}

/** The certificate of participation as an A4 landscape PDF in one language, with its verification address. */
export function renderCertificate(certificate: CertificateToRender, language: Language, verifyUrl: string): Promise<Buffer> {
  const { facts } = certificate;
  const text = certificateTexts[language];
  const local = (value: Parameters<typeof localize>[0]) => localize(value, language, facts.defaultLanguage);
  const title = text.title;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    lang: language,
    displayTitle: true,
    info: { Title: `${title} – ${facts.holderName}`, Author: local(facts.courseTitle), Subject: local(facts.editionTitle) },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor(ACCENT)
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  const centred = { align: 'center' as const, width: width - 112 };
  doc.moveDown(1.5);
  doc.font('bold').fontSize(30).fillColor(ACCENT).text(title, centred);
  doc.moveDown(1);
  doc.font('regular').fontSize(13).fillColor(MUTED).text(text.certifies, centred);
  doc.moveDown(0.4);
  doc.font('bold').fontSize(26).fillColor('black').text(facts.holderName, centred);
  doc.moveDown(0.4);
  doc.font('regular').fontSize(13).fillColor(MUTED).text(text.tookPart, centred);
  doc.moveDown(0.4);
  doc.font('bold').fontSize(18).fillColor('black').text(local(facts.editionTitle), centred);
  doc.moveDown(0.2);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
    new Date(`${facts.faceToFaceStart}T12:00:00Z`),
    new Date(`${facts.faceToFaceEnd}T12:00:00Z`),
  );
  doc
    .font('regular')
    .fontSize(12)
    .fillColor(MUTED)
    .text(interpolate(text.heldAt, { venue: local(facts.venue), dates }), centred);

  if (facts.modules.length) {
    doc.moveDown(1);
    doc.font('bold').fontSize(12).fillColor('black').text(text.modules, centred);
    doc.font('regular').fontSize(11);
    for (const module of facts.modules) {
      const label = interpolate(agendaTexts[language].item[module.kind], { number: module.number });
      doc.text(`${label}: ${local(module.title)}`, centred);
    }
  }
  doc.moveDown(1);
  const hours = (minutes: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(minutes / 60);
  const time = [interpolate(text.preLearning, { hours: hours(facts.preLearningMinutes) })];
  if (facts.faceToFaceMinutes > 0) time.push(interpolate(text.faceToFace, { hours: hours(facts.faceToFaceMinutes) }));
  doc.font('regular').fontSize(11).fillColor('black').text(time.join('   ·   '), centred);

  const issued = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(certificate.issuedAt);
  doc.font('regular').fontSize(10).fillColor(MUTED);
  const footer = [interpolate(text.issued, { date: issued }), interpolate(text.code, { code: certificate.code })].join('   ·   ');
  doc.text(footer, 56, height - 100, centred);
  doc.fillColor(ACCENT).text(interpolate(text.verify, { url: verifyUrl }), { ...centred, link: verifyUrl, underline: true });
  doc.end();
  return done;
}
