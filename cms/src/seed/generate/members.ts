import type { Random } from '../random';
import { NICKNAME_PATTERNS, SURNAMES } from '../vocabulary/people';
import { PLACES } from '../vocabulary/places';
import { mobileNumber } from './merchants';
import { shiftDays } from './text';
import type { PlannedMember } from './types';

const BASIC_MEMBER_COUNT = 20;
const VIP_MEMBER_COUNT = 8;

/** Free and VIP members; their passwords are made when they are written, never planned. */
export function planMembers(random: Random, now: Date): PlannedMember[] {
  const total = BASIC_MEMBER_COUNT + VIP_MEMBER_COUNT;
  const vipSeats = new Set(random.sample([...Array(total).keys()], VIP_MEMBER_COUNT));
  const nicknames = new Set<string>();

  return Array.from({ length: total }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    const place = random.pick(PLACES);
    const isVip = vipSeats.has(index);

    let displayName: string;
    do {
      displayName = random.pick(NICKNAME_PATTERNS)(random.pick(SURNAMES), place.city);
    } while (nicknames.has(displayName));
    nicknames.add(displayName);

    return {
      username: `member${number}`,
      email: `member${number}@example.cn`,
      displayName,
      tier: isVip ? 'vip' : 'basic',
      vipUntil: isVip ? shiftDays(now, random.int(30, 365)).toISOString() : null,
      level: isVip ? random.int(3, 8) : random.int(1, 4),
      points: isVip ? random.int(150, 900) * 10 : random.int(0, 200) * 10,
      phone: mobileNumber(random),
      region: place.region,
      city: place.city,
    };
  });
}
