/** Reminders sent by DM to people going to an event, before it starts. */
export const reminders = {
  pl: {
    event_title_one: 'Za godzinę: {{title}}',
    event_title_few: 'Za {{count}} godziny: {{title}}',
    event_title_many: 'Za {{count}} godzin: {{title}}',
    event_title_other: 'Za {{count}} godziny: {{title}}',
    event_when: '{{when}} (Twoja strefa: {{zone}})',
    event_where: 'Miejsce: {{place}}',
    event_online: 'Link do spotkania online',
    event_summary:
      'Dostajesz to przypomnienie, bo kliknięto „Idę”. Rezygnacja: przycisk „Nie idę”.',
  },
  en: {
    event_title_one: 'Starts in 1 hour: {{title}}',
    event_title_other: 'Starts in {{count}} hours: {{title}}',
    event_when: '{{when}} (your zone: {{zone}})',
    event_where: 'Where: {{place}}',
    event_online: 'Online meeting link',
    event_summary:
      "You get this reminder because you answered “I'm going”. Changed your mind: “Not going”.",
  },
} as const;
