export { TtlCache } from './ttl-cache';
export { VersionedCache } from './versioned-cache';
export { ReplyCache } from './reply-cache';
export { storedPeople, type StoredPeople } from './stored-people';
