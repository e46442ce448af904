import { hostileEvent } from '@glokal/chat/testing';

/** Text a calendar could hold that must never ping, link or format on Discord. */
export const hostileTitle =
  '@everyone <@&1180000000000000004> **PILNE** [kliknij](https://evil.example) @here';
export const hostileDescription = `${'@everyone <@&1180000000000000004> <#1> `<code>` **bold** __u__ ||spoiler|| > quote\n# heading\n'.repeat(120)}`;

/** The season's `e-hostile` event, written with that text. */
export const discordHostileEvent = hostileEvent({
  title: hostileTitle,
  description: hostileDescription.slice(0, 8000),
  location: '@here <@1180000000000000009>',
});
