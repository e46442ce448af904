/**
 * Reminders sent by DM to people going to an event before it starts, and the notices of its
 * move or cancellation.
 */
export const reminders = {
  pl: {
    event_title_one: 'Za godzinę: {{title}}',
    event_title_few: 'Za {{count}} godziny: {{title}}',
    event_title_many: 'Za {{count}} godzin: {{title}}',
    event_title_other: 'Za {{count}} godziny: {{title}}',
    event_when: '{{when}} (Twoja strefa: {{zone}})',
    event_when_channel: '{{when}} (czas: {{zone}})',
    event_where: 'Miejsce: {{place}}',
    event_online: 'Link do spotkania online',
    event_summary:
      'Dostajesz to przypomnienie, bo kliknięto „Idę”. Rezygnacja: przycisk „Nie idę”.',
    event_moved_title: 'Zmiana terminu: {{title}}',
    event_moved_now: 'Teraz: {{when}} (Twoja strefa: {{zone}})',
    event_moved_was: 'Było: {{when}}',
    event_moved_summary:
      'Piszę, bo odpowiedziano „Idę” lub „Może”. Jeśli nowy termin nie pasuje: „Nie idę”.',
    event_cancelled_title: 'Odwołane: {{title}}',
    event_cancelled_when: 'Miało się odbyć: {{when}} (Twoja strefa: {{zone}})',
    event_cancelled_summary: 'Piszę, bo odpowiedziano „Idę” lub „Może”.',
  },
  en: {
    event_title_one: 'Starts in 1 hour: {{title}}',
    event_title_other: 'Starts in {{count}} hours: {{title}}',
    event_when: '{{when}} (your zone: {{zone}})',
    event_when_channel: '{{when}} ({{zone}} time)',
    event_where: 'Where: {{place}}',
    event_online: 'Online meeting link',
    event_summary:
      "You get this reminder because you answered “I'm going”. Changed your mind: “Not going”.",
    event_moved_title: '{{title}} moved',
    event_moved_now: 'Now: {{when}} (your zone: {{zone}})',
    event_moved_was: 'Was: {{when}}',
    event_moved_summary:
      "You get this because you answered “I'm going” or “Maybe”. If the new time does not suit you: “Not going”.",
    event_cancelled_title: '{{title}} is cancelled',
    event_cancelled_when: 'It was to be held: {{when}} (your zone: {{zone}})',
    event_cancelled_summary: "You get this because you answered “I'm going” or “Maybe”.",
  },
} as const;
