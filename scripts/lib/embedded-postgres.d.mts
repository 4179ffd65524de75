export function log(message: string): void;
export function freePort(): Promise<number>;
export function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  fresh?: boolean;
  quiet?: boolean;
  port?: number;
}): Promise<{ url: string; adminUrl: string; port: number; dataDir: string; stop: () => Promise<void> }>;
