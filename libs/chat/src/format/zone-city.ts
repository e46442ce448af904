import type { Locale } from '@glokal/domain';

/** Polish names of the European cities zones are named after (`Europe/Lisbon` → Lizbona). */
const polishCities: Readonly<Record<string, string>> = {
  Amsterdam: 'Amsterdam',
  Athens: 'Ateny',
  Berlin: 'Berlin',
  Bratislava: 'Bratysława',
  Brussels: 'Bruksela',
  Bucharest: 'Bukareszt',
  Budapest: 'Budapeszt',
  Copenhagen: 'Kopenhaga',
  Dublin: 'Dublin',
  Helsinki: 'Helsinki',
  Kyiv: 'Kijów',
  Lisbon: 'Lizbona',
  Ljubljana: 'Lublana',
  London: 'Londyn',
  Luxembourg: 'Luksemburg',
  Madrid: 'Madryt',
  Paris: 'Paryż',
  Prague: 'Praga',
  Riga: 'Ryga',
  Rome: 'Rzym',
  Sofia: 'Sofia',
  Stockholm: 'Sztokholm',
  Tallinn: 'Tallinn',
  Vienna: 'Wiedeń',
  Vilnius: 'Wilno',
  Warsaw: 'Warszawa',
  Zagreb: 'Zagrzeb',
};

/** A zone as people say it: its city, in Polish where Polish has a name for it. */
export function zoneCity(zone: string, locale: Locale): string {
  const city = (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
  return locale === 'pl' ? (Object.hasOwn(polishCities, city) ? polishCities[city]! : city) : city;
}
