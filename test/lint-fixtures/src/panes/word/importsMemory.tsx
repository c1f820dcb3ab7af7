// Wall: panes never import hosts/memory (the fakes stay in the harness and the tests).
import { createMemorySopPorts } from "../../hosts/memory/sopMemory";

export const wrong = createMemorySopPorts;
