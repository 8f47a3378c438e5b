// Option parsers shared by the subcommands: each turns a bad value into a one-line MarsadError.
import { MarsadError } from '../doc/errors.js';

export function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new MarsadError(`--published takes a date as YYYY-MM-DD, not "${value}"`, 'usage', 2);
  }
  return value;
}

export function parsePositiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new MarsadError(`${name} takes a whole number above 0, not "${value}"`, 'usage', 2);
    return n;
  };
}

export function parseNonNegativeInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new MarsadError(`${name} takes a whole number, 0 or more, not "${value}"`, 'usage', 2);
    return n;
  };
}

export function parseChoice<T extends string>(name: string, choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new MarsadError(`${name} takes one of ${choices.join(', ')}, not "${value}"`, 'usage', 2);
    }
    return value as T;
  };
}
