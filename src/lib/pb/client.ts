import PocketBase from 'pocketbase';
import { browser } from '$app/environment';
import type { TypedPocketBase } from './types.gen';

/**
 * The one PocketBase client of the browser. PocketBase is served on the app's own
 * origin (the Node server or Vite forwards /api/), so no URL is configured and the
 * Content-Security-Policy can stay 'self'. The auth token is kept in localStorage
 * by the SDK, so the session survives reloads and offline starts.
 */
export const pb = new PocketBase(browser ? window.location.origin : 'http://localhost') as TypedPocketBase;

// Features load lists side by side; the SDK's default would cancel all but the last.
pb.autoCancellation(false);
