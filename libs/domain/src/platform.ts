import { z } from 'zod';

/** Where a person talks to Glokal. `console` is the local prompt. */
export const platforms = ['slack', 'discord', 'console'] as const;
export const Platform = z.enum(platforms);
export type Platform = z.infer<typeof Platform>;

/** Platforms with channels that can receive deliveries (announcements, reminders, digests). */
export const ChatPlatform = z.enum(['slack', 'discord']);
export type ChatPlatform = z.infer<typeof ChatPlatform>;
