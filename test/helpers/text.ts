/** A message meant for a person is in Russian: it has Cyrillic words. */
export const russian = /[А-Яа-яЁё]{3,}/;

/** What must never reach a person: a stack trace or an internal file path. */
export const stackTrace = /\n\s+at |\.ts:\d+|node_modules/;
