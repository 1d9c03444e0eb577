import { describe, expect, it } from '@jest/globals';
import { countriesFrom, draftFromInitiative } from './initiative-draft.js';

describe('a draft practice from an initiative answer', () => {
  it('reads country names typed in any of the four languages, with or without accents', () => {
    expect(countriesFrom('Haití, Brasil, Estados Unidos')).toEqual(['HT', 'BR', 'US']);
    expect(countriesFrom('Brasil, Moçambique e Portugal')).toEqual(['BR', 'MZ', 'PT']);
    expect(countriesFrom('Sénégal; Cote d’Ivoire et Mali')).toEqual(['SN', 'CI', 'ML']);
    expect(countriesFrom('India and South Africa, Atlantis')).toEqual(['IN', 'ZA']);
  });

  it('takes the first sentence as the title, the description as the summary, the first known modality and the partners', () => {
    const draft = draftFromInitiative(
      {
        initiative_description: 'Cooperativas de reciclaje en Recife. Con la alcaldía.',
        initiative_modality: ['city_to_city', 'triangular'],
        initiative_partners: 'OIT, Alcaldía de Recife',
        initiative_countries: 'Brasil',
      },
      'es',
      'María',
    );
    expect(draft).toMatchObject({
      language: 'es',
      title: { es: 'Cooperativas de reciclaje en Recife' },
      summary: { es: 'Cooperativas de reciclaje en Recife. Con la alcaldía.' },
      modality: 'city_to_city',
      countries: ['BR'],
      partners: ['OIT', 'Alcaldía de Recife'],
    });
    expect(draftFromInitiative({}, 'fr', 'Aminata').title).toEqual({ fr: 'Aminata' });
  });
});
