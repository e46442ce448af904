/**
 * Names, descriptions, usage and examples of the chat commands (help, Discord registration,
 * the Slack manifest). Descriptions stay under 100 characters (Discord's limit).
 */
export const commands = {
  pl: {
    help: {
      description: 'Co potrafi Glokal: lista poleceń z przykładami',
      usage: 'pomoc [polecenie]',
      example: 'pomoc wydarzenia',
      options: { command: 'Polecenie, o które pytasz' },
    },
    events: {
      description: 'Nadchodzące wydarzenia klastra: okres i rodzaj',
      usage: 'wydarzenia [okres] [rodzaj]',
      example: 'wydarzenia ten tydzień warsztaty',
      options: {
        period:
          'dziś, jutro, tydzień (7 dni), miesiąc (30 dni), przyszły miesiąc, RRRR-MM, RRRR-MM-DD..RRRR-MM-DD',
        kind: 'Rodzaj wydarzenia',
      },
    },
    event: {
      description: 'Szczegóły wydarzenia i zapis: „Idę”',
      usage: 'wydarzenie <id lub nazwa>',
      example: 'wydarzenie cyfrowa szkoła',
      options: { name: 'Identyfikator lub słowa z nazwy wydarzenia' },
    },
    grants: {
      description: 'Otwarte nabory grantowe i ile dni zostało do terminu',
      usage: 'granty [program|moje]',
      example: 'granty erasmus',
      options: { programme: 'Program, np. Erasmus+, Interreg, FERS, albo „moje”: obserwowane' },
    },
    grant: {
      description: 'Szczegóły naboru; obserwuj, aby dostawać przypomnienia',
      usage: 'grant <id lub nazwa>',
      example: 'grant ka220-vet',
      options: { name: 'Identyfikator lub słowa z nazwy naboru' },
    },
    docs: {
      description: 'Szukaj dokumentów klastra: strategia, dobre praktyki, protokoły',
      usage: 'dokumenty <słowa>',
      example: 'dokumenty strategia 2026',
      options: { words: 'Słowa z nazwy, opisu lub folderu' },
    },
    members: {
      description: 'Członkowie klastra: rodzaj, kraj, słowa',
      usage: 'członkowie [rodzaj] [kraj] [słowa]',
      example: 'członkowie szkoła mechatronika',
      options: {
        kind: 'Rodzaj organizacji',
        country: 'Kraj: kod (PL) lub nazwa',
        words: 'Słowa z nazwy, miasta lub specjalizacji',
      },
    },
    partners: {
      description: 'Partnerzy do projektu według specjalizacji i kraju',
      usage: 'partnerzy <specjalizacja> [kraj]',
      example: 'partnerzy mechatronika PT',
      options: {
        specialisation: 'Specjalizacja, np. robotyka, OZE',
        country: 'Kraj: kod (PT) lub nazwa',
      },
    },
    subscribe: {
      description: 'Ten kanał dostaje wiadomości na temat; bez tematu: co dostaje (koordynatorzy)',
      usage: 'subskrybuj [temat] [język]',
      example: 'subskrybuj granty',
      options: { topic: 'Temat wiadomości', language: 'Język wiadomości na tym kanale' },
    },
    unsubscribe: {
      description: 'Ten kanał przestaje dostawać wiadomości na temat (koordynatorzy)',
      usage: 'odsubskrybuj <temat>',
      example: 'odsubskrybuj podsumowanie',
      options: { topic: 'Temat wiadomości' },
    },
    grant_add: {
      description: 'Dodaj nabór grantowy (koordynatorzy): otwiera formularz',
      usage: 'grant dodaj',
      example: 'grant dodaj',
      options: {},
    },
    import: {
      description: 'Import członków lub naborów z pliku CSV (koordynatorzy)',
      usage: 'import członkowie|granty',
      example: 'import granty',
      options: { kind: 'Co importujesz: członkowie lub granty', file: 'Plik CSV' },
    },
    history: {
      description: 'Ostatnie zmiany: kto, co i kiedy zmienił (koordynatorzy)',
      usage: 'historia',
      example: 'historia',
      options: {},
    },
    settings: {
      description: 'Twój język, strefa czasowa i e-mail',
      usage: 'ustawienia [język pl|en] [strefa <strefa>] [e-mail <adres>|usuń]',
      example: 'ustawienia strefa Europe/Lisbon',
      options: {
        language: 'Język odpowiedzi',
        timezone: 'Strefa czasowa IANA, np. Europe/Warsaw',
        email: 'Twój e-mail do sprawdzania wolnych terminów (widzisz go tylko ty); „usuń” kasuje',
      },
    },
  },
  en: {
    help: {
      description: 'What Glokal can do: the commands, with examples',
      usage: 'help [command]',
      example: 'help events',
      options: { command: 'The command you ask about' },
    },
    events: {
      description: "The cluster's upcoming events, by period and kind",
      usage: 'events [period] [kind]',
      example: 'events this week workshop',
      options: {
        period:
          'today, tomorrow, week (7 days), month (30 days), next month, YYYY-MM, YYYY-MM-DD..YYYY-MM-DD',
        kind: 'Kind of event',
      },
    },
    event: {
      description: "An event's details, and “I'm going”",
      usage: 'event <id or name>',
      example: 'event GreenVET',
      options: { name: "The event's id or words from its title" },
    },
    grants: {
      description: 'Open grant calls and the days left to their deadlines',
      usage: 'grants [programme|mine]',
      example: 'grants erasmus',
      options: {
        programme: 'A programme, e.g. Erasmus+, Interreg, ESF+, or “mine”: the calls you follow',
      },
    },
    grant: {
      description: "A grant call's details; follow it to get reminders",
      usage: 'grant <id or name>',
      example: 'grant ka220-vet',
      options: { name: "The call's id or words from its title" },
    },
    docs: {
      description: "Search the cluster's documents: strategy, good practices, minutes",
      usage: 'docs <words>',
      example: 'docs GreenVET',
      options: { words: 'Words from the name, description or folder' },
    },
    members: {
      description: "The cluster's members: kind, country, words",
      usage: 'members [kind] [country] [words]',
      example: 'members school PL',
      options: {
        kind: 'Kind of organisation',
        country: 'Country: a code (PL) or a name',
        words: 'Words from the name, city or specialisations',
      },
    },
    partners: {
      description: 'Project partners by specialisation and country',
      usage: 'partners <specialisation> [country]',
      example: 'partners STEM IT',
      options: {
        specialisation: 'A specialisation, e.g. robotics, renewables',
        country: 'Country: a code (PT) or a name',
      },
    },
    subscribe: {
      description: 'This channel gets news on a topic; with none, what it gets (coordinators)',
      usage: 'subscribe [topic] [language]',
      example: 'subscribe grants',
      options: { topic: 'The topic of the news', language: "The language of this channel's news" },
    },
    unsubscribe: {
      description: 'This channel stops getting news on a topic (coordinators)',
      usage: 'unsubscribe <topic>',
      example: 'unsubscribe digest',
      options: { topic: 'The topic of the news' },
    },
    grant_add: {
      description: 'Add a grant call (coordinators): opens a form',
      usage: 'grant add',
      example: 'grant add',
      options: {},
    },
    import: {
      description: 'Import members or grant calls from a CSV file (coordinators)',
      usage: 'import members|grants',
      example: 'import grants',
      options: { kind: 'What you import: members or grants', file: 'The CSV file' },
    },
    history: {
      description: 'Recent changes: who changed what, and when (coordinators)',
      usage: 'history',
      example: 'history',
      options: {},
    },
    settings: {
      description: 'Your language, time zone and e-mail',
      usage: 'settings [language pl|en] [timezone <zone>] [email <address>|remove]',
      example: 'settings timezone Europe/Lisbon',
      options: {
        language: 'The language of replies',
        timezone: 'An IANA time zone, e.g. Europe/Warsaw',
        email: 'Your e-mail, for finding free meeting times (only you see it); "remove" deletes it',
      },
    },
  },
} as const;
