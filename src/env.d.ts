declare module 'virtual:cairn/site' {
	const site: import('./astro/site-module.ts').SiteInfo;
	export default site;
}
