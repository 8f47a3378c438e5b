// Merging duplicate events within an article: the same source, type and target on the same date (and with the same
// flags) is one event, reported once, with every mention kept as provenance (sentence and trigger offsets).
import type { CodedEvent } from './code.js';

function eventKey(e: CodedEvent): string {
  const source = e.sourceCountry ?? e.source ?? '?';
  const target = e.targetCountry ?? e.target ?? '-';
  return [source, e.type, target, e.date ?? '', e.negated, e.hypothetical].join('|');
}

export function mergeDuplicates(events: CodedEvent[]): CodedEvent[] {
  const merged = new Map<string, CodedEvent>();
  for (const event of events) {
    const key = eventKey(event);
    const first = merged.get(key);
    if (!first) {
      merged.set(key, { ...event, mentions: [{ sentence: event.sentence, trigger: event.trigger }] });
      continue;
    }
    const mentions = first.mentions ?? [];
    if (!mentions.some((m) => m.trigger.start === event.trigger.start)) {
      mentions.push({ sentence: event.sentence, trigger: event.trigger });
    }
  }
  return [...merged.values()];
}
