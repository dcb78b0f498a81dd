// Secrets made on first start and kept beside the data, never in git: the local
// superuser and the VAPID key pair for web push. The environment may set them.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function loadOrMake(file, make) {
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
	const made = make();
	writeFileSync(file, JSON.stringify(made, null, 2), { mode: 0o600 });
	return made;
}

export async function loadSecrets(dataDir) {
	mkdirSync(dataDir, { recursive: true });
	const env = process.env;
	const superuser =
		env.SAMMEN_SUPERUSER_EMAIL && env.SAMMEN_SUPERUSER_PASSWORD
			? { email: env.SAMMEN_SUPERUSER_EMAIL, password: env.SAMMEN_SUPERUSER_PASSWORD }
			: loadOrMake(join(dataDir, 'sammen-superuser.json'), () => ({
					email: 'admin@sammen.test',
					password: randomBytes(12).toString('base64url')
				}));
	const { default: webpush } = await import('web-push');
	const vapid =
		env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
			? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
			: loadOrMake(join(dataDir, 'sammen-vapid.json'), () => webpush.generateVAPIDKeys());
	return { superuser, vapid, vapidSubject: env.VAPID_SUBJECT || 'mailto:drift@sammen.dk' };
}

/** What the Node server needs in its environment to run the push worker. */
export function serverEnv({ pbUrl, superuser, vapid, vapidSubject }) {
	return {
		PB_URL: pbUrl,
		SAMMEN_SUPERUSER_EMAIL: superuser.email,
		SAMMEN_SUPERUSER_PASSWORD: superuser.password,
		VAPID_PUBLIC_KEY: vapid.publicKey,
		VAPID_PRIVATE_KEY: vapid.privateKey,
		VAPID_SUBJECT: vapidSubject
	};
}
