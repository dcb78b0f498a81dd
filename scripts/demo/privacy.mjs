// Demo data of GDPR (issue 16): one learner of the first school has asked to have their
// data deleted, so Anne (coordinator) finds a request under Administration → "Ønsker om
// sletning". Idempotent: once there is any request from that learner (also a confirmed or
// cancelled one), nothing is made again.

/** @param {import('pocketbase').default} pb @param {{ school: { id: string }, tallyFor: (name: string) => { created: number } }} context */
export async function seedDemo(pb, context) {
	const { school, tallyFor } = context;
	// the last of the unnamed learners (first.last@…): never one the tests or the README use
	const learners = await pb.collection('users').getFullList({
		filter: pb.filter("school = {:s} && role = 'learner' && email ~ '.%@sammen.test'", { s: school.id }),
		sort: '-email',
		fields: 'id,school,email',
		requestKey: null
	});
	const learner = learners.find((u) => /^[a-z]+\.[a-z]+@sammen\.test$/.test(u.email));
	if (!learner) return;
	const existing = await pb.collection('deletion_requests').getList(1, 1, { filter: pb.filter('learner = {:l}', { l: learner.id }), requestKey: null });
	if (existing.totalItems > 0) return;
	await pb.collection('deletion_requests').create(
		{
			learner: learner.id,
			school: learner.school,
			status: 'requested',
			removePosts: false,
			note: 'Jeg er stoppet på uddannelsen og vil gerne have mine oplysninger slettet.'
		},
		{ requestKey: null }
	);
	tallyFor('deletion_requests').created++;
}
