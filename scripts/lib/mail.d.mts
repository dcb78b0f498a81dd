// Types for mail.mjs, for TS callers such as the API and browser tests.
export interface Mail {
	to: string[];
	from: string;
	subject: string;
	text: string;
	html: string;
	at: string;
}
export function startMailServer(options: { onMail: (mail: Mail) => void; port?: number }): Promise<{
	host: string;
	port: number;
	close(): Promise<void>;
}>;
export function mailFileWriter(file: string): (mail: Mail) => void;
export function useLocalMail(options: {
	pbUrl: string;
	superuser: { email: string; password: string };
	smtpPort: number;
	appURL?: string;
}): Promise<void>;
export function codeIn(mail: Pick<Mail, 'text'>): string;
export function linkIn(mail: Pick<Mail, 'text'>): string;
export function describeMail(mail: Mail): string;
