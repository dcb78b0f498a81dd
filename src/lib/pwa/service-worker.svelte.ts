import { browser, dev } from '$app/environment';

/**
 * Registers the service worker and tells the UI when a new version has been
 * downloaded. The new version waits until the user chooses to reload, so nobody
 * loses what they are typing.
 */
class ServiceWorkerState {
	updateReady = $state(false);
	registration = $state<ServiceWorkerRegistration | null>(null);

	async register() {
		if (!browser || !('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
		this.registration = registration;
		if (registration.waiting && navigator.serviceWorker.controller) this.updateReady = true;
		registration.addEventListener('updatefound', () => {
			const next = registration.installing;
			next?.addEventListener('statechange', () => {
				// "installed" with a controller present means: an update, not the first install.
				if (next.state === 'installed' && navigator.serviceWorker.controller) this.updateReady = true;
			});
		});
		let reloading = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (reloading || !this.updateReady) return;
			reloading = true;
			window.location.reload();
		});
		// Look for a new version now and then while the app stays open.
		setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
	}

	/** "Genindlæs": the waiting version takes over and the page reloads. */
	applyUpdate() {
		this.registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const serviceWorker = new ServiceWorkerState();
