import type { CurrentUser, UserSummary } from '@sstc/shared';
import type { User } from './user.entity.js';

export function toCurrentUser(user: User): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    country: user.country,
    organisation: user.organisation,
    constituencyGroup: user.constituencyGroup,
    iloRegion: user.iloRegion,
    language: user.language,
    timeZone: user.timeZone,
  };
}

export function toUserSummary(user: User): UserSummary {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    status: user.passwordHash ? 'active' : 'invited',
  };
}
