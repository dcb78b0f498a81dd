// A plain set of UI strings: short sentences, short words. `npm run lint:lix` accepts it.
import { defineWords } from '$lib/i18n/words';

export const plain = defineWords({
	da: {
		intro: 'Her kan du få hjælp. Tryk på en knap.',
		hello: (name: string) => `Hej ${name}. Godt at se dig.`,
		count: (n: number) => (n === 1 ? 'Du har 1 ny ting.' : `Du har ${n} nye ting.`)
	},
	en: {
		intro: 'Here you can get help. Press a button.',
		hello: (name: string) => `Hello ${name}. Good to see you.`,
		count: (n: number) => (n === 1 ? 'You have 1 new thing.' : `You have ${n} new things.`)
	}
});
