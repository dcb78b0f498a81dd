export const hookLibEntries: string[];
export function hookLibFile(name: string): string;
export function renderHookLib(name: string): Promise<string>;
