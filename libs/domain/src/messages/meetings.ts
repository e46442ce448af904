/** Meetings scheduled from chat (`/glokal schedule`): the form, its errors and its answers. */
export const meetings = {
  pl: {
    command: {
      description: 'Zaplanuj spotkanie w kalendarzu klastra (koordynatorzy): otwiera formularz',
      usage: 'zaplanuj',
      example: 'zaplanuj',
    },
    schedule_title: 'Zaplanuj spotkanie',
    schedule_submit: 'Zaplanuj',
    edit_title: 'Zmień spotkanie',
    edit_submit: 'Zapisz',
    cancel_title: 'Odwołaj spotkanie',
    cancel_submit: 'Odwołaj',
    title: { label: 'Tytuł', placeholder: 'Spotkanie partnerów projektu' },
    kind: { label: 'Rodzaj' },
    start: {
      label: 'Początek (data i godzina)',
      hint: 'W Twojej strefie czasowej. Np. 2027-03-15 14:30, 15.03.2027 14:30 albo jutro 10:00.',
      placeholder: '2027-03-15 14:30',
    },
    duration: {
      label: 'Czas trwania',
      hint: 'Np. 90 min, 1h30, 2 godz., 2 dni. Albo podaj koniec.',
      placeholder: '1 godz.',
    },
    end: {
      label: 'Koniec (zamiast czasu trwania)',
      hint: 'Sama godzina (16:00) to ten sam dzień co początek. Koniec zastępuje czas trwania.',
      placeholder: '16:00',
    },
    place: {
      label: 'Miejsce albo „online”',
      hint: 'Adres albo sala. Napisz „online”, a spotkanie dostanie link Google Meet.',
      placeholder: 'online',
    },
    description: { label: 'Opis' },
    invitees: {
      label: 'Zaproszone osoby',
      hint: 'Dostaną zaproszenie w kalendarzu, jeśli znamy ich adres.',
    },
    channel: { label: 'Kanał ogłoszenia' },
    language: { label: 'Język spotkania' },
    starting_note: {
      label: 'Przypomnienie na kanale',
      hint: 'Godzinę przed początkiem kanały ogłoszenia dostaną „Za godzinę: …”.',
      yes: 'Tak, godzinę przed',
      no: 'Nie',
    },
    reason: {
      label: 'Powód (nieobowiązkowy)',
      hint: 'Zostaje w historii zmian.',
    },
    error: {
      end_before_start: 'Koniec musi być po początku.',
      too_long_one: 'Spotkanie może trwać najwyżej {{count}} dzień.',
      too_long_few: 'Spotkanie może trwać najwyżej {{count}} dni.',
      too_long_many: 'Spotkanie może trwać najwyżej {{count}} dni.',
      too_long_other: 'Spotkanie może trwać najwyżej {{count}} dnia.',
      duration_or_end: 'Podaj czas trwania albo koniec spotkania.',
      too_many_invitees: 'Najwyżej {{max}} zaproszonych osób.',
    },
    scheduled:
      'Zaplanowano „{{title}}”. Wpis w kalendarzu klastra (i link Meet, jeśli online) pojawi się za chwilę.',
    already_scheduled: 'To spotkanie jest już zaplanowane: „{{title}}”.',
    edited: 'Zapisano zmiany spotkania „{{title}}”. Kalendarz klastra zaktualizuje się za chwilę.',
    unchanged: 'Nic się nie zmieniło w spotkaniu „{{title}}”.',
    cancelled: 'Odwołano spotkanie „{{title}}”. Zaproszone osoby dostaną wiadomość z kalendarza.',
    already_cancelled: 'Spotkanie „{{title}}” było już odwołane.',
    from_google:
      '„{{title}}” pochodzi z Kalendarza Google: zmień lub odwołaj je tam (zmiany dotrą tu same).',
    gone: 'Nie ma już spotkania „{{subject}}”. Sprawdź: /glokal wydarzenia',
    invited_one: 'Zaproszono {{count}} osobę.',
    invited_few: 'Zaproszono {{count}} osoby.',
    invited_many: 'Zaproszono {{count}} osób.',
    invited_other: 'Zaproszono {{count}} osoby.',
    write_failed: {
      title: {
        insert: 'Tego spotkania nie ma w Kalendarzu Google',
        patch: 'Ostatnia zmiana nie dotarła do Kalendarza Google',
        cancel: 'Odwołanie nie dotarło do Kalendarza Google: kalendarz wciąż pokazuje spotkanie',
      },
      advice: {
        forbidden:
          'Glokal nie może pisać w kalendarzu klastra. Udostępnij go kontu Glokala z prawem „Wprowadzanie zmian w wydarzeniach” i naciśnij Ponów.',
        'not-found':
          'Google nie znajduje kalendarza klastra. Sprawdź, czy istnieje i jest udostępniony kontu Glokala, i naciśnij Ponów.',
        unauthorised:
          'Google nie przyjął danych logowania Glokala. Poproś osobę, która prowadzi Glokala, o ich sprawdzenie, i naciśnij Ponów.',
        'quota-exhausted': 'Dzienny limit Google się wyczerpał. Naciśnij Ponów jutro.',
        'invalid-request':
          'Google odrzucił spotkanie w tej postaci. Popraw je przyciskiem Zmień albo naciśnij Ponów.',
        busy: 'Google był niedostępny. Naciśnij Ponów za kilka minut.',
        other:
          'Poproś osobę, która prowadzi Glokala, o sprawdzenie dziennika workera, i naciśnij Ponów.',
      },
      google_said: 'Google: {{message}}',
      at: 'Nieudany zapis: {{when}}',
      retry: 'Ponów',
      retried:
        'Glokal ponawia zapis „{{title}}” w Kalendarzu Google. Jeśli znów się nie uda, zobaczysz to tutaj.',
      nothing_to_retry:
        '„{{title}}” nie czeka na ponowienie: kalendarz ma już ostatni zapis albo zapis trwa.',
    },
    edit: 'Zmień',
    cancel: 'Odwołaj',
  },
  en: {
    command: {
      description: "Schedule a meeting in the cluster's calendar (coordinators): opens a form",
      usage: 'schedule',
      example: 'schedule',
    },
    schedule_title: 'Schedule a meeting',
    schedule_submit: 'Schedule',
    edit_title: 'Change the meeting',
    edit_submit: 'Save',
    cancel_title: 'Cancel the meeting',
    cancel_submit: 'Cancel meeting',
    title: { label: 'Title', placeholder: 'Project partners meeting' },
    kind: { label: 'Kind' },
    start: {
      label: 'Starts (date and time)',
      hint: 'In your time zone. E.g. 2027-03-15 14:30, 15.03.2027 14:30 or tomorrow 10am.',
      placeholder: '2027-03-15 14:30',
    },
    duration: {
      label: 'Duration',
      hint: 'E.g. 90 min, 1h30, 2 hours, 2 days. Or give the end.',
      placeholder: '1 hour',
    },
    end: {
      label: 'Ends (instead of a duration)',
      hint: 'A time alone (16:00) is the same day as the start. An end replaces the duration.',
      placeholder: '16:00',
    },
    place: {
      label: 'Place or “online”',
      hint: 'An address or a room. Write “online” and the meeting gets a Google Meet link.',
      placeholder: 'online',
    },
    description: { label: 'Description' },
    invitees: {
      label: 'Invitees',
      hint: 'They get a calendar invitation when their address is known.',
    },
    channel: { label: 'Announce in channel' },
    language: { label: 'Language of the meeting' },
    starting_note: {
      label: 'Note in the channel',
      hint: 'An hour before the start, the announcement channels get “Starts in 1 hour: …”.',
      yes: 'Yes, an hour before',
      no: 'No',
    },
    reason: {
      label: 'Reason (optional)',
      hint: 'Kept in the history of changes.',
    },
    error: {
      end_before_start: 'The end must come after the start.',
      too_long_one: 'A meeting lasts at most {{count}} day.',
      too_long_other: 'A meeting lasts at most {{count}} days.',
      duration_or_end: 'Give a duration or the end of the meeting.',
      too_many_invitees: 'At most {{max}} invitees.',
    },
    scheduled:
      "Scheduled “{{title}}”. Its entry in the cluster's calendar (and a Meet link, if online) follows shortly.",
    already_scheduled: 'This meeting is already scheduled: “{{title}}”.',
    edited: "Saved the changes to “{{title}}”. The cluster's calendar follows shortly.",
    unchanged: 'Nothing changed in “{{title}}”.',
    cancelled: 'Cancelled “{{title}}”. Invitees hear of it from the calendar.',
    already_cancelled: '“{{title}}” was already cancelled.',
    from_google:
      '“{{title}}” comes from Google Calendar: change or cancel it there (the changes reach here by themselves).',
    gone: 'The meeting “{{subject}}” no longer exists. See: /glokal events',
    invited_one: 'Invited {{count}} person.',
    invited_other: 'Invited {{count}} people.',
    write_failed: {
      title: {
        insert: 'This meeting is not in Google Calendar',
        patch: 'The last change did not reach Google Calendar',
        cancel: 'The cancellation did not reach Google Calendar: it still shows the meeting',
      },
      advice: {
        forbidden:
          "Glokal may not write to the cluster's calendar. Share it with Glokal's account with “Make changes to events”, then press Retry.",
        'not-found':
          "Google cannot find the cluster's calendar. Check that it exists and is shared with Glokal's account, then press Retry.",
        unauthorised:
          "Google refused Glokal's credentials. Ask whoever runs Glokal to check them, then press Retry.",
        'quota-exhausted': "Google's daily quota is used up. Press Retry tomorrow.",
        'invalid-request':
          'Google refused the meeting as it is. Correct it with Edit, or press Retry.',
        busy: 'Google was unavailable. Press Retry in a few minutes.',
        other: "Ask whoever runs Glokal to check the worker's log, then press Retry.",
      },
      google_said: 'Google: {{message}}',
      at: 'Failed write: {{when}}',
      retry: 'Retry',
      retried:
        'Glokal is writing “{{title}}” to Google Calendar again. If it fails again, you will see it here.',
      nothing_to_retry:
        '“{{title}}” has nothing to retry: the calendar has its last write, or a write is under way.',
    },
    edit: 'Edit',
    cancel: 'Cancel',
  },
} as const;
