// Above an author's articles: the avatar, role, biography and links of a declared author, in the page's language.
import type { Author } from "../../src/content/authors.ts";

export function AuthorProfile({ author, lang, linksLabel }: { author: Author; lang: string; linksLabel: string }) {
  const role = author.role?.[lang];
  const bio = author.bio?.[lang];
  const links = author.links ?? [];
  return (
    <section class="author-profile">
      {author.avatar && <img src={author.avatar} alt="" sizes="6rem" loading="eager" decoding="async" />}
      <div>
        {role && <p class="author-role">{role}</p>}
        {bio && <p class="author-bio">{bio}</p>}
        {links.length > 0 && (
          <ul class="author-links" aria-label={linksLabel}>
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="me noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
