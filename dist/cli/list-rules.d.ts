export declare function listRules(): string;
