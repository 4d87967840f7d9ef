import type { Id, Practice } from "../model/types.js";
import { compareIds, getOwn } from "./own.js";

/**
 * Memo of {@link activeAdmins}, keyed by member records that are frozen with every member: such a record can
 * never change, so its backstop is kept (and goes when the record goes). Unfrozen records are never stored.
 */
const backstopMemo = new WeakMap<object, readonly Id[]>();

/** Every active admin, in id order: the backstop (computed once per frozen member record). */
export function activeAdmins(practice: Practice): readonly Id[] {
  const { members } = practice;
  const known = backstopMemo.get(members);
  if (known !== undefined) return known;
  const admins: Id[] = [];
  let frozen = Object.isFrozen(members);
  for (const id of Object.keys(members)) {
    const member = getOwn(members, id);
    if (member === undefined) continue;
    frozen &&= Object.isFrozen(member);
    if (member.admin === true && member.active === true) admins.push(id);
  }
  admins.sort(compareIds);
  if (!frozen) return admins;
  Object.freeze(admins);
  backstopMemo.set(members, admins);
  return admins;
}
