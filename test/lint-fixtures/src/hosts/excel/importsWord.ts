// Wall: no host folder imports another (hosts/excel ↛ hosts/word).
import { WordHostError } from "../word/port";

export const wrong = WordHostError;
