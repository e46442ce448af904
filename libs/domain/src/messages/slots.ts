/** Free times suggested to a coordinator for a meeting (by DM, from the worker). */
export const slots = {
  pl: {
    title: 'Wolne terminy na spotkanie ({{minutes}} min)',
    zone: 'Godziny: {{zone}}. W dni robocze, w godzinach pracy, bez świąt.',
    not_checked_one:
      '{{count}} zaproszonej osoby nie sprawdzono: nie podała e-maila (/glokal ustawienia e-mail) albo jej kalendarz nie jest udostępniony.',
    not_checked_few:
      '{{count}} zaproszonych osób nie sprawdzono: nie podały e-maila (/glokal ustawienia e-mail) albo ich kalendarze nie są udostępnione.',
    not_checked_many:
      '{{count}} zaproszonych osób nie sprawdzono: nie podały e-maila (/glokal ustawienia e-mail) albo ich kalendarze nie są udostępnione.',
    not_checked_other:
      '{{count}} zaproszonych osób nie sprawdzono: nie podały e-maila (/glokal ustawienia e-mail) albo ich kalendarze nie są udostępnione.',
    no_calendar:
      'Kalendarz Google nie jest podłączony: uwzględniono tylko godziny pracy i wydarzenia klastra.',
    clash: 'Nakłada się na: {{titles}}',
    clash_unnamed: 'zajęty czas w kalendarzu klastra',
    schedule: 'Zaplanuj w tym terminie',
    too_long:
      'Spotkanie na {{minutes}} min nie zmieści się w jednym dniu pracy ({{day}} min). Podziel je albo skróć.',
    none_free: 'W ciągu najbliższych 14 dni nie ma wolnego terminu dla wszystkich.',
    suggest: 'Zaproponuj terminy',
    asked_title: 'Szukam wolnych terminów',
    asked:
      'Szukam wolnych terminów na spotkanie ({{minutes}} min); dostaniesz je w wiadomości prywatnej.',
    only_chat: 'Wolne terminy przychodzą w wiadomości prywatnej: poproś o nie w Slacku albo na Discordzie.',
    error: {
      length_range: 'Podaj od 5 minut do 24 godzin, np. 90 min albo 1h30.',
      not_a_person: '„{{text}}” to nie osoba. Wskaż zaproszonych przez @, np. @Anna.',
    },
    command: {
      description: 'Zaproponuj wolne terminy spotkania (koordynatorzy): przyjdą w wiadomości prywatnej',
      usage: 'terminy [długość] [@zaproszeni]',
      example: 'terminy 90 min',
      options: {
        length: 'Ile trwa spotkanie, np. 90 min albo 1h30 (domyślnie godzina)',
        invitees: 'Zaproszeni, przez @ (ich kalendarze też są sprawdzane)',
      },
    },
  },
  en: {
    title: 'Free times for a meeting ({{minutes}} min)',
    zone: 'Times: {{zone}}. On working days, in working hours, holidays left out.',
    not_checked_one:
      '{{count}} invitee was not checked: no e-mail given (/glokal settings email) or the calendar is not shared.',
    not_checked_other:
      '{{count}} invitees were not checked: no e-mail given (/glokal settings email) or their calendars are not shared.',
    no_calendar:
      'Google Calendar is not connected: only working hours and cluster events were considered.',
    clash: 'Overlaps: {{titles}}',
    clash_unnamed: 'a busy time in the cluster calendar',
    schedule: 'Schedule at this time',
    too_long:
      'A {{minutes}}-minute meeting does not fit into one working day ({{day}} min). Split it or shorten it.',
    none_free: 'No time is free for everyone in the next 14 days.',
    suggest: 'Suggest times',
    asked_title: 'Looking for free times',
    asked:
      'I’m looking for free times for the meeting ({{minutes}} min); you’ll get them in a direct message.',
    only_chat: 'Free times come by direct message: ask for them in Slack or Discord.',
    error: {
      length_range: 'Give between 5 minutes and 24 hours, e.g. 90 min or 1h30.',
      not_a_person: '“{{text}}” is not a person. Name the invitees with @, e.g. @Anna.',
    },
    command: {
      description: 'Suggest free times for a meeting (coordinators): they come by direct message',
      usage: 'slots [length] [@invitees]',
      example: 'slots 90 min',
      options: {
        length: 'How long the meeting is, e.g. 90 min or 1h30 (an hour if not given)',
        invitees: 'The invitees, with @ (their calendars are checked too)',
      },
    },
  },
} as const;
