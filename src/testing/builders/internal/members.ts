import type { Group, Id, Member } from "../../../model/types.js";
import type { GroupSpec, MemberSpec } from "../types.js";
import { misuse, setOwn } from "./misuse.js";

/** The name of the admin added when a built practice has no active admin. @internal */
const DEFAULT_ADMIN_NAME = "Practice Admin";

function toMember(spec: string | MemberSpec, role: Member["role"]): Member {
  const { name, admin = false, active = true, locations } = typeof spec === "string" ? { name: spec } : spec;
  return locations === undefined
    ? { name, role, admin, active }
    : { name, role, admin, active, locations: [...locations] };
}

/**
 * Merges providers and staff into one record (an id in both is a misuse) and adds a staff admin
 * (`admin`, or `admin-2`… when taken) when no member is an active admin.
 * @internal
 */
export function buildMembers(
  providers: Readonly<Record<Id, string | MemberSpec>>,
  staff: Readonly<Record<Id, string | MemberSpec>>,
): Record<Id, Member> {
  const members: Record<Id, Member> = {};
  const add = (id: Id, member: Member) => setOwn(members, id, member);
  for (const [id, spec] of Object.entries(providers)) add(id, toMember(spec, "provider"));
  for (const [id, spec] of Object.entries(staff)) {
    if (Object.hasOwn(members, id)) misuse(`"${id}" is listed both as a provider and as staff.`);
    add(id, toMember(spec, "staff"));
  }
  if (!Object.values(members).some((member) => member.admin && member.active)) {
    let id = "admin";
    for (let n = 2; Object.hasOwn(members, id); n++) id = `admin-${n}`;
    add(id, { name: DEFAULT_ADMIN_NAME, role: "staff", admin: true, active: true });
  }
  return members;
}

/** A display name made from an id: `"front-desk"` → `"Front Desk"`. @internal */
export function nameFromId(id: Id): string {
  return id
    .split(/[-_.:@]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(" ");
}

/** Builds the groups, checking that every member exists. @internal */
export function buildGroups(
  specs: Readonly<Record<Id, readonly Id[] | GroupSpec>>,
  members: Readonly<Record<Id, Member>>,
): Record<Id, Group> {
  const groups: Record<Id, Group> = {};
  for (const [id, spec] of Object.entries(specs)) {
    const given: GroupSpec = Array.isArray(spec) ? { members: spec } : (spec as GroupSpec);
    const { name = nameFromId(id), members: ids, patientLabel, delivery } = given;
    for (const memberId of ids) {
      if (!Object.hasOwn(members, memberId)) misuse(`group "${id}" lists "${memberId}", who is not a member.`);
    }
    setOwn(groups, id, {
      name,
      members: [...ids],
      ...(patientLabel === undefined ? {} : { patientLabel }),
      ...(delivery === undefined ? {} : { delivery }),
    });
  }
  return groups;
}
