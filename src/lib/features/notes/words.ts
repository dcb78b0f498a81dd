import { defineWords } from '$lib/i18n/words';

// The mentor's private notes.
export const m = defineWords({
	da: {
		notes: 'Dine noter',
		notesIntro: 'Kun du kan se dine noter. Eleven og underviserne ser dem aldrig. Hvis eleven får en ny mentor, følger de med.',
		noteLabel: 'Ny note',
		noteSave: 'Gem noten',
		noteEmpty: 'Skriv noten først.',
		noteTooLong: (max: number) => `Noten er for lang. Højst ${max} tegn.`,
		noteSaved: 'Noten er gemt.',
		noNotes: 'Ingen noter endnu.',
		noteBy: (name: string, when: string) => `${name} · ${when}`,
		edit: 'Ret',
		editLabel: 'Ret noten',
		saveEdit: 'Gem ændring',
		cancel: 'Fortryd',
		remove: 'Slet',
		confirmRemove: 'Vil du slette noten? Det kan ikke fortrydes.',
		yesRemove: 'Ja, slet den',
	},
	en: {
		notes: 'Your notes',
		notesIntro: 'Only you can see your notes. The learner and the teachers never see them. If the learner gets a new mentor, they go along.',
		noteLabel: 'New note',
		noteSave: 'Save the note',
		noteEmpty: 'Write the note first.',
		noteTooLong: (max: number) => `The note is too long. At most ${max} characters.`,
		noteSaved: 'The note is saved.',
		noNotes: 'No notes yet.',
		noteBy: (name: string, when: string) => `${name} · ${when}`,
		edit: 'Edit',
		editLabel: 'Edit the note',
		saveEdit: 'Save change',
		cancel: 'Cancel',
		remove: 'Delete',
		confirmRemove: 'Do you want to delete the note? It cannot be undone.',
		yesRemove: 'Yes, delete it',
	}
});
