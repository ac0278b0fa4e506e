/** `template` with each `{name}` replaced by `vars[name]` (unknown names stay as written): the one
 * placeholder filler, used by `t()` and by the search client for the strings it is given. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
