// Zod-free: the client imports these at run time without bundling zod (see values.ts).
import type { IloRegion } from './domain.values.js';

// ILO's own regional grouping, which differs from the UN's: North Africa belongs to Africa, the Gulf
// and Levant form the Arab States, and Central Asia sits with Europe. Names come from Intl.DisplayNames.
const REGION_COUNTRIES: Record<IloRegion, string> = {
  africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW',
  americas: 'AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE PR',
  arab_states: 'BH IQ JO KW LB OM QA SA SY AE YE PS',
  asia_pacific: 'AF AU BD BT BN KH CN CK FJ IN ID IR JP KI KR KP LA MY MV MH FM MN MM NR NP NZ PK PW PG PH WS SG SB LK TH TL TO TV VU VN HK MO TW',
  europe_central_asia:
    'AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ KG LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB UZ VA XK',
};

const REGION_BY_COUNTRY = new Map<string, IloRegion>(
  (Object.entries(REGION_COUNTRIES) as [IloRegion, string][]).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region] as const)),
);

/** ISO 3166-1 alpha-2 codes the platform knows, sorted. */
export const COUNTRY_CODES: readonly string[] = [...REGION_BY_COUNTRY.keys()].sort();

export function iloRegionOf(countryCode: string | null | undefined): IloRegion | null {
  return countryCode ? (REGION_BY_COUNTRY.get(countryCode.toUpperCase()) ?? null) : null;
}
