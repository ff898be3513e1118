export function chromiumExecutable(): string;
export const QUIET_CHROMIUM_FLAGS: string[];
