// The compact matcher description (issue 3, part 4): built once by the background from the settings,
// read by content scripts, which build the automaton from it. Plain JSON.
import type { ProfileId } from '../sites/types';

export type PatternKind = 'name' | 'handle' | 'keyword';

export interface SpecPattern {
  /** The pattern as written by the user (normalised when the matcher is built). */
  text: string;
  kind: PatternKind;
  /** Index into the people list of the settings. */
  person: number;
}

export interface MatcherSpec {
  patterns: SpecPattern[];
  /** Canonical profile ids ("x:jordan_avery") → person index. */
  profiles: Record<ProfileId, number>;
}

export interface PersonPatterns {
  names: readonly string[];
  handles: readonly string[];
  keywords: readonly string[];
  profiles: readonly ProfileId[];
}

export function compileMatcherSpec(people: readonly PersonPatterns[]): MatcherSpec {
  const patterns: SpecPattern[] = [];
  const profiles: Record<ProfileId, number> = {};
  people.forEach((person, index) => {
    for (const text of person.names) patterns.push({ text, kind: 'name', person: index });
    for (const text of person.handles) patterns.push({ text, kind: 'handle', person: index });
    for (const text of person.keywords) patterns.push({ text, kind: 'keyword', person: index });
    for (const id of person.profiles) profiles[id] ??= index;
  });
  return { patterns, profiles };
}
