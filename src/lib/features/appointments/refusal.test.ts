// A booking refused because the time was just taken: the outbox keeps it as failed with
// friendlyError's message, so that message must be the server's Danish reason, not the
// generic "Noget er ikke udfyldt rigtigt".
import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { friendlyError } from '$lib/pb/errors';

describe('a second booking of a time', () => {
	it('reads "Tiden er lige blevet taget." in the outbox', () => {
		const error = new ClientResponseError({
			url: '/api/collections/appointments/records',
			status: 400,
			response: {
				status: 400,
				message: 'Tiden er lige blevet taget.',
				data: {
					slot: {
						code: 'sammen_slot_taken',
						message: 'Tiden er lige blevet taget.',
						params: { nearest: [{ id: 'a', startsAt: '2026-12-08 09:00:00.000Z' }] }
					}
				}
			}
		});
		const friendly = friendlyError(error);
		expect(friendly.message).toBe('Tiden er lige blevet taget. Vælg en anden tid.');
		expect(friendly.fields.slot).toBe(friendly.message);
	});
});
