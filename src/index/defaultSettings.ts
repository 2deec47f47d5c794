/** The index's default weighting, shared by the app and the build-time first paint. */
import type { VariableDefinition, VariableSetting } from './types.ts';

export const DEFAULT_WEIGHT = 25;

/** Defaults get 25 each; extra variables from a user's file start at 0 so
 * adding data never silently changes the ranking. */
export function defaultSettings(variables: readonly VariableDefinition[], defaultKeys: ReadonlySet<string>): VariableSetting[] {
  return variables.map((v) => ({ key: v.key, weight: defaultKeys.has(v.key) ? DEFAULT_WEIGHT : 0, direction: v.direction }));
}
