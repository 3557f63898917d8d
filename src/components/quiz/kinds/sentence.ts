/** Option texts are written with or without a full stop; feedback adds one where it is missing. */
export const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
