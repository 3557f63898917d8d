/** Shape checks the kinds' saved-response checks (`<kind>/response.ts`) share. */

export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
