/**
 * The attributes of each element as framework templates write them (TSX, Vue), for the
 * declarations in `icn-widgets/react` and `icn-widgets/vue`.
 */
export interface IcnCommonAttributes {
  /** URL of a statement JSON; without it the embedded statement is shown. */
  src?: string;
  /** Language of the content and of the element's own words. */
  lang?: string;
  /** `light`, `dark` or `auto`; without it the host page's font and colours. */
  theme?: 'light' | 'dark' | 'auto';
  /** `lazy`: fetch `src` only when the element comes near the viewport. */
  loading?: 'lazy' | 'eager';
}

export interface IcnPrinciplesAttributes extends IcnCommonAttributes {
  principle?: number | `${number}`;
  collapsed?: boolean;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
}

export interface IcnBadgeAttributes extends IcnCommonAttributes {
  network?: string;
  size?: 'small' | 'medium' | 'large';
  href?: string;
}

export interface IcnSignatoriesAttributes extends IcnCommonAttributes {
  layout?: 'grid' | 'list' | 'inline';
  sort?: 'statement' | 'name';
  highlight?: string;
  filter?: boolean;
  limit?: number | `${number}`;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
}
