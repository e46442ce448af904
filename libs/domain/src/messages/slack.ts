/** Words only the Slack app says: sharing, App Home, the manifest, and its own troubles. */
export const slack = {
  pl: {
    share: 'Udostępnij na kanale',
    shared_by: 'Udostępnia: {{name}}',
    working: 'Już sprawdzam…',
    failed: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.',
    command_too_long:
      'To polecenie jest za długie: najwyżej {{max}} znaków. Skróć je i wpisz jeszcze raz.',
    file_upload_failed:
      'Nie udało się przesłać pliku „{{name}}” w wiadomości prywatnej. Spróbuj ponownie za chwilę.',
    form: {
      close: 'Anuluj',
      done: 'Zamknij',
      time: 'Godzina',
      open_failed: 'Nie udało się otworzyć formularza. Wpisz polecenie jeszcze raz.',
      file_too_big: '„{{name}}” jest za duży: najwyżej {{max}} kB.',
      file_not_text: '„{{name}}” nie jest plikiem tekstowym. Wgraj np. .csv, .txt albo .ics.',
      file_unreadable: 'Nie udało się odczytać „{{name}}”. Wgraj go jeszcze raz.',
    },
    not_shown_one: '…i jeszcze {{count}} pozycja, która się tu nie zmieściła. Zawęź wyszukiwanie.',
    not_shown_few: '…i jeszcze {{count}} pozycje, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    not_shown_many: '…i jeszcze {{count}} pozycji, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    not_shown_other:
      '…i jeszcze {{count}} pozycji, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    home: {
      title: 'Glokal',
      intro: 'Wydarzenia, na które idziesz, i nabory, które obserwujesz.',
      your_events: 'Twoje wydarzenia',
      no_events: 'Nie zapisano cię jeszcze na żadne wydarzenie. Zobacz: /glokal wydarzenia',
      followed_grants: 'Obserwowane nabory',
      no_grants: 'Nie obserwujesz żadnego naboru. Zobacz: /glokal granty',
      deadline: 'Termin: {{date}} · {{left}}',
      language: 'Język odpowiedzi: {{language}}',
    },
    manifest: {
      description:
        'Wydarzenia, nabory grantowe, dokumenty i członkowie klastra, po polsku i po angielsku.',
      long_description:
        'Glokal przynosi do Slacka kalendarz klastra edukacyjnego: konferencje, seminaria, szkolenia, warsztaty i wymiany, ' +
        'otwarte nabory grantowe z liczbą dni do terminu, dokumenty ze wspólnego Dysku i katalog organizacji członkowskich. ' +
        'Wpisz /glokal pomoc, aby zobaczyć polecenia. Odpowiada po polsku i po angielsku, w twojej strefie czasowej.',
      command: 'Wydarzenia, granty, dokumenty i członkowie klastra',
    },
  },
  en: {
    share: 'Share in channel',
    shared_by: 'Shared by {{name}}',
    working: 'Working on it…',
    failed: 'Something went wrong on our side. Please try again in a moment.',
    command_too_long:
      'That command is too long: at most {{max}} characters. Please shorten it and type it again.',
    file_upload_failed:
      'The file “{{name}}” could not be sent in a direct message. Please try again in a moment.',
    form: {
      close: 'Cancel',
      done: 'Close',
      time: 'Time',
      open_failed: 'The form could not be opened. Please type the command again.',
      file_too_big: '“{{name}}” is too big: at most {{max}} kB.',
      file_not_text: '“{{name}}” is not a text file. Upload e.g. a .csv, .txt or .ics.',
      file_unreadable: 'Could not read “{{name}}”. Please upload it again.',
    },
    not_shown_one: '…and {{count}} more item that did not fit here. Narrow your search.',
    not_shown_other: '…and {{count}} more items that did not fit here. Narrow your search.',
    home: {
      title: 'Glokal',
      intro: 'The events you are going to and the grant calls you follow.',
      your_events: 'Your events',
      no_events: 'You have not joined any event yet. See: /glokal events',
      followed_grants: 'Grant calls you follow',
      no_grants: 'You follow no grant call. See: /glokal grants',
      deadline: 'Deadline: {{date}} · {{left}}',
      language: 'Replies in: {{language}}',
    },
    manifest: {
      description:
        "The cluster's events, grant calls, documents and members, in Polish and English.",
      long_description:
        "Glokal brings an education cluster's calendar into Slack: conferences, seminars, trainings, workshops and exchanges, " +
        'open grant calls with the days left to their deadlines, documents from the shared Drive and the directory of member ' +
        'organisations. Type /glokal help to see the commands. It answers in Polish and English, in your time zone.',
      command: "The cluster's events, grants, documents and members",
    },
  },
} as const;
