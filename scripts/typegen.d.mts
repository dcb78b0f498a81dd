export const typesFile: string;
export function renderTypes(collections: unknown[]): string;
export function fetchCollections(url: string, superuser: { email: string; password: string }): Promise<unknown[]>;
