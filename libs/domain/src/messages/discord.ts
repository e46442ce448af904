/** Words only the Discord bot says: the root command, sharing, and its own troubles. */
export const discord = {
  pl: {
    command: 'Wydarzenia, granty, dokumenty i członkowie klastra',
    share: 'Udostępnij na kanale',
    shared_by: 'Udostępnia: {{name}}',
    failed: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.',
    not_shown_one: '…i jeszcze {{count}} pozycja, która się tu nie zmieściła. Zawęź wyszukiwanie.',
    not_shown_few: '…i jeszcze {{count}} pozycje, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    not_shown_many: '…i jeszcze {{count}} pozycji, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    not_shown_other:
      '…i jeszcze {{count}} pozycji, które się tu nie zmieściły. Zawęź wyszukiwanie.',
    no_suggestions: 'Nic nie pasuje — wpisz inne słowa',
    form_ready: 'Formularz „{{title}}” jest gotowy: otwórz go przyciskiem poniżej.',
    open_form: 'Otwórz formularz',
    more_fields: 'Więcej pól ({{section}}/{{sections}})',
    /** The location of an Events-tab copy of an event with no place and no link (Discord needs one). */
    scheduled_event_no_place: 'Miejsce podamy wkrótce',
  },
  en: {
    command: "The cluster's events, grants, documents and members",
    share: 'Share in channel',
    shared_by: 'Shared by {{name}}',
    failed: 'Something went wrong on our side. Please try again in a moment.',
    not_shown_one: '…and {{count}} more item that did not fit here. Narrow your search.',
    not_shown_other: '…and {{count}} more items that did not fit here. Narrow your search.',
    no_suggestions: 'Nothing matches — type other words',
    form_ready: 'The form “{{title}}” is ready: open it with the button below.',
    open_form: 'Open the form',
    more_fields: 'More fields ({{section}}/{{sections}})',
    scheduled_event_no_place: 'Place to be announced',
  },
} as const;
