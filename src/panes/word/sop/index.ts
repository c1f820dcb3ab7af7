export { SopTab, carryWorkbookSteps, rememberedActor, type SopTabProps, type SopPortsProp } from "./SopTab";
export { SopStepper, type SopStepperProps, type Act } from "./SopStepper";
export { ReviewPanel, type ReviewPanelProps } from "./ReviewPanel";
export { ApprovalPanel, type ApprovalPanelProps } from "./ApprovalPanel";
