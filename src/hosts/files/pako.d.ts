/** The part of pako 1.0 (https://github.com/nodeca/pako/tree/1.0.11) that zipLimits.ts uses. */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    /** Called with each output chunk; an exception thrown here stops `push`. */
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    /** `mode` true: the last input. */
    push(data: Uint8Array, mode?: boolean): boolean;
    err: number;
    msg: string;
    ended: boolean;
  }
}
