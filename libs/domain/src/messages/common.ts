/**
 * Words shared by every reply. Each area of messages is one file with `pl` and `en` side by
 * side; Polish plurals use i18next's CLDR suffixes: `_one` (1), `_few` (2–4, 22–24…),
 * `_many` (0, 5–21, 25…), with `_other` for fractions.
 */
export const common = {
  pl: {
    days_one: '{{count}} dzień',
    days_few: '{{count}} dni',
    days_many: '{{count}} dni',
    days_other: '{{count}} dnia',
    events_one: '{{count}} wydarzenie',
    events_few: '{{count}} wydarzenia',
    events_many: '{{count}} wydarzeń',
    events_other: '{{count}} wydarzenia',
    more: 'Więcej',
    next_page: 'Następna strona',
    previous_page: 'Poprzednia strona',
    page_of: 'Strona {{page}} z {{pages}}',
    store_unreachable:
      'Glokal nie może teraz sięgnąć do swoich danych. Spróbuj ponownie za chwilę.',
  },
  en: {
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    events_one: '{{count}} event',
    events_other: '{{count}} events',
    more: 'More',
    next_page: 'Next page',
    previous_page: 'Previous page',
    page_of: 'Page {{page}} of {{pages}}',
    store_unreachable: 'Glokal cannot reach its data just now. Please try again in a moment.',
  },
} as const;
