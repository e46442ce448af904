/** A meeting's places and its waiting list: the form field, the counts, the answers, the DM. */
export const places = {
  pl: {
    field: {
      label: 'Liczba miejsc',
      hint: 'Puste: bez limitu. Gdy wszystkie miejsca są zajęte, kolejne osoby trafiają na listę oczekujących.',
      placeholder: '20',
    },
    error: {
      not_places:
        'Liczba miejsc to liczba całkowita od 1 do {{max}}. Zostaw puste pole, jeśli nie ma limitu.',
    },
    going_of: 'Zajęte miejsca: {{going}}/{{places}}',
    waiting_one: 'czeka {{count}} osoba',
    waiting_few: 'czekają {{count}} osoby',
    waiting_many: 'czeka {{count}} osób',
    waiting_other: 'czeka {{count}} osoby',
    full: 'Spotkanie jest pełne: masz numer {{position}} na liście oczekujących na „{{title}}”. Gdy zwolni się miejsce, dostaniesz je i wiadomość.',
    your_place_waiting: 'Twoja odpowiedź: idę, na liście oczekujących (numer {{position}})',
    still_waiting:
      'Nadal czekasz na miejsce na „{{title}}”: masz numer {{position}} na liście oczekujących.',
    answer_waiting: 'Na liście oczekujących',
    given_one: 'Miejsce dostała {{count}} osoba z listy oczekujących.',
    given_few: 'Miejsca dostały {{count}} osoby z listy oczekujących.',
    given_many: 'Miejsca dostało {{count}} osób z listy oczekujących.',
    given_other: 'Miejsca dostało {{count}} osoby z listy oczekujących.',
    promoted_title: 'Masz miejsce: {{title}}',
    promoted_summary:
      'Zwolniło się miejsce i jest Twoje: idziesz na „{{title}}”. Jeśli nie możesz, wybierz „Nie idę”, a miejsce dostanie następna osoba z listy.',
  },
  en: {
    field: {
      label: 'Places',
      hint: 'Empty: no limit. When every place is taken, Going puts people on a waiting list.',
      placeholder: '20',
    },
    error: {
      not_places: 'Places must be a whole number from 1 to {{max}}. Leave it empty for no limit.',
    },
    going_of: '{{going}}/{{places}} going',
    waiting_one: '{{count}} waiting',
    waiting_other: '{{count}} waiting',
    full: 'The meeting is full: you are number {{position}} on the waiting list for “{{title}}”. If a place frees up, it is yours and you will get a message.',
    your_place_waiting: 'Your answer: going, on the waiting list (number {{position}})',
    still_waiting:
      'You are still waiting for a place at “{{title}}”: number {{position}} on the waiting list.',
    answer_waiting: 'On the waiting list',
    given_one: '{{count}} person from the waiting list got a place.',
    given_other: '{{count}} people from the waiting list got a place.',
    promoted_title: 'A place is yours: {{title}}',
    promoted_summary:
      'A place freed up and it is yours: you are going to “{{title}}”. If you cannot come, say Not going and the next person on the list gets it.',
  },
} as const;
