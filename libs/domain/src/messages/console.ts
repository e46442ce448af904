/** The local console (`npm run console`). */
export const consoleMessages = {
  pl: {
    welcome:
      'Glokal: konsola. Wpisz polecenie, np. wydarzenia albo /glokal pomoc; numer naciska przycisk; „koniec” kończy.',
    demo_loaded: 'Baza była pusta: wczytano dane demonstracyjne ({{what}}).',
    empty_database:
      'Baza pod DATABASE_URL jest pusta. Dane demonstracyjne wczytasz poleceniem: npm run seed -- --demo',
    press_hint: 'Wpisz numer, aby nacisnąć przycisk.',
    no_such_button: 'Nie ma przycisku {{number}}. Przyciski ostatniej odpowiedzi: {{range}}.',
    no_buttons: 'Ostatnia odpowiedź nie ma przycisków.',
    bad_option: 'Nieznana opcja: {{problem}}',
    as_who: 'Jako {{user}} na {{platform}}{{coordinator}}, język: {{locale}}, strefa: {{zone}}',
    as_coordinator: ' (koordynator)',
    goodbye: 'Do zobaczenia.',
    failed:
      'Coś poszło nie tak po naszej stronie i nie mogę odpowiedzieć na to polecenie. Spróbuj ponownie albo wpisz inne polecenie.',
    form_intro:
      '{{title}}: pole po polu. Pusta linia zostawia wartość w nawiasie (albo pomija pole nieobowiązkowe), „-” czyści pole nieobowiązkowe, „.cancel” przerywa bez zapisu.',
    optional: '(nieobowiązkowe)',
    choices: 'Do wyboru: {{choices}}',
    ask_again: 'Podaj ponownie:',
    cancelled: 'Przerwano: nic nie zostało zapisane.',
    file_unreadable:
      'Nie mogę odczytać pliku „{{path}}”. Podaj ścieżkę do pliku na tym komputerze.',
    file_written: 'Zapisano plik: {{path}}',
    file_not_written: 'Nie udało się zapisać pliku „{{name}}” w {{dir}}.',
  },
  en: {
    welcome:
      'Glokal console. Type a command, e.g. events or /glokal help; a number presses a button; “quit” ends.',
    demo_loaded: 'The store was empty: the demo data was loaded ({{what}}).',
    empty_database:
      'The store at DATABASE_URL is empty. Load the demo data with: npm run seed -- --demo',
    press_hint: 'Type a number to press a button.',
    no_such_button: 'There is no button {{number}}. The last reply has buttons {{range}}.',
    no_buttons: 'The last reply has no buttons.',
    bad_option: 'Unknown option: {{problem}}',
    as_who: 'As {{user}} on {{platform}}{{coordinator}}, language: {{locale}}, zone: {{zone}}',
    as_coordinator: ' (coordinator)',
    goodbye: 'Goodbye.',
    failed:
      'Something went wrong on our side and I cannot answer this command. Try again, or type another command.',
    form_intro:
      '{{title}}: field by field. An empty line keeps the value in brackets (or skips an optional field), “-” clears an optional field, “.cancel” stops without saving.',
    optional: '(optional)',
    choices: 'Choose: {{choices}}',
    ask_again: 'Give again:',
    cancelled: 'Stopped: nothing was saved.',
    file_unreadable: 'I cannot read the file “{{path}}”. Give the path of a file on this computer.',
    file_written: 'File written: {{path}}',
    file_not_written: 'Could not write the file “{{name}}” in {{dir}}.',
  },
} as const;
