// Attacks on an article's Markdown, checked in as a table: the payloads of issue 11,
// the OWASP XSS Filter Evasion Cheat Sheet (cheatsheetseries.owasp.org, the cases that
// apply to HTML in Markdown), Markdown's own ways to hide a link, and MathML/SVG
// mutation-XSS building blocks (DOMPurify bypasses 2019–2020). Used by the unit tests
// (markdown-policy.test.ts, features/supports/markdown.test.ts) and the API test
// (tests/api/markdown-clean.test.ts: saved as a coordinator, read back).
export const xssCases: [name: string, markdown: string][] = [
	// issue 11
	['tab entity hides javascript: in a link', '[klik](jav&#x09;ascript:alert(1))'],
	['tab entity in an HTML link', '<a href="jav&#x09;ascript:alert(1)">klik</a>'],
	['data:text/html link', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
	['data:text/html HTML link', '<a href="data:text/html,<script>alert(1)</script>">klik</a>'],
	['external tracking picture', '![](https://tracker.example/pixel.gif?u=42)'],
	['protocol-relative tracking picture', '![x](//tracker.example/p.gif)'],
	['backslash tracking picture', '![x](/\\tracker.example/p.gif)'],
	['data: picture', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
	['tracking picture as HTML', '<img src="https://tracker.example/p.gif">'],
	['MathML mglyph/style mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
	['MathML comment mXSS', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">'],
	['MathML xlink:href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
	['MathML maction', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">klik</maction></math>'],
	['form/math namespace confusion', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
	['SVG p/style mXSS', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
	['noscript title mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
	// OWASP XSS Filter Evasion Cheat Sheet
	['polyglot', "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>"],
	['script src', '<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>'],
	['img javascript', `<IMG SRC="javascript:alert('XSS');">`],
	['img no quotes', `<IMG SRC=javascript:alert('XSS')>`],
	['img case', `<IMG SRC=JaVaScRiPt:alert('XSS')>`],
	['img grave accents', '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>'],
	['malformed a', '<a onmouseover="alert(document.cookie)">xxs link</a>'],
	['malformed img', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>'],
	['fromCharCode', '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>'],
	['default src', `<IMG SRC=# onmouseover="alert('xxs')">`],
	['empty src', `<IMG SRC= onmouseover="alert('xxs')">`],
	['no src', `<IMG onmouseover="alert('xxs')">`],
	['on error', '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>'],
	['encoded onerror', '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">'],
	['decimal entities', '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>'],
	['decimal entities without semicolons', '[klik](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041)'],
	['hex entities without semicolons', '[klik](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29)'],
	['embedded tab', `<IMG SRC="jav\tascript:alert('XSS');">`],
	['embedded encoded tab', `<IMG SRC="jav&#x09;ascript:alert('XSS');">`],
	['embedded newline', `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`],
	['embedded carriage return', `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`],
	['spaces and meta chars', `<IMG SRC=" &#14;  javascript:alert('XSS');">`],
	['non-alpha-non-digit', '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>'],
	['body onload junk', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'],
	['script slash src', '<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>'],
	['extraneous brackets', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'],
	['no closing script', '<SCRIPT SRC=http://xss.rocks/xss.js?< B >'],
	['protocol resolution', '<SCRIPT SRC=//xss.rocks/.j>'],
	['half open img', `<IMG SRC="\`('XSS')"\``],
	['half open iframe', '<iframe src=http://xss.rocks/scriptlet.html <'],
	['end title', '</TITLE><SCRIPT>alert("XSS");</SCRIPT>'],
	['input image', `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`],
	['body background', `<BODY BACKGROUND="javascript:alert('XSS')">`],
	['img dynsrc', `<IMG DYNSRC="javascript:alert('XSS')">`],
	['list-style-image', `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`],
	['svg onload', "<svg/onload=alert('XSS')>"],
	['body onload', "<BODY ONLOAD=alert('XSS')>"],
	['bgsound', `<BGSOUND SRC="javascript:alert('XSS');">`],
	['link stylesheet', `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`],
	['meta refresh data', '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">'],
	['iframe javascript', `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`],
	['iframe onmouseover', '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>'],
	['table background', `<TABLE BACKGROUND="javascript:alert('XSS')">`],
	['div background-image', `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`],
	['div expression', `<DIV STYLE="width: expression(alert('XSS'));">`],
	['object scriptlet', '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>'],
	['embed svg', '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv" type="image/svg+xml" AllowScriptAccess="always"></EMBED>'],
	['downlevel-hidden', "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->"],
	['base href', `<BASE HREF="javascript:alert('XSS');//">`],
	['a javascript', `<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>`],
	['xml data island', '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>'],
	['style import', `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`],
	['frameset', `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`],
	['vbscript', `<IMG SRC='vbscript:msgbox("XSS")'>`],
	// Markdown's own ways to hide a link or a picture
	['javascript: link', '[klik](javascript:alert(1))'],
	['upper-case JAVASCRIPT: link', '[klik](JAVASCRIPT:alert(1))'],
	['link in angle brackets', '[klik](<javascript:alert(1)>)'],
	['entity j', '[klik](&#106;avascript:alert(1))'],
	['colon entity', '[klik](javascript&colon;alert(1))'],
	['double-encoded tab', '[klik](jav&amp;#x09;ascript:alert(1))'],
	['vbscript: link', '[klik](vbscript:msgbox(1))'],
	['autolink javascript:', '<javascript:alert(1)>'],
	['reference link', '[klik][x]\n\n[x]: javascript:alert(1)'],
	['reference picture', '![x][p]\n\n[p]: https://tracker.example/p.gif'],
	['protocol-relative link', '[klik](//evil.example/)'],
	['backslash link', '[klik](/\\evil.example/)'],
	['title breaks out', '[klik](https://www.borger.dk "x\\" onmouseover=\\"alert(1)")'],
	['picture in a link', '[![x](https://tracker.example/p.gif)](https://www.borger.dk)'],
	['script in emphasis', '**<script>alert(1)</script>fed**'],
	['handler in a list', '- punkt <img src=x onerror=alert(1)>\n- andet'],
	['script in a quote', '> citat <script>alert(1)</script>'],
	['script in a table', '| a | b |\n| --- | --- |\n| <script>alert(1)</script> | [x](javascript:alert(1)) |'],
	['heading with a handler', '## Titel <img src=x onerror=alert(1)>']
];

const base = 'https://sammen.example/hjaelp/artikel';
/** What a Markdown renderer itself writes, besides the policy's elements and attributes. */
const rendererTags = ['h1', 'h5', 'h6', 'input'];
const rendererAttributes = ['rel', 'target', 'loading', 'type', 'checked', 'disabled', 'align', 'class'];

/**
 * What in this HTML could run or reach another site, judged by a real DOM (jsdom or the
 * browser) and the URL parser, independently of the policy's own checks. Empty: inert.
 */
export function unsafeParts(html: string, allowed: { tags: string[]; attributes: string[] }): string[] {
	const template = document.createElement('template');
	template.innerHTML = html;
	const problems: string[] = [];
	for (const el of template.content.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		if (!allowed.tags.includes(tag) && !rendererTags.includes(tag)) problems.push(`<${tag}>`);
		if (tag === 'input' && el.getAttribute('type') !== 'checkbox') problems.push('input that is not a checkbox');
		for (const { name, value } of [...el.attributes]) {
			if (!allowed.attributes.includes(name) && !rendererAttributes.includes(name)) problems.push(`${tag}[${name}]`);
			if (name === 'class' && !(tag === 'code' && /^language-[\w-]+$/.test(value))) problems.push(`${tag}[class=${value}]`);
			if (name === 'href') {
				const protocol = new URL(value, base).protocol;
				if (!['https:', 'http:', 'mailto:', 'tel:'].includes(protocol)) problems.push(`href ${protocol}`);
			}
			if (name === 'src' && new URL(value, base).origin !== new URL(base).origin) problems.push(`src from ${new URL(value, base).origin}`);
		}
	}
	return problems;
}
