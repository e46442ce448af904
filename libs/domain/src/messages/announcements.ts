/** Announcements the worker queues to subscribed channels: a new event, document or grant call. */
export const announcements = {
  pl: {
    event_title: 'Nowe w kalendarzu klastra: {{kind}}',
    event_summary: 'Wydarzenie dodane do wspólnego kalendarza. Zapisz się przyciskiem „Idę”.',
    document_title: 'Nowy dokument na dysku klastra',
    document_summary: 'Szukaj dokumentów: /glokal dokumenty <słowa>',
    details: 'Szczegóły',
    grant_added_title: 'Nowy nabór: {{programme}}',
    grant_added_summary: 'Nabór dodany do listy klastra. Wszystkie: /glokal granty',
    grant_extended_title: 'Przedłużony termin: {{title}}',
    grant_extended_summary: 'Termin przedłużono z {{from}} na {{to}}.',
    grant_extended_to: 'Termin przedłużono do {{to}}.',
  },
  en: {
    event_title: 'New in the cluster calendar: {{kind}}',
    event_summary:
      "An event was added to the shared calendar. Say you are coming with “I'm going”.",
    document_title: 'New document on the cluster drive',
    document_summary: 'Search documents: /glokal docs <words>',
    details: 'Details',
    grant_added_title: 'New grant call: {{programme}}',
    grant_added_summary: 'A call was added to the cluster list. See them all: /glokal grants',
    grant_extended_title: 'Deadline extended: {{title}}',
    grant_extended_summary: 'The deadline was extended from {{from}} to {{to}}.',
    grant_extended_to: 'The deadline was extended to {{to}}.',
  },
} as const;
