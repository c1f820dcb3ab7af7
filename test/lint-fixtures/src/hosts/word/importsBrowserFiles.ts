// Wall: no host folder imports another (hosts/word ↛ hosts/browserFiles).
import { readWorkbookBytes } from "../browserFiles/workbookFiles";

export const wrong = readWorkbookBytes;
