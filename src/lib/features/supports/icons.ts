import type { HelpArticlesGroupOptions, HelpRequestsAreaOptions } from '$lib/pb/types.gen';
import type { IconName } from '$lib/ui/Icon.svelte';

export const groupIcon: Record<HelpArticlesGroupOptions, IconName> = {
	ordblind: 'book',
	tal: 'calculator',
	it: 'laptop',
	okonomi: 'money',
	livet: 'heart'
};

export const areaIcon: Record<HelpRequestsAreaOptions, IconName> = {
	laesning: 'book',
	tal: 'calculator',
	it: 'laptop',
	andet: 'help'
};
