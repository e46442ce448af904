/** Announcements the worker queues to subscribed channels: a new event, a new document. */
export const announcements = {
  pl: {
    event_title: 'Nowe w kalendarzu klastra: {{kind}}',
    event_summary: 'Wydarzenie dodane do wspólnego kalendarza. Zapisz się przyciskiem „Idę”.',
    document_title: 'Nowy dokument na dysku klastra',
    document_summary: 'Szukaj dokumentów: /glokal dokumenty <słowa>',
    details: 'Szczegóły',
  },
  en: {
    event_title: 'New in the cluster calendar: {{kind}}',
    event_summary:
      "An event was added to the shared calendar. Say you are coming with “I'm going”.",
    document_title: 'New document on the cluster drive',
    document_summary: 'Search documents: /glokal docs <words>',
    details: 'Details',
  },
} as const;
