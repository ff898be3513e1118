/** Where the principal's fields sit in a profile: the subject's rules report under it. */
export const PRINCIPAL = 'subject.principal';
