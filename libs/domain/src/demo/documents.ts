import type { ClusterDocument } from '../document';
import type { Season } from './season';

const doc = 'application/vnd.google-apps.document';
const sheet = 'application/vnd.google-apps.spreadsheet';
const slides = 'application/vnd.google-apps.presentation';
const pdf = 'application/pdf';

/** The cluster's shared Drive: strategy, minutes, applications, good practices, templates. */
export function demoDocuments(season: Season): ClusterDocument[] {
  const file = (
    id: string,
    name: string,
    folderPath: string,
    mimeType: string,
    changedDaysAgo: number,
    description?: string,
  ): ClusterDocument => ({
    id,
    name,
    folderPath,
    mimeType,
    modifiedAt: season.ago(changedDaysAgo),
    webViewLink: `https://docs.google.com/open?id=${id}`,
    ...(description ? { description } : {}),
  });
  return [
    file(
      'doc-strategia-2026',
      'Strategia rozwoju klastra 2026–2030',
      'Strategia',
      doc,
      40,
      'Cele, działania i wskaźniki na pięć lat.',
    ),
    file('doc-plan-dzialan', 'Plan działań na sezon', 'Strategia/2026', sheet, 6),
    file('doc-protokol-zarzad', 'Protokół z posiedzenia zarządu', 'Protokoły/Zarząd', doc, 11),
    file(
      'doc-protokol-koordynatorzy',
      'Notatki ze spotkań koordynatorów',
      'Protokoły/Koordynatorzy',
      doc,
      2,
    ),
    file(
      'doc-wniosek-ka220',
      'Wniosek KA220-VET GreenVET — wersja robocza',
      'Erasmus+/KA2/GreenVET',
      doc,
      1,
      'Sekcje: priorytety, partnerstwo, budżet.',
    ),
    file(
      'doc-budzet-ka220',
      'Budżet GreenVET — ryczałt 250 000 EUR',
      'Erasmus+/KA2/GreenVET',
      sheet,
      3,
    ),
    file(
      'doc-staze-aveiro-program',
      'Program staży w Aveiro',
      'Erasmus+/KA1/Staże Aveiro',
      doc,
      9,
      'Harmonogram, zakwaterowanie, opiekunowie.',
    ),
    file(
      'doc-staze-aveiro-umowa',
      'Umowa o staż — wzór (PL/PT/EN)',
      'Erasmus+/KA1/Staże Aveiro',
      pdf,
      30,
    ),
    file(
      'doc-dobre-praktyki-staze',
      'Dobre praktyki: staże zagraniczne uczniów',
      'Dobre praktyki',
      slides,
      55,
      'Doświadczenia ZSZ nr 2 i CKZ Wrocław.',
    ),
    file(
      'doc-dobre-praktyki-wlaczanie',
      'Dobre praktyki: edukacja włączająca',
      'Dobre praktyki',
      pdf,
      70,
    ),
    file('doc-regulamin-klastra', 'Regulamin klastra', 'Regulaminy', pdf, 120),
    file('doc-deklaracja-czlonkowska', 'Deklaracja członkowska — formularz', 'Szablony', doc, 95),
    file('doc-szablon-raport', 'Szablon raportu z mobilności', 'Szablony', doc, 15),
    file('doc-interreg-fiszka', 'Fiszka projektowa Interreg Polska–Saksonia', 'Interreg', doc, 5),
    file(
      'doc-raport-roczny',
      'Raport roczny klastra',
      'Raporty',
      pdf,
      150,
      'Podsumowanie roku: projekty, mobilności, budżet.',
    ),
    file(
      'doc-prezentacja-konferencja',
      'Kształcenie zawodowe 4.0 — prezentacja otwierająca',
      'Konferencje/Kształcenie 4.0',
      slides,
      4,
    ),
  ];
}
