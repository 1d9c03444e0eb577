// Zod-free: the client imports these at run time without bundling zod (see ../values.ts).

/** What an edition's rule can ask of a participant before a certificate of participation is issued. */
export const CERTIFICATE_REQUIREMENTS = ['package', 'attendance', 'general_assessment'] as const;
export type CertificateRequirement = (typeof CERTIFICATE_REQUIREMENTS)[number];

/** Where a participant stands: eligible or not yet, issued, or revoked (and not issued again). */
export const CERTIFICATE_STANDINGS = ['not_eligible', 'eligible', 'issued', 'revoked'] as const;
export type CertificateStanding = (typeof CERTIFICATE_STANDINGS)[number];

/** Rows per page of the organizer's certificates list and of a session's attendance list. */
export const CERTIFICATES_PAGE_SIZE = 50;
export const ATTENDANCE_PAGE_SIZE = 50;

/**
 * A verification code: 12 characters of an alphabet without look-alikes (no 0/O, 1/I), in three
 * groups, so that it can be read aloud or typed from paper; 60 random bits cannot be guessed.
 */
export const CERTIFICATE_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CERTIFICATE_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/** Typed codes are forgiving: lower case, spaces and missing dashes are accepted. */
export function normalizeCertificateCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}
