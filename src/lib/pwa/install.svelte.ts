import { browser } from '$app/environment';

type InstallPromptEvent = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };

/**
 * "Installer Sammen": Android and desktop browsers offer an install prompt we can
 * show from a button; iPhones need the user to use the Share menu, so we explain it.
 */
class InstallState {
	canPrompt = $state(false);
	installed = $state(false);
	#event: InstallPromptEvent | null = null;

	constructor() {
		if (!browser) return;
		this.installed = window.matchMedia('(display-mode: standalone)').matches;
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#event = event as InstallPromptEvent;
			this.canPrompt = true;
		});
		window.addEventListener('appinstalled', () => {
			this.installed = true;
			this.canPrompt = false;
		});
	}

	get isIos() {
		return browser && /iphone|ipad|ipod/i.test(navigator.userAgent);
	}

	async prompt() {
		const event = this.#event;
		if (!event) return;
		await event.prompt();
		await event.userChoice;
		this.#event = null;
		this.canPrompt = false;
	}
}

export const install = new InstallState();
