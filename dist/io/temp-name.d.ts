/** `.NAME.winnow-PID-RANDOM.tmp` in the target's directory. */
export declare function tempNameBeside(target: string): string;
