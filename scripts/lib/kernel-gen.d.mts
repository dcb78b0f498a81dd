// Types for kernel-gen.mjs, for TS callers such as the drift test.
export const limitsFile: string;
export const tzFile: string;
export const kernelEntry: string;
export const kernelFile: string;
export function renderLimits(collections: unknown[]): string;
export function renderCopenhagenTransitions(): string;
export const markdownEntry: string;
export const markdownFile: string;
export function bundleKernel(entry?: string): Promise<string>;
export function bundleMarkdownPolicy(): Promise<string>;
