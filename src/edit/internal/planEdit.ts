import type { Practice } from "../../model/types.js";
import type { Edit } from "../types.js";
import { isAfterHoursRoute, planSetAfterHoursRoute } from "./afterHoursPlan.js";
import { planCopyRouting } from "./copyRoutingPlan.js";
import { planAddCoverage, planRemoveCoverage } from "./coveragePlans.js";
import { planRemoveGroup, planUpsertGroup } from "./groupPlans.js";
import { isLocationRoute, planRemoveLocation, planSetLocationRoute, planUpsertLocation } from "./locationPlans.js";
import { planSetMemberActive, planUpsertMember } from "./memberPlans.js";
import { planSetCategoryEnabled, planSetMessaging, planSetReplies } from "./messagingPlans.js";
import { planSetEligibility, planSetShowRecipients } from "./patientPlans.js";
import type { PlanResult } from "./plan.js";
import { planReplaceMember } from "./replaceMemberPlan.js";
import { planSetRoute, planSetRouteForAll } from "./routePlans.js";
import { planSetResponseDays, planSetSchedule, planSetTimeZone } from "./timePlans.js";

/** Checks an edit's arguments against the practice and returns how to apply it. */
export function planEdit(practice: Practice, edit: Edit): PlanResult {
  switch (edit.type) {
    case "set_messaging":
      return planSetMessaging(edit);
    case "set_replies":
      return planSetReplies(edit);
    case "set_category_enabled":
      return planSetCategoryEnabled(practice, edit);
    case "set_route":
      if (isAfterHoursRoute(edit)) return planSetAfterHoursRoute(practice, edit);
      return isLocationRoute(edit) ? planSetLocationRoute(practice, edit) : planSetRoute(practice, edit);
    case "set_route_for_all_providers":
      return planSetRouteForAll(practice, edit);
    case "copy_routing":
      return planCopyRouting(practice, edit);
    case "replace_member":
      return planReplaceMember(practice, edit);
    case "upsert_member":
      return planUpsertMember(practice, edit);
    case "set_member_active":
      return planSetMemberActive(practice, edit);
    case "upsert_group":
      return planUpsertGroup(practice, edit);
    case "remove_group":
      return planRemoveGroup(practice, edit);
    case "upsert_location":
      return planUpsertLocation(practice, edit);
    case "remove_location":
      return planRemoveLocation(practice, edit);
    case "add_coverage":
      return planAddCoverage(practice, edit);
    case "remove_coverage":
      return planRemoveCoverage(practice, edit);
    case "set_time_zone":
      return planSetTimeZone(edit);
    case "set_schedule":
      return planSetSchedule(edit);
    case "set_response_days":
      return planSetResponseDays(edit);
    case "set_eligibility":
      return planSetEligibility(edit);
    case "set_show_recipients":
      return planSetShowRecipients(edit);
    default: {
      const unreachable: never = edit;
      return unreachable;
    }
  }
}
