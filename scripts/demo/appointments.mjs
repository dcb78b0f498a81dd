// Demo data of Aftaler og trivsel (issue 15): Karen's free times this week and next
// (mornings and afternoons, at school, by phone and on video), three booked talks
// (Sarah, Amina and Hanne; one at the start of this week is done with an agreed note), and five weeks of
// Sarah's check-ins (one low week whose words she shared). Sarah is asked on Mondays.
// Idempotent: times are fixed to this week's Monday (Copenhagen), found by mentor + start;
// bookings by slot + learner; check-ins by learner + week.
// Times are made with Intl here (Node has it; the kernel's own Copenhagen table is
// TypeScript, which Node 20 cannot import): a Danish wall-clock time → UTC.

const DAY = 86_400_000;

/** The UTC time at which Copenhagen's clock shows `hour`:`minute` on the UTC calendar day of `dayMs`. */
function copenhagenAt(dayMs, hour, minute = 0) {
	const wall = Math.floor(dayMs / DAY) * DAY + (hour * 60 + minute) * 60_000;
	const offsetAt = (t) => {
		const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', hourCycle: 'h23', minute: '2-digit', day: '2-digit' })
			.formatToParts(new Date(t));
		const get = (type) => Number(parts.find((p) => p.type === type)?.value);
		const shown = get('hour') * 60 + get('minute');
		const utc = new Date(t).getUTCHours() * 60 + new Date(t).getUTCMinutes();
		return (((shown - utc) % 1440) + 1440) % 1440;
	};
	return wall - offsetAt(wall - 60 * 60_000) * 60_000;
}

/** Monday 00:00 UTC of the week (ISO, in Copenhagen) that holds `now`. */
function mondayOf(now) {
	const day = Math.floor(copenhagenDayMs(now) / DAY);
	const weekday = ((day + 3) % 7) + 1; // 1970-01-01 was a Thursday
	return (day - weekday + 1) * DAY;
}

/** The Copenhagen calendar day at `t`, as ms of that day's UTC midnight. */
function copenhagenDayMs(t) {
	const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
	return Date.parse(`${text}T00:00:00Z`);
}

/** ISO week text of a UTC-midnight day. */
function isoWeek(dayMs) {
	const n = Math.floor(dayMs / DAY);
	const weekday = ((n + 3) % 7) + 1;
	const thursday = n - weekday + 4;
	const year = new Date(thursday * DAY).getUTCFullYear();
	const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

const pb8601 = (ms) => new Date(ms).toISOString().replace('T', ' ');

/** Karen's times: [week 0 | 1, weekday 1–5, hour, minute, place, placeText]. */
const times = [
	[0, 1, 9, 0, 'skole', 'Lokale 2.14'],
	[0, 2, 13, 0, 'telefon', 'Karen ringer til dig'],
	[0, 3, 10, 0, 'skole', 'Lokale 2.14'],
	[0, 4, 13, 0, 'video', 'https://meet.jit.si/sammen-karen'],
	[0, 5, 9, 0, 'skole', 'Lokale 2.14'],
	[1, 1, 9, 0, 'skole', 'Lokale 2.14'],
	[1, 2, 10, 0, 'skole', 'Lokale 2.14'],
	[1, 2, 13, 0, 'telefon', 'Karen ringer til dig'],
	[1, 3, 13, 0, 'video', 'https://meet.jit.si/sammen-karen'],
	[1, 4, 9, 0, 'skole', 'Lokale 2.14'],
	[1, 4, 14, 0, 'skole', 'Lokale 2.14'],
	[1, 5, 10, 0, 'telefon', 'Karen ringer til dig']
];

/** Booked talks: [learner e-mail, index in `times`, status, agreed note]. */
const bookings = [
	['sarah@sammen.test', 6, 'booked', ''],
	['amina@sammen.test', 8, 'booked', ''],
	['hanne@sammen.test', 0, 'done', 'Vi talte om læsningen. Du prøver AppWriter i en uge. Vi ses igen om to uger.']
];

/** Sarah's check-ins, weeks before this one: [weeks ago, mood, shareWords, words]. */
const sarahsWeeks = [
	[5, 4, false, ''],
	[4, 4, false, 'Det går fint i skolen.'],
	[3, 3, false, ''],
	[2, 2, true, 'Det er svært med praktikken lige nu. Jeg sover dårligt.'],
	[1, 3, false, '']
];

/**
 * @param {import('pocketbase').default} pb
 * @param {any} context see scripts/seed.mjs
 */
export async function seedDemo(pb, context) {
	const { userIds, tallyFor, sync, existingByKey } = context;
	const karen = userIds.get('karen@sammen.test');
	const sarah = userIds.get('sarah@sammen.test');
	if (!karen || !sarah) throw new Error('seed appointments: Karen or Sarah is missing');
	const monday = mondayOf(Date.now());

	// ---------------------------------------------------------------- Karen's times
	const slotRows = times.map(([week, weekday, hour, minute, place, placeText]) => {
		const startsAt = copenhagenAt(monday + (week * 7 + weekday - 1) * DAY, hour, minute);
		return {
			key: `${karen}|${pb8601(startsAt)}`,
			fields: { mentor: karen, startsAt: pb8601(startsAt), endsAt: pb8601(startsAt + 45 * 60_000), place, placeText, cancelled: false }
		};
	});
	const existingSlots = await existingByKey(pb, 'appointment_slots', pb.filter('mentor = {:m}', { m: karen }), (r) => `${r.mentor}|${r.startsAt}`);
	const slots = await sync(pb, 'appointment_slots', existingSlots, slotRows, tallyFor('appointment_slots'));

	// ---------------------------------------------------------------- three booked talks
	const bookingRows = bookings.map(([email, index, status, agreedNote]) => {
		const learner = userIds.get(email);
		const slot = slots.get(slotRows[index].key);
		if (!learner || !slot) throw new Error(`seed appointments: ${email} or their time is missing`);
		return { key: `${slot.id}|${learner}`, fields: { slot: slot.id, learner, mentor: karen, status, agreedNote } };
	});
	const existingBookings = await existingByKey(pb, 'appointments', pb.filter('mentor = {:m}', { m: karen }), (r) => `${r.slot}|${r.learner}`);
	await sync(pb, 'appointments', existingBookings, bookingRows, tallyFor('appointments'));

	// ---------------------------------------------------------------- Sarah's check-ins
	// a setting on her own user row, not a row of its own: not counted
	await sync(pb, 'users', new Map([[sarah, await pb.collection('users').getOne(sarah)]]), [{ key: sarah, fields: { checkinDay: 1 } }], { created: 0, updated: 0 });
	const existingCheckins = await existingByKey(pb, 'checkins', pb.filter('learner = {:l}', { l: sarah }), (r) => r.week);
	const checkins = await sync(
		pb,
		'checkins',
		existingCheckins,
		sarahsWeeks.map(([ago, mood, shareWords]) => {
			const week = isoWeek(monday - ago * 7 * DAY);
			return { key: week, fields: { learner: sarah, week, mood, shareWords } };
		}),
		tallyFor('checkins')
	);
	const existingWords = await existingByKey(pb, 'checkin_words', pb.filter('learner = {:l}', { l: sarah }), (r) => r.checkin);
	const wordRows = sarahsWeeks
		.filter(([, , , text]) => text)
		.map(([ago, , , text]) => {
			const checkin = checkins.get(isoWeek(monday - ago * 7 * DAY));
			if (!checkin) throw new Error('seed appointments: a check-in is missing');
			return { key: checkin.id, fields: { checkin: checkin.id, learner: sarah, text } };
		});
	await sync(pb, 'checkin_words', existingWords, wordRows, tallyFor('checkin_words'));
}
