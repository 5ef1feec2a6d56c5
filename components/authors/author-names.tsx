import Link from "next/link";
import { Fragment } from "react";
import { authorHref } from "@/lib/author-key";

/** Author names, each a link to its author page (a name with no letter in it stays text). */
export function AuthorNames({ authors, max }: { authors: string[]; max?: number }) {
  const shown = max && authors.length > max ? authors.slice(0, max) : authors;
  return (
    <>
      {shown.map((name, i) => {
        const href = authorHref(name);
        return (
          <Fragment key={`${i}-${name}`}>
            {i ? ", " : null}
            {href ? (
              <Link href={href} className="hover:text-accent-700 hover:underline dark:hover:text-accent-100">
                {name}
              </Link>
            ) : (
              name
            )}
          </Fragment>
        );
      })}
      {shown.length < authors.length ? " et al." : null}
    </>
  );
}
