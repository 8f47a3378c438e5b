// Structured logs: one JSON object per line on standard error ({"time", "level", "msg", …fields}), for the log
// collectors of a multi-machine deployment. MARSAD_LOG=silent turns them off (tests, benchmarks).
export type Level = 'info' | 'warn' | 'error';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(base: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = process.env): Logger {
  const silent = env.MARSAD_LOG === 'silent';
  const write = (level: Level, msg: string, fields: Record<string, unknown> = {}) => {
    if (silent) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields })}\n`);
  };
  return {
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  };
}
