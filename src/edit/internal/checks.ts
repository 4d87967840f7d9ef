import { getOwn } from "../../internal/own.js";
import { locationOf } from "../../model/lookups.js";
import type { Id, IssuePath, Practice, Recipient } from "../../model/types.js";
import type { EditFailure } from "../types.js";
import { invalidEdit } from "./plan.js";

/** `invalid_edit` unless `id` is a member. */
export function checkMember(practice: Practice, id: Id, path: IssuePath): EditFailure | undefined {
  return getOwn(practice.members, id) === undefined
    ? invalidEdit(path, `There is no member with id ${id} in this practice.`)
    : undefined;
}

/** `invalid_edit` unless `id` is a member with role provider. */
export function checkProvider(practice: Practice, id: Id, path: IssuePath): EditFailure | undefined {
  const member = getOwn(practice.members, id);
  if (member === undefined) return invalidEdit(path, `There is no member with id ${id} in this practice.`);
  return member.role === "provider"
    ? undefined
    : invalidEdit(path, `Member ${id} is not a provider, so has no routing table.`);
}

/** `invalid_edit` at the first recipient naming an unknown member or group. */
export function checkRecipients(
  practice: Practice,
  recipients: readonly Recipient[],
  path: IssuePath,
): EditFailure | undefined {
  for (const [index, recipient] of recipients.entries()) {
    if (recipient.type === "member" && getOwn(practice.members, recipient.id) === undefined) {
      return invalidEdit([...path, index, "id"], `There is no member with id ${recipient.id} in this practice.`);
    }
    if (recipient.type === "group" && getOwn(practice.groups, recipient.id) === undefined) {
      return invalidEdit([...path, index, "id"], `There is no group with id ${recipient.id} in this practice.`);
    }
  }
  return undefined;
}

/** `invalid_edit` when a record already holds `max` entries and `id` would be a new one. */
export function checkRoom(
  record: Readonly<Record<string, unknown>>,
  id: Id,
  max: number,
  what: string,
): EditFailure | undefined {
  if (Object.hasOwn(record, id)) return undefined;
  return Object.keys(record).length >= max
    ? invalidEdit(["id"], `The practice already has the limit of ${max} ${what}.`)
    : undefined;
}

/** `invalid_edit` unless `id` is one of the practice's locations. */
export function checkLocation(practice: Practice, id: Id, path: IssuePath): EditFailure | undefined {
  return locationOf(practice, id) === undefined
    ? invalidEdit(path, `There is no location with id ${id} in this practice.`)
    : undefined;
}
