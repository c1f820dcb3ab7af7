/** The three SOP ports on Office.js Word, for `<SopTab ports={createWordSopPorts(...)} />`. */
import type { ApprovalPort, ReviewPort, TrackerStore } from "../../core/sop";
import { createWordApprovalPort, type WordApprovalDeps } from "./sopApproval";
import { createWordReviewPort } from "./reviewPort";
import { createWordTrackerStore } from "./sopStore";

export interface SopPorts {
  tracker: TrackerStore;
  review: ReviewPort;
  approval: ApprovalPort;
}

export function createWordSopPorts(deps: Pick<WordApprovalDeps, "errorFindings" | "requiredTags">): SopPorts {
  return {
    tracker: createWordTrackerStore(),
    review: createWordReviewPort(),
    approval: createWordApprovalPort(deps),
  };
}
