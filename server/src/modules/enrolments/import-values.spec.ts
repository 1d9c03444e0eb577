import { describe, expect, it } from '@jest/globals';
import { columnOf, constituencyGroupOf, countryCode, languageCode } from './import-values.js';

describe('values of an import file', () => {
  it('recognises column headers in the four languages', () => {
    expect(
      ['Name', 'Correo electrónico', 'Courriel', 'E-mail', 'País', 'Langue préférée', 'Idioma', 'Coorte', 'Grupo de mandantes', 'Organização'].map(
        columnOf,
      ),
    ).toEqual(['name', 'email', 'email', 'email', 'country', 'language', 'language', 'cohort', 'constituencyGroup', 'organisation']);
    expect(columnOf('Shoe size')).toBeUndefined();
  });

  it('reads countries by code or by name in any of the four languages', () => {
    expect(['br', 'Brazil', 'Brasil', 'Brésil', 'Côte d’Ivoire', 'Costa do Marfim', 'Mars'].map(countryCode)).toEqual([
      'BR',
      'BR',
      'BR',
      'BR',
      'CI',
      'CI',
      undefined,
    ]);
  });

  it('reads languages and constituency groups by code or name', () => {
    expect(['pt', 'Portuguese', 'Português', 'portugais', 'ESPAÑOL', 'German'].map(languageCode)).toEqual(['pt', 'pt', 'pt', 'pt', 'es', undefined]);
    expect(
      ['workers_organization', "Workers' organisation", 'Organisation de travailleurs', 'Gobierno', 'ILO staff', 'Pirates'].map(constituencyGroupOf),
    ).toEqual(['workers_organization', 'workers_organization', 'workers_organization', 'government', 'ilo_staff', undefined]);
  });
});
