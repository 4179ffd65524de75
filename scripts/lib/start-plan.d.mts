export declare const EMBEDDED_IN_PRODUCTION_REFUSAL: string;
export declare const EMBEDDED_IN_PRODUCTION_WARNING: string;
export declare const DEMO_ACCOUNTS_WARNING: string;
export type StartPlan = { refuse: string } | { refuse: null; embedded: boolean; seedDemo: boolean; warning: string | null };
export declare function planStart(mode: 'dev' | 'start' | 'e2e', env: Record<string, string | undefined>): StartPlan;
