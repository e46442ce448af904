import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-table';
import { grantsFormat } from './grants-format';
import { membersFormat } from './members-format';
import { createTranslator, type Locale } from '@glokal/domain';
import { validateRows } from './validate-rows';
import { importProblemText, type ImportProblem } from './import-problem';

const members = (text: string) => validateRows(readCsv(text), membersFormat);
const grants = (text: string) => validateRows(readCsv(text), grantsFormat);
const said = (result: { ok: boolean; problems?: ImportProblem[] }, locale: Locale = 'en') =>
  (result.problems ?? []).map((problem) =>
    importProblemText(problem, createTranslator(locale, 'UTC')),
  );

describe('members CSV', () => {
  it('turns rows into organisations with lists, contact and defaults', () => {
    const result = members(
      'id;name;kind;city;region;country;specialisations;languages;contact_person;email\n' +
        'zsz2-lodz;Zespół Szkół Zawodowych nr 2 w Łodzi;school;Łódź;łódzkie;pl;mechatronika | automatyka;pl|en;Anna Nowak;anna@zsz2.example.pl\n' +
        'ep-aveiro;Escola Profissional de Aveiro;VOCATIONAL_CENTRE;Aveiro;;PT;;;;\n',
    );
    expect(result).toEqual({
      ok: true,
      items: [
        {
          id: 'zsz2-lodz',
          name: 'Zespół Szkół Zawodowych nr 2 w Łodzi',
          kind: 'school',
          membership: 'member',
          city: 'Łódź',
          region: 'łódzkie',
          country: 'PL',
          specialisations: ['mechatronika', 'automatyka'],
          languages: ['pl', 'en'],
          contact: { person: 'Anna Nowak', email: 'anna@zsz2.example.pl' },
        },
        {
          id: 'ep-aveiro',
          name: 'Escola Profissional de Aveiro',
          kind: 'vocational_centre',
          membership: 'member',
          city: 'Aveiro',
          country: 'PT',
          specialisations: [],
          languages: [],
          contact: {},
        },
      ],
    });
  });

  it('reports every bad row as line, column and problem', () => {
    const result = members(
      'id,name,kind,membership,city,country,email,website\n' +
        'ok,Szkoła,school,member,Opole,PL,,\n' +
        'bad-kind,Szkoła,castle,member,Opole,PL,,\n' +
        ',Bez id,school,member,Opole,PL,,\n' +
        'bad-country,Szkoła,school,member,Opole,Polska,,\n' +
        'bad-contact,Szkoła,school,friend,Opole,PL,not-an-email,www.example.pl\n' +
        'ok,Szkoła again,school,member,Opole,PL,,\n',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(said(result)).toEqual([
      'line 3: kind: one of: school, vocational_centre, university, ngo, business, local_government, other',
      'line 4: id: required, but empty',
      'line 5: country: a two-letter country code such as PL',
      'line 6: membership: one of: member, partner',
      'line 6: email: not an e-mail address',
      'line 6: website: not a web address (with https://)',
      'line 7: id: ok is already on line 2',
    ]);
    expect(said(result, 'pl')).toEqual([
      'wiersz 3: kind: jedno z: school, vocational_centre, university, ngo, business, local_government, other',
      'wiersz 4: id: wymagane, a puste',
      'wiersz 5: country: dwuliterowy kod kraju, np. PL',
      'wiersz 6: membership: jedno z: member, partner',
      'wiersz 6: email: to nie adres e-mail',
      'wiersz 6: website: to nie adres strony (z https://)',
      'wiersz 7: id: ok jest już w wierszu 2',
    ]);
  });

  it('reports unknown, doubled and missing columns on line 1', () => {
    const result = members('id;name;kind;city;colour;name\na;b;school;c;red;b\n');
    expect(result.ok).toBe(false);
    expect(said(result)).toEqual([
      'line 1: colour: unknown column',
      'line 1: name: the column appears twice',
      'line 1: country: required column is missing',
    ]);
    expect(said(result, 'pl')).toEqual([
      'wiersz 1: colour: nieznana kolumna',
      'wiersz 1: name: kolumna występuje dwa razy',
      'wiersz 1: country: brakuje wymaganej kolumny',
    ]);
  });
});

describe('grant calls CSV', () => {
  const header = 'id;programme;call_code;title;deadline;deadline_time_zone;status;opens_on\n';

  it('keeps the deadline as local time in its own zone', () => {
    const result = grants(
      header +
        'ka220-vet;Erasmus+ KA2;KA220-VET;Partnerstwa współpracy;2027-03-05 12:00;Europe/Brussels;;\n' +
        'fers;FERS;;Mobilność uczniów;2027-02-10T16:00;Europe/Warsaw;forthcoming;2027-01-10\n',
    );
    expect(result).toEqual({
      ok: true,
      items: [
        {
          id: 'ka220-vet',
          programme: 'Erasmus+ KA2',
          callCode: 'KA220-VET',
          title: 'Partnerstwa współpracy',
          deadline: { local: '2027-03-05T12:00', timeZone: 'Europe/Brussels' },
          status: 'open',
        },
        {
          id: 'fers',
          programme: 'FERS',
          title: 'Mobilność uczniów',
          deadline: { local: '2027-02-10T16:00', timeZone: 'Europe/Warsaw' },
          status: 'forthcoming',
          opensOn: '2027-01-10',
        },
      ],
    });
  });

  it('reports deadlines that are malformed, in an unknown zone or in the spring DST gap', () => {
    const result = grants(
      header +
        'a;CERV;;Town twinning;05.03.2027 12:00;Europe/Brussels;;\n' +
        'b;CERV;;Town twinning;2027-03-05 12:00;Europe/Bruksela;;\n' +
        'c;CERV;;Town twinning;2027-03-28 02:30;Europe/Warsaw;;\n' +
        'd;CERV;;Town twinning;2027-03-05 17:00;Europe/Brussels;finished;2027-02-30\n',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(said(result)).toEqual([
      'line 2: deadline: a local time as YYYY-MM-DD HH:mm',
      'line 3: deadline_time_zone: unknown IANA time zone',
      'line 4: deadline: that local time does not exist in that zone (it falls in a DST gap)',
      'line 5: opens_on: no such date',
      'line 5: status: one of: forthcoming, open, closed, cancelled',
    ]);
    expect(said(result, 'pl')).toEqual([
      'wiersz 2: deadline: czas lokalny jako RRRR-MM-DD GG:MM',
      'wiersz 3: deadline_time_zone: nieznana strefa czasowa IANA',
      'wiersz 4: deadline: ten czas lokalny nie istnieje w tej strefie (wypada w zmianie czasu)',
      'wiersz 5: opens_on: nie ma takiej daty',
      'wiersz 5: status: jedno z: forthcoming, open, closed, cancelled',
    ]);
  });
});
