import type { ClusterEvent } from '../event';
import type { Season } from './season';

type DemoEvent = Omit<ClusterEvent, 'source' | 'updatedAt' | 'status'> & {
  status?: ClusterEvent['status'];
};

/**
 * A season of the cluster's events, from two weeks ago to about four months ahead: every kind,
 * all-day and multi-day ones, partners' events in their own zones, a fortnightly meeting
 * (instances of one series), a cancelled workshop, and a hackathon across the October DST night.
 */
export function demoEvents(season: Season): ClusterEvent[] {
  const timed = (
    days: number,
    from: string,
    to: string,
    zone = season.zone,
    toDays = days,
  ): ClusterEvent['timing'] => ({
    allDay: false,
    start: season.at(days, from, zone),
    end: season.at(toDays, to, zone),
    timeZone: zone,
  });
  const allDay = (days: number, length: number): ClusterEvent['timing'] => ({
    allDay: true,
    startDate: season.date(days),
    endDate: season.date(days + length),
  });
  const meet = (code: string) => `https://meet.google.com/${code}`;

  const coordinators = [1, 15, 29, 43, 57].map((days, index): DemoEvent => ({
    id: `koordynatorzy-${index + 1}`,
    recurringEventId: 'koordynatorzy',
    title: 'Spotkanie koordynatorów projektów',
    description:
      'Co dwa tygodnie: stan wniosków, terminy, sprawy bieżące. Agenda w folderze Protokoły.',
    kind: 'meeting',
    timing: timed(days, '10:00', '11:00'),
    onlineUrl: meet('kqx-prdm-wzt'),
    organiserId: 'um-lodz',
  }));
  const dstSunday = season.daysToOctoberDstSunday();

  const events: DemoEvent[] = [
    {
      id: 'zarzad-klastra-wiosna',
      title: 'Posiedzenie zarządu klastra',
      description: 'Budżet, nowi członkowie, plan działań na sezon.',
      kind: 'meeting',
      timing: timed(-12, '13:00', '15:00'),
      location: 'Urząd Miasta Łodzi, ul. Piotrkowska 104, sala 12',
      organiserId: 'um-lodz',
    },
    {
      id: 'szkolenie-rozliczanie-erasmus',
      title: 'Szkolenie: rozliczanie projektów Erasmus+ w Beneficiary Module',
      kind: 'training',
      timing: timed(-5, '09:00', '13:00'),
      onlineUrl: meet('vbn-hjkl-qwe'),
      organiserId: 'fundacja-klucz',
    },
    ...coordinators,
    {
      id: 'warsztaty-ai-w-szkole',
      title: 'Warsztaty: sztuczna inteligencja w szkole zawodowej',
      description:
        'Praktyczne ćwiczenia z narzędziami AI na lekcjach przedmiotów zawodowych. Zabierz laptop.',
      kind: 'workshop',
      timing: timed(3, '09:00', '14:30'),
      location: 'ZSZ nr 2, ul. Stefana Żeromskiego 115, Łódź',
      organiserId: 'zsz2-lodz',
    },
    {
      id: 'seminarium-edukacja-wlaczajaca',
      title: 'Seminarium: edukacja włączająca w praktyce',
      kind: 'seminar',
      timing: timed(6, '10:00', '15:00'),
      location: 'Szkoła Podstawowa nr 12, Gdańsk',
      organiserId: 'sp12-gdansk',
    },
    {
      id: 'dzien-otwarty-politechniki',
      title: 'Dzień otwarty laboratoriów Politechniki Łódzkiej',
      description: 'Cały dzień zajęć w laboratoriach robotyki i automatyki dla klas technikum.',
      kind: 'other',
      timing: allDay(8, 1),
      location: 'Politechnika Łódzka, ul. Stefanowskiego 18, Łódź',
      organiserId: 'politechnika-lodzka',
    },
    {
      id: 'webinar-wniosek-ka220',
      title: 'Webinar: jak napisać dobry wniosek KA220',
      kind: 'training',
      timing: timed(10, '16:00', '17:30'),
      onlineUrl: meet('ptr-mnbv-cxz'),
      organiserId: 'fundacja-klucz',
    },
    {
      id: 'konferencja-ksztalcenie-4-0',
      title: 'Międzynarodowa konferencja „Kształcenie zawodowe 4.0”',
      description:
        'Dwa dni wystąpień i paneli z partnerami z Niemiec, Portugalii i Finlandii. Tłumaczenie PL/EN.',
      kind: 'conference',
      timing: allDay(12, 2),
      location: 'EC1 Łódź — Miasto Kultury, ul. Targowa 1/3',
      organiserId: 'um-lodz',
    },
    {
      id: 'staze-aveiro',
      title: 'Staże uczniów w Aveiro (Erasmus+ KA1)',
      description: 'Dwutygodniowe staże 16 uczniów technikum mechatronicznego i gastronomicznego.',
      kind: 'exchange',
      timing: allDay(18, 14),
      location: 'Aveiro, Portugalia',
      organiserId: 'ep-aveiro',
    },
    {
      id: 'greenvet-spotkanie-partnerow',
      title: 'GreenVET: transnational partner meeting',
      kind: 'meeting',
      timing: timed(20, '09:30', '16:00', 'Europe/Berlin'),
      location: 'Berufskolleg am Wasserturm, Bocholt',
      organiserId: 'bk-bocholt',
    },
    {
      id: 'warsztaty-robotyki',
      title: 'Warsztaty robotyki dla nauczycieli',
      description: 'Odwołane z powodu choroby prowadzącego; nowy termin wkrótce.',
      kind: 'workshop',
      status: 'cancelled',
      timing: timed(22, '10:00', '13:00'),
      location: 'Politechnika Łódzka',
      organiserId: 'politechnika-lodzka',
    },
    {
      id: 'szkolenie-opiekunow-grup',
      title: 'Szkolenie dla opiekunów grup wyjazdowych',
      kind: 'training',
      timing: timed(25, '15:00', '18:00'),
      location: 'CKZ, ul. Strzegomska 49, Wrocław',
      organiserId: 'ckz-wroclaw',
    },
    {
      id: 'seminarium-interreg-transgraniczne',
      title: 'Seminarium Interreg: partnerstwa transgraniczne',
      kind: 'seminar',
      timing: timed(30, '10:00', '14:00'),
      location: 'Starostwo Powiatowe w Rzeszowie',
      organiserId: 'starostwo-rzeszow',
    },
    {
      id: 'wizyta-studyjna-wilno',
      title: 'Wizyta studyjna w Wilnie',
      description: 'Job shadowing nauczycieli przedmiotów zawodowych i doradców.',
      kind: 'exchange',
      status: 'tentative',
      timing: allDay(35, 3),
      location: 'Vilnius, Lithuania',
      organiserId: 'vtvpmc-vilnius',
    },
    {
      id: 'konferencja-cyfrowa-szkola',
      title: 'Konferencja „Cyfrowa szkoła”',
      kind: 'conference',
      timing: timed(40, '09:00', '16:00'),
      location: 'III LO, Kraków',
      onlineUrl: meet('dfg-erty-uio'),
      organiserId: 'lo3-krakow',
    },
    {
      id: 'warsztaty-doradcow',
      title: 'Warsztaty dla doradców zawodowych',
      kind: 'workshop',
      timing: timed(48, '09:00', '13:00'),
      location: 'Wydział Studiów Edukacyjnych UAM, Poznań',
      organiserId: 'uam-poznan',
    },
    {
      id: 'training-finnish-vet',
      title: 'Training course: the Finnish VET model and guidance',
      kind: 'training',
      timing: timed(55, '09:00', '15:00', 'Europe/Helsinki', 56),
      location: 'Ammattiopisto Pohjola, Oulu',
      organiserId: 'ammattiopisto-oulu',
    },
    {
      id: 'walne-zgromadzenie',
      title: 'Walne zgromadzenie członków klastra',
      kind: 'meeting',
      timing: timed(62, '11:00', '14:00'),
      location: 'EC1 Łódź',
      onlineUrl: meet('zxc-asdf-ghj'),
      organiserId: 'um-lodz',
    },
    {
      id: 'seminarium-zielone-kompetencje',
      title: 'Seminarium: zielone kompetencje w technikum',
      kind: 'seminar',
      timing: timed(75, '10:00', '13:00'),
      onlineUrl: meet('wer-tyui-opa'),
      organiserId: 'ckz-wroclaw',
    },
    {
      id: 'wymiana-barcelona',
      title: 'Wymiana młodzieży z Institut Escola del Treball',
      kind: 'exchange',
      timing: allDay(90, 7),
      location: 'Barcelona, España',
      organiserId: 'ins-barcelona',
    },
    {
      id: 'konferencja-podsumowanie-sezonu',
      title: 'Konferencja podsumowująca sezon projektów',
      kind: 'conference',
      timing: timed(110, '10:00', '15:00'),
      location: 'Politechnika Łódzka, Centrum Konferencyjne',
      organiserId: 'politechnika-lodzka',
    },
    {
      id: 'hackathon-zielone-technologie',
      title: 'Hackathon „Zielone technologie” (noc zmiany czasu)',
      description:
        'Od soboty 16:00 do niedzieli 14:00 czasu warszawskiego: w nocy zegary cofamy o godzinę.',
      kind: 'workshop',
      timing: timed(dstSunday - 1, '16:00', '14:00', season.zone, dstSunday),
      location: 'TechStal, Katowice',
      organiserId: 'techstal-katowice',
    },
  ];

  const updatedAt = season.ago(20);
  return events.map((event) => ({ status: 'confirmed', ...event, source: 'demo', updatedAt }));
}
