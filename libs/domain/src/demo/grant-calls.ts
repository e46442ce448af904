import type { GrantCall } from '../grant-call';
import type { Season } from './season';

/**
 * Calls of several programmes, as funders publish them: EU calls close at 12:00 or 17:00
 * Brussels time, national and regional ones at a Warsaw hour.
 */
export function demoGrantCalls(season: Season): GrantCall[] {
  const brussels = (days: number, time: '12:00' | '17:00') => ({
    local: `${season.date(days)}T${time}`,
    timeZone: 'Europe/Brussels',
  });
  const warsaw = (days: number, time: string) => ({
    local: `${season.date(days)}T${time}`,
    timeZone: 'Europe/Warsaw',
  });
  return [
    {
      id: 'erasmus-ka121-vet',
      programme: 'Erasmus+ KA1',
      callCode: 'KA121-VET',
      title: 'Mobilność edukacyjna — projekty akredytowane w kształceniu zawodowym',
      url: 'https://erasmus-plus.ec.europa.eu/',
      deadline: brussels(24, '12:00'),
      status: 'open',
      funding: 'budżet według akredytacji',
      description:
        'Staże uczniów i absolwentów, job shadowing kadry; dla organizacji z akredytacją Erasmus.',
    },
    {
      id: 'erasmus-ka122-sch',
      programme: 'Erasmus+ KA1',
      callCode: 'KA122-SCH',
      title: 'Projekty krótkoterminowe w edukacji szkolnej',
      deadline: brussels(52, '12:00'),
      status: 'open',
      funding: 'do 30 uczestników, stawki jednostkowe',
    },
    {
      id: 'erasmus-ka220-vet',
      programme: 'Erasmus+ KA2',
      callCode: 'KA220-VET',
      title: 'Partnerstwa współpracy w kształceniu i szkoleniu zawodowym',
      deadline: brussels(38, '12:00'),
      status: 'open',
      funding: 'ryczałt 120 000, 250 000 lub 400 000 EUR',
    },
    {
      id: 'erasmus-ka210-sch',
      programme: 'Erasmus+ KA2',
      callCode: 'KA210-SCH',
      title: 'Partnerstwa na mniejszą skalę w edukacji szkolnej',
      deadline: brussels(66, '12:00'),
      status: 'open',
      funding: 'ryczałt 30 000 lub 60 000 EUR',
    },
    {
      id: 'erasmus-ka3-forward',
      programme: 'Erasmus+ KA3',
      callCode: 'ERASMUS-EDU-PI-FORWARD',
      title: 'Forward-looking projects: digital education and green skills',
      deadline: brussels(80, '17:00'),
      status: 'open',
      funding: 'up to €1,500,000',
    },
    {
      id: 'interreg-europe-call',
      programme: 'Interreg Europe',
      callCode: 'IE-CALL-5',
      title: 'Projects for policy learning: skills for the green transition',
      deadline: brussels(45, '12:00'),
      status: 'open',
    },
    {
      id: 'interreg-pl-sn',
      programme: 'Interreg Polska–Saksonia',
      title: 'Mikroprojekty: współpraca szkół zawodowych po obu stronach granicy',
      deadline: warsaw(31, '15:00'),
      status: 'open',
      funding: 'do 20 000 EUR',
    },
    {
      id: 'fers-mobilnosc-uczniow',
      programme: 'FERS',
      callCode: 'FERS.01.03-IP.07',
      title: 'Ponadnarodowa mobilność uczniów i absolwentów (EFS+)',
      deadline: warsaw(17, '16:00'),
      status: 'open',
      funding: 'do 1 000 000 PLN',
    },
    {
      id: 'fel-ksztalcenie-zawodowe',
      programme: 'EFS+ Fundusze Europejskie dla Łódzkiego',
      callCode: 'FELD.08.08-IZ.00-001',
      title: 'Kształcenie zawodowe — doposażenie pracowni i staże u pracodawców',
      opensOn: season.date(20),
      deadline: warsaw(100, '23:59'),
      status: 'forthcoming',
    },
    {
      id: 'cerv-town-twinning',
      programme: 'CERV',
      callCode: 'CERV-CITIZENS-TOWN-TT',
      title: 'Town-twinning: meetings of citizens of partner towns',
      deadline: brussels(58, '17:00'),
      status: 'open',
      funding: 'lump sum up to €60,000',
    },
    {
      id: 'nawa-wymiana-kadry',
      programme: 'NAWA',
      callCode: 'NAWA-WYMIANA-KADRY',
      title: 'Program wymiany kadry akademickiej',
      deadline: warsaw(73, '15:00'),
      status: 'open',
    },
    {
      id: 'frse-eog-edukacja',
      programme: 'FRSE Fundusze EOG',
      title: 'Edukacja: współpraca instytucjonalna szkół z Norwegii, Islandii i Liechtensteinu',
      deadline: brussels(88, '12:00'),
      status: 'open',
    },
    {
      id: 'erasmus-ka220-sch-closed',
      programme: 'Erasmus+ KA2',
      callCode: 'KA220-SCH',
      title: 'Partnerstwa współpracy w edukacji szkolnej (nabór zamknięty)',
      deadline: brussels(-9, '12:00'),
      status: 'closed',
    },
  ];
}
