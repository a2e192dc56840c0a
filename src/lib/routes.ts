/**
 * Site URLs in one place. Paths are Vietnamese without accents and end in a slash, matching
 * `trailingSlash: 'always'`; `base` is prefixed so the site can live under a sub-path.
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

const join = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const routes = {
  home: () => join(''),
  guidance: (anchor?: string) => join('huong-dan/') + (anchor ? `#${anchor}` : ''),
  phases: (anchor?: string) => join('giai-doan/') + (anchor ? `#${anchor}` : ''),
  contents: () => join('noi-dung-thi-dua/'),
  contentField: (id: string, anchor?: string) => join(`noi-dung-thi-dua/${id}/`) + (anchor ? `#${anchor}` : ''),
  directives: () => join('van-ban/'),
  directive: (id: string) => join(`van-ban/${id}/`),
  search: () => join('tim-kiem/'),
  bodies: (anchor?: string) => join('trach-nhiem/') + (anchor ? `#${anchor}` : ''),
};
