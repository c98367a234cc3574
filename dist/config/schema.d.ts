type Json = Record<string, unknown>;
export declare function configSchema(): Json;
export {};
