// Wall: no import upwards (the command line does not use the task panes).
import { userMessage } from "../panes/common/paneSupport";

export const wrong = userMessage;
