/**
 * The calendar feeds (`/feeds/*.ics`), the settings line that gives a person theirs, and the
 * "add to calendar" links of events and grant calls.
 */
export const feeds = {
  pl: {
    events_name: 'Wydarzenia klastra',
    events_description: 'Wydarzenia ze wspólnego kalendarza klastra (Glokal).',
    deadlines_name: 'Terminy naborów klastra',
    deadlines_description: 'Terminy otwartych naborów grantowych (Glokal).',
    personal_name: 'Mój kalendarz klastra',
    personal_description: 'Wydarzenia, na które idziesz, i nabory, które obserwujesz (Glokal).',
    deadline_summary: 'Termin: {{title}} ({{programme}})',
    internal_summary: 'Termin wewnętrzny: {{title}} ({{programme}})',
    deadline_alarm: 'Za {{days}} dni mija termin: {{title}}',
    deadline_alarm_tomorrow: 'Jutro mija termin: {{title}}',
    online: 'Online: {{url}}',
    bad_kind: 'Nieznany rodzaj „{{given}}”. Dozwolone: {{allowed}}.',
    bad_lang: 'Nieznany język „{{given}}”. Dozwolone: {{allowed}}.',
    not_found: 'Nie ma takiego kalendarza. Sprawdź adres w /glokal ustawienia.',
    unavailable: 'Kalendarz jest chwilowo niedostępny. Spróbuj za chwilę.',
    personal_title: 'Twój kalendarz (ICS)',
    personal_text:
      'Dodaj ten adres w aplikacji kalendarza jako subskrypcję z adresu URL: pokaże wydarzenia, na które idziesz, i terminy naborów, które obserwujesz. Adres jest tylko dla Ciebie.',
    personal_renew_hint: 'Ktoś poznał adres? Odnów go: stary przestanie działać.',
    renew: 'Odnów adres kalendarza',
    renewed:
      'Gotowe: kalendarz ma nowy adres, a stary już nie działa. Wpisz nowy w aplikacji kalendarza.',
    add_google: 'Dodaj do Kalendarza Google',
    subscribe_events: 'Subskrybuj wydarzenia klastra (ICS)',
    subscribe_deadlines: 'Subskrybuj terminy naborów (ICS)',
    subscribe_hint: 'Adres dla aplikacji kalendarza; sam się aktualizuje.',
  },
  en: {
    events_name: 'Cluster events',
    events_description: "Events of the cluster's shared calendar (Glokal).",
    deadlines_name: 'Cluster grant deadlines',
    deadlines_description: 'Deadlines of open grant calls (Glokal).',
    personal_name: 'My cluster calendar',
    personal_description: 'Events you are going to and grant calls you follow (Glokal).',
    deadline_summary: 'Deadline: {{title}} ({{programme}})',
    internal_summary: 'Internal deadline: {{title}} ({{programme}})',
    deadline_alarm: 'Deadline in {{days}} days: {{title}}',
    deadline_alarm_tomorrow: 'Deadline tomorrow: {{title}}',
    online: 'Online: {{url}}',
    bad_kind: 'Unknown kind “{{given}}”. Use one of: {{allowed}}.',
    bad_lang: 'Unknown language “{{given}}”. Use one of: {{allowed}}.',
    not_found: 'No such calendar. Check the address in /glokal settings.',
    unavailable: 'The calendar is unavailable for a moment. Try again shortly.',
    personal_title: 'Your calendar (ICS)',
    personal_text:
      'Add this address to your calendar app as a subscription from a URL: it shows the events you are going to and the deadlines of the calls you follow. The address is for you alone.',
    personal_renew_hint: 'Someone else has the address? Renew it: the old one stops working.',
    renew: 'Renew calendar address',
    renewed:
      'Done: your calendar has a new address and the old one no longer works. Put the new one in your calendar app.',
    add_google: 'Add to Google Calendar',
    subscribe_events: 'Subscribe to cluster events (ICS)',
    subscribe_deadlines: 'Subscribe to grant deadlines (ICS)',
    subscribe_hint: 'An address for your calendar app; it keeps itself up to date.',
  },
} as const;
