/** The SOP tracker (spec sections 1 and 7): steps, rules, property encoding, history, Excel records, review and approval. */
export * from "./steps";
export * from "./time";
export * from "./calendar";
export * from "./state";
export * from "./property";
export * from "./historyXml";
export * from "./viewModel";
export * from "./excel";
export * from "./review";
export * from "./ports";
export * from "./tracker";
export * from "./filled";
