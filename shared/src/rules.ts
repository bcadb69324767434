/** One broken rule, placed on the field an editor or visitor has to change. */
export interface Issue {
  path: (string | number)[];
  message: string;
}
